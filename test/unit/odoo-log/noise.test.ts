import { describe, expect, it } from 'vitest'
import { ComposePrefix, isDockerNoise } from '../../../src/odoo-log/noise.js'

describe('isDockerNoise', () => {
  it.each([
    ' Container rtr-4f2a-db-1  Started',
    ' ✔ Container rtr-4f2a-db-1  Healthy',
    ' Network rtr-4f2a_default  Created',
    ' Volume rtr-4f2a_pgdata  Removed',
    '[+] Running 3/3',
    'Attaching to db-1, odoo-1',
    'odoo-1 exited with code 1',
    'Aborting on container exit...',
    'time="2025-03-14T09:12:00Z" level=warning msg="the attribute `version` is obsolete"',
    'WARN[0000] Found orphan containers',
    '2025-03-14 09:12:00.120 UTC [1] LOG:  database system is ready to accept connections',
  ])('drops %j', (line) => {
    expect(isDockerNoise(line)).toBe(true)
  })

  it.each([
    'Traceback (most recent call last):',
    '  File "/mnt/extra-addons/estate/models/container.py", line 3, in f',
    '        Container created by the test',
    "AssertionError: 'Container x Started' != 'y'",
    'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint',
    '2025-03-14 09:12:00,120 1 INFO test_db odoo.modules.loading: Modules loaded.',
  ])('keeps %j', (line) => {
    expect(isDockerNoise(line)).toBe(false)
  })
})

describe('ComposePrefix', () => {
  const isRecord = (rest: string) => rest.startsWith('2025-')

  it.each([
    ['no prefix', 'plain line', 'plain line'],
    ['a prefixed line before any record', 'db-1  | starting', 'db-1  | starting'],
  ])('leaves %s alone until the Odoo service is known', (_name, line, expected) => {
    expect(new ComposePrefix().strip(line, isRecord)).toBe(expected)
  })

  it('learns the service from its first record, then strips it and drops the others', () => {
    const p = new ComposePrefix()
    expect(p.strip('odoo-1  | 2025-01-01 record', isRecord)).toBe('2025-01-01 record')
    expect(p.strip('odoo-1  | Traceback (most recent call last):', isRecord)).toBe(
      'Traceback (most recent call last):',
    )
    expect(p.strip('odoo-1  |', isRecord)).toBe('')
    expect(p.strip('db-1    | LOG:  checkpoint starting', isRecord)).toBeNull()
    expect(p.strip('odoo_1  | compose v1 name', isRecord)).toBeNull()
    expect(p.strip(' Container x-db-1  Stopping', isRecord)).toBe(' Container x-db-1  Stopping')
  })
})
