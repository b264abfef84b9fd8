import { describe, expect, it } from 'vitest'
import {
  buildProjectName,
  normaliseProjectPart,
  testDatabaseName,
  utcStamp,
} from '../../../src/config/naming.js'

const now = new Date('2026-11-21T09:30:05.123Z')

describe('project names', () => {
  it('follows <prefix>-<timestamp>-<run>-<attempt>-<random>', () =>
    expect(
      buildProjectName({
        prefix: 'hub-agent-test',
        now,
        runId: '123456',
        attempt: '2',
        random: 'a1b2c3',
      }),
    ).toBe('hub-agent-test-20261121t093005z-123456-2-a1b2c3'))

  it.each([
    ['Hub.Repo', 'hub-repo'],
    ['--x--', 'x'],
    ['a  b', 'a-b'],
    ['ÄÖ', ''],
    ['ok_name-1', 'ok_name-1'],
  ])('normalises %j to %j', (raw, out) => expect(normaliseProjectPart(raw)).toBe(out))

  it('is only made of what compose accepts', () => {
    const name = buildProjectName({ prefix: 'p', now, runId: 'local', attempt: '1', random: 'ZZ!' })
    expect(name).toMatch(/^[a-z0-9][a-z0-9_-]*$/)
  })

  it('stamps UTC', () => expect(utcStamp(now)).toBe('20261121t093005z'))
  it('makes a database name Odoo accepts', () =>
    expect(testDatabaseName('hub-agent-test-20261121t093005z-1-1-ab')).toBe(
      'rtr_hub_agent_test_20261121t093005z_1_1_ab',
    ))
})
