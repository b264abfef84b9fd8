import { describe, expect, it } from 'vitest'
import type { ProjectInfo } from '../../../src/engine/environments.js'
import type { Ownership } from '../../../src/engine/ownership.js'
import { staleReason } from '../../../src/engine/stale.js'

const now = Date.parse('2026-11-21T12:00:00Z')
const hour = 3600_000
const owner = (host: string, pid: number): Ownership => ({
  kind: 'run',
  id: 'x',
  prefix: 'p',
  host,
  pid,
  created: new Date(now),
  repository: '',
})
const project = (over: Partial<ProjectInfo>): ProjectInfo => ({
  project: 'p-20261121t110000z-1-1-abcdef',
  kind: 'run',
  id: '20261121t110000z-1-1-abcdef',
  ports: [],
  services: [],
  createdAt: new Date(now - hour),
  newestAt: new Date(now - hour),
  configFiles: [],
  workingDir: undefined,
  volumes: [],
  owner: undefined,
  ...over,
})
const alive = (pid: number) => pid === 111
const rule = { olderThanMs: 6 * hour, now, ownerGone: { host: 'ci-1', alive } }

describe('staleReason', () => {
  it.each([
    {
      what: 'a young run, owner alive here',
      p: project({ owner: owner('ci-1', 111) }),
      stale: false,
    },
    {
      what: 'a young run, owner gone here',
      p: project({ owner: owner('ci-1', 222) }),
      stale: true,
    },
    {
      what: 'a young run owned on another host',
      p: project({ owner: owner('ci-2', 222) }),
      stale: false,
    },
    { what: 'a young unlabelled run', p: project({}), stale: false },
    {
      what: 'an old run, owner alive',
      p: project({ newestAt: new Date(now - 7 * hour), owner: owner('ci-1', 111) }),
      stale: true,
    },
    {
      what: 'an old work-order environment',
      p: project({ kind: 'work-order', newestAt: new Date(now - 99 * hour) }),
      stale: false,
    },
    {
      what: 'a work-order env whose owner is gone',
      p: project({ kind: 'work-order', owner: owner('ci-1', 222) }),
      stale: false,
    },
  ])('$what: stale=$stale', ({ p, stale }) => expect(staleReason(p, rule) !== null).toBe(stale))

  it('without the owner rule only age counts', () =>
    expect(
      staleReason(project({ owner: owner('ci-1', 222) }), { olderThanMs: 6 * hour, now }),
    ).toBeNull())
})
