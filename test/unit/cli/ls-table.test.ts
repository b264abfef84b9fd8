import { describe, expect, it } from 'vitest'
import {
  describeServices,
  formatAge,
  lsJson,
  lsTable,
  portCell,
} from '../../../src/cli/ls-table.js'
import type { ProjectInfo } from '../../../src/engine/environments.js'

const now = new Date('2026-11-21T12:00:00Z')
const ago = (s: number) => new Date(now.getTime() - s * 1000)

function info(p: Partial<ProjectInfo> & Pick<ProjectInfo, 'project' | 'kind' | 'id'>): ProjectInfo {
  return {
    owner: undefined,
    ports: [],
    services: [],
    createdAt: undefined,
    newestAt: undefined,
    configFiles: [],
    workingDir: undefined,
    volumes: [],
    ...p,
  }
}

const env = info({
  project: 'hub-agent-test-wo-042',
  kind: 'work-order',
  id: 'WO-042',
  ports: [8091],
  services: [
    { service: 'db', state: 'running', health: 'healthy', ports: [] },
    { service: 'odoo', state: 'running', health: 'starting', ports: [8091] },
  ],
  createdAt: ago(3 * 3600 + 5 * 60),
})
const run = info({
  project: 'hub-agent-test-20261121t115500z-local-1-a1b2c3',
  kind: 'run',
  id: '20261121t115500z-local-1-a1b2c3',
  ports: [8092],
  services: [{ service: 'odoo', state: 'exited', health: undefined, ports: [] }],
  createdAt: ago(300),
})
const stopped = info({
  project: 'hub-agent-test-wo-7',
  kind: 'work-order',
  id: 'WO-7',
  volumes: ['hub-agent-test-wo-7_db-data'],
  createdAt: ago(2 * 86_400 + 3 * 3600),
})

describe('formatAge', () => {
  it.each([
    [0, '0s'],
    [59, '59s'],
    [60, '1m'],
    [3599, '59m'],
    [3600, '1h00m'],
    [3 * 3600 + 5 * 60, '3h05m'],
    [86_400, '1d00h'],
    [2 * 86_400 + 3 * 3600, '2d03h'],
    [-5, '0s'], // a clock a little ahead of Docker's
  ])('%i s -> %s', (s, text) => expect(formatAge(s * 1000)).toBe(text))
})

describe('describeServices', () => {
  it.each([
    [env, 'db running (healthy), odoo running (starting)'],
    [run, 'odoo exited'],
    [stopped, 'stopped (1 volume kept)'],
  ])('%#', (p, text) => expect(describeServices(p)).toBe(text))
})

describe('lsTable', () => {
  it('aligns the columns, one project per line', () =>
    expect(
      lsTable(
        [env, run, stopped],
        now,
        new Map([
          [env.project, { database: 'wo_042', modules: 12 }],
          [stopped.project, { database: 'wo_7', modules: null }],
        ]),
      ),
    ).toBe(
      [
        'PROJECT                                         KIND        WORK ORDER / RUN                 PORT  DATABASE             SERVICES                                       AGE',
        'hub-agent-test-wo-042                           work-order  WO-042                           8091  wo_042 (12 modules)  db running (healthy), odoo running (starting)  3h05m',
        'hub-agent-test-20261121t115500z-local-1-a1b2c3  run         20261121t115500z-local-1-a1b2c3  8092  -                    odoo exited                                    5m',
        'hub-agent-test-wo-7                             work-order  WO-7                             -     wo_7 (not running)   stopped (1 volume kept)                        2d03h',
        '',
      ].join('\n'),
    ))
})

describe('lsJson', () => {
  it('has the work order or the run id, never both', () => {
    const [e, r, s] = lsJson(
      [env, run, stopped],
      now,
      new Map([[env.project, { database: 'wo_042', modules: 12 }]]),
    )
    expect(e).toMatchObject({ database: 'wo_042', modules_installed: 12 })
    expect(r).toMatchObject({ database: null, modules_installed: null })
    expect(e).toMatchObject({ kind: 'work-order', work_order: 'WO-042', run_id: null, port: 8091 })
    expect(e?.services[1]).toEqual({ service: 'odoo', state: 'running', health: 'starting' })
    expect(r).toMatchObject({ kind: 'run', work_order: null, run_id: run.id, age_s: 300 })
    expect(r?.services[0]?.health).toBeNull()
    expect(s).toMatchObject({ port: null, services: [], volumes: ['hub-agent-test-wo-7_db-data'] })
    expect(s?.created_at).toBe('2026-11-19T09:00:00.000Z')
  })
})

describe("the PORT column: the run's port as Docker publishes it, first", () => {
  const withPorts = (ports: number[], mainPort?: ProjectInfo['mainPort']) =>
    info({
      project: 'p',
      kind: 'work-order',
      id: 'WO-1',
      ports,
      services: [
        {
          service: 'db',
          state: 'running',
          health: undefined,
          ports: ports.filter((p) => p > 30000),
        },
        {
          service: 'odoo',
          state: 'running',
          health: undefined,
          ports: ports.filter((p) => p < 30000),
        },
      ],
      mainPort,
    })
  it.each<[string, ProjectInfo, string, number | null]>([
    [
      'labelled: the main port, others in brackets',
      withPorts([8093, 32768], { service: 'odoo', target: 8069, host: 8093 }),
      '8093 (+32768)',
      8093,
    ],
    [
      'labelled, a lower ephemeral port elsewhere: still the main one',
      withPorts([1025, 8093, 32768], { service: 'odoo', target: 8069, host: 8093 }),
      '8093 (+1025,32768)',
      8093,
    ],
    [
      'labelled, not published now',
      withPorts([32768], { service: 'odoo', target: 8069, host: null }),
      '32768',
      null,
    ],
    [
      "no label (older project): odoo's first port",
      withPorts([8091, 32768]),
      '8091 (+32768)',
      8091,
    ],
    ['nothing published', withPorts([]), '-', null],
  ])('%s', (_what, p, cell, port) => {
    expect(portCell(p)).toBe(cell)
    expect(lsJson([p], now)[0]?.port).toBe(port)
  })
})
