import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { repositoryName } from '../../../src/cli/context.js'
import { parseDuration } from '../../../src/cli/duration.js'
import { UsageError } from '../../../src/cli/args.js'
import { describeAccess } from '../../../src/engine/access.js'
import { trapSignals } from '../../../src/engine/signals.js'
import { markExecs } from '../../../src/engine/in-container.js'
import type { ComposeRunner } from '../../../src/compose/compose.js'

describe('repositoryName (the default prefix comes from its last part)', () => {
  it.each([
    ['git@github.com:HealthRT/hub.git', 'HealthRT/hub'],
    ['https://github.com/HealthRT/evv', 'HealthRT/evv'],
    ['https://github.com/HealthRT/evv.git/', 'HealthRT/evv'],
    ['/srv/git/hub.git', 'git/hub'],
    ['hub', 'hub'],
    ['', undefined],
  ])('%j -> %j', (url, name) => expect(repositoryName(url)).toBe(name))
})

describe('parseDuration', () => {
  it.each([
    ['1s', 1000],
    ['90', 90_000],
    ['6h', 6 * 3600_000],
    ['2d', 2 * 86_400_000],
  ])('%s', (raw, ms) => expect(parseDuration('older-than', raw)).toBe(ms))

  it.each(['', '0', '6 h', '1w', '-1h', 'soon'])('refuses %j', (raw) =>
    expect(() => parseDuration('older-than', raw)).toThrow(UsageError),
  )
})

describe('describeAccess', () => {
  it('reads the odoo image convention and names the variables, never the password', () => {
    const a = describeAccess(
      {
        db: {
          environment: { POSTGRES_USER: 'odoo', POSTGRES_PASSWORD: 's3cret', POSTGRES_DB: 'hub' },
        },
        odoo: { environment: { HOST: 'db', USER: 'odoo', PASSWORD: 's3cret' } },
      },
      'odoo',
    )
    expect(a).toEqual({
      database: 'hub',
      databaseSource: 'POSTGRES_DB of service db',
      user: 'odoo',
      credentialsSource: 'USER and PASSWORD in the environment of service odoo',
    })
    expect(JSON.stringify(a)).not.toContain('s3cret')
  })

  it('falls back to Postgres defaults', () =>
    expect(describeAccess({ odoo: {} }, 'odoo')).toMatchObject({
      database: 'postgres',
      credentialsSource: undefined,
    }))
})

describe('trapSignals', () => {
  it('aborts at the first signal and only reports the later ones', () => {
    const source = new EventEmitter()
    const seen: string[] = []
    const trap = trapSignals((s, n) => seen.push(`${s}#${n}`), source as never)
    expect(trap.signal.aborted).toBe(false)
    source.emit('SIGTERM', 'SIGTERM')
    source.emit('SIGINT', 'SIGINT')
    expect(trap.signal.aborted).toBe(true)
    expect(trap.received).toBe('SIGTERM')
    expect(seen).toEqual(['SIGTERM#1', 'SIGINT#2'])
    trap.release()
    expect(source.listenerCount('SIGINT')).toBe(0)
  })
})

describe('markExecs', () => {
  it('adds the marker to exec calls only, as one argv element', async () => {
    const calls: string[][] = []
    const compose: ComposeRunner = async (_t, args) => {
      calls.push(args)
      return { exitCode: 0, signal: null, timedOut: false, aborted: false, tail: '' }
    }
    const marked = markExecs(compose, 'RTR_TEST_RUN=ab12')
    const t = { project: 'p', files: [], workingDirectory: '/', port: null }
    await marked(t, ['exec', '-T', 'odoo', 'odoo', '-d', 'x'])
    await marked(t, ['down'])
    expect(calls).toEqual([
      ['exec', '-e', 'RTR_TEST_RUN=ab12', '-T', 'odoo', 'odoo', '-d', 'x'],
      ['down'],
    ])
  })
})
