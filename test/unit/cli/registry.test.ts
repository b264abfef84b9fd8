// Docker as the registry: project names, work orders, and how a found project
// is addressed with compose again.
import { describe, expect, it } from 'vitest'
import {
  classifyProject,
  projectTarget,
  servicePort,
  type ProjectInfo,
} from '../../../src/engine/environments.js'
import { parseWorkOrder, workOrderProject } from '../../../src/engine/work-order.js'
import { InputError } from '../../../src/errors.js'

describe('classifyProject', () => {
  it.each<[string, string | undefined, ReturnType<typeof classifyProject>]>([
    ['hub-agent-test-wo-042', 'hub-agent-test', { kind: 'work-order', id: 'wo-042' }],
    [
      'hub-agent-test-20261121t093005z-123-1-a1b2c3',
      'hub-agent-test',
      { kind: 'run', id: '20261121t093005z-123-1-a1b2c3' },
    ],
    ['evv-agent-test-wo-1', 'hub-agent-test', undefined], // another prefix
    ['hub-agent-testing', 'hub-agent-test', undefined], // not `<prefix>-`
    ['hub-agent-test', 'hub-agent-test', undefined],
    // --all: no prefix, everything up to agent-test is one
    ['evv-agent-test-wo-9', undefined, { kind: 'work-order', id: 'wo-9' }],
    [
      'evv-agent-test-20200101t000000z-1-1-abcdef',
      undefined,
      { kind: 'run', id: '20200101t000000z-1-1-abcdef' },
    ],
    [
      'my-own-prefix-20200101t000000z-1-1-abcdef',
      undefined,
      { kind: 'run', id: '20200101t000000z-1-1-abcdef' },
    ],
  ])('%s (prefix %s)', (project, prefix, expected) =>
    expect(classifyProject(project, prefix)).toEqual(expected),
  )
})

describe('work orders', () => {
  it.each([
    ['WO-042', 'hub-agent-test-wo-042'],
    ['wo_7', 'hub-agent-test-wo_7'],
    ['42', 'hub-agent-test-42'],
  ])('%s -> %s', (wo, project) =>
    expect(workOrderProject('hub-agent-test', parseWorkOrder(wo))).toBe(project),
  )

  it.each(['', 'WO 42', 'wo/42', '-wo', '../x', 'x$(id)', 'a'.repeat(41), '20200101T000000Z-1'])(
    'refuses %j',
    (wo) => expect(() => parseWorkOrder(wo)).toThrow(InputError),
  )
})

const found: ProjectInfo = {
  owner: undefined,
  project: 'p-wo-1',
  kind: 'work-order',
  id: 'WO-1',
  ports: [5432, 8091],
  services: [
    { service: 'db', state: 'running', health: 'healthy', ports: [5432] },
    { service: 'odoo', state: 'running', health: 'healthy', ports: [8091] },
  ],
  createdAt: undefined,
  newestAt: undefined,
  configFiles: ['/repo/docker-compose.agent.yml', '/tmp/rtr-cli-x/p-wo-1.rtr-labels.yml'],
  workingDir: '/repo',
  volumes: [],
}

describe('projectTarget', () => {
  it('keeps the files that still exist (the labels override was temporary)', () =>
    expect(projectTarget(found, (f) => f.startsWith('/repo'))).toEqual({
      project: 'p-wo-1',
      files: ['/repo/docker-compose.agent.yml'],
      workingDirectory: '/repo',
      port: 5432,
    }))

  it('without any file, compose works by project name from the root', () =>
    expect(projectTarget({ ...found, configFiles: [] }, () => true)).toMatchObject({
      files: [],
      workingDirectory: '/',
    }))

  it("the URL's port is the tested service's", () => {
    expect(servicePort(found, 'odoo')).toBe(8091)
    expect(servicePort(found, 'web')).toBe(5432)
    expect(servicePort({ ...found, ports: [], services: [] }, 'odoo')).toBeNull()
  })
})
