import { describe, expect, it } from 'vitest'
import type { ComposeModel } from '../../../src/compose/config.js'
import {
  engineKnowsStartInterval,
  fastStartHealth,
  goDurationMs,
} from '../../../src/engine/health-override.js'

describe('goDurationMs', () => {
  it.each([
    ['1s', 1000],
    ['500ms', 500],
    ['1m30s', 90_000],
    ['1.5s', 1500],
    ['2h', 7_200_000],
    ['250us', 0.25],
  ])('%s -> %d ms', (text, ms) => expect(goDurationMs(text)).toBe(ms))

  it.each([undefined, '', '10', 's', '1s x', '1d'])('%j is not a duration', (text) =>
    expect(goDurationMs(text)).toBeUndefined(),
  )
})

const model = (services: ComposeModel['services']): ComposeModel => ({
  services,
  networks: {},
  volumes: {},
})
const check = (extra: object = {}) => ({
  healthcheck: { test: ['CMD', 'true'], interval: '1s', retries: 3, ...extra },
})

describe('fastStartHealth', () => {
  it.each([
    [
      'a start_period of its own: only start_interval',
      check({ start_period: '5s' }),
      { start_interval: '250ms' },
    ],
    [
      'no start_period: interval x retries',
      check(),
      { start_interval: '250ms', start_period: '3000ms' },
    ],
    [
      'a start_period of 0s counts as none',
      check({ start_period: '0s', retries: 5 }),
      { start_interval: '250ms', start_period: '5000ms' },
    ],
    [
      "Docker's defaults (30 s x 3) without interval or retries",
      { healthcheck: { test: ['CMD-SHELL', 'true'] } },
      { start_interval: '250ms', start_period: '90000ms' },
    ],
  ])('%s', (_, service, healthcheck) => {
    expect(fastStartHealth(model({ odoo: service }), 250)).toEqual({ odoo: { healthcheck } })
  })

  it.each([
    ['no healthcheck (or one from the image)', {}],
    ['a start_interval of its own', check({ start_interval: '1s' })],
    ['disabled', { healthcheck: { disable: true } }],
    ['test NONE', { healthcheck: { test: ['NONE'] } }],
    ['an interval already at least as short', check({ interval: '200ms' })],
  ])('leaves alone: %s', (_, service) => {
    expect(fastStartHealth(model({ odoo: service }), 250)).toEqual({})
  })

  it('0 turns it off', () => {
    expect(fastStartHealth(model({ odoo: check() }), 0)).toEqual({})
  })

  it('only the services that need it, each its own period', () => {
    const out = fastStartHealth(
      model({
        odoo: check({ start_period: '5s' }),
        db: check({ interval: '2s', retries: 2 }),
        web: {},
      }),
      100,
    )
    expect(out).toEqual({
      odoo: { healthcheck: { start_interval: '100ms' } },
      db: { healthcheck: { start_interval: '100ms', start_period: '4000ms' } },
    })
  })
})

describe('engineKnowsStartInterval', () => {
  it.each([
    ['1.44', true],
    ['1.45', true],
    ['1.51', true],
    ['2.0', true],
    ['1.43', false],
    ['1.9', false],
    [undefined, false],
    ['', false],
  ])('API %j -> %s', (v, yes) => expect(engineKnowsStartInterval(v)).toBe(yes))
})
