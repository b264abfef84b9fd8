// The order of the teardown's calls, with fakes: with what the run saw,
// `down` starts before any listing, and the containers are stopped all at
// once while it runs; without it, or after an earlier teardown of the same
// run, the project is listed first and `down` skipped when nothing is there.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ComposeRunner } from '../../../src/compose/compose.js'
import type { DockerClient, ProjectResources } from '../../../src/docker/client.js'
import type { EngineDeps } from '../../../src/engine/deps.js'
import { finishRun } from '../../../src/engine/finish.js'
import { silentReporter } from '../../../src/engine/reporter.js'
import type { RunState } from '../../../src/engine/run-state.js'
import { stopProject } from '../../../src/engine/stop-project.js'
import { teardown, type ResourceNames } from '../../../src/engine/teardown.js'

const seen: ResourceNames = { containers: ['p-db-1'], networks: ['p_default'], volumes: ['p_data'] }
const nothing: ResourceNames = { containers: [], networks: [], volumes: [] }

/** A project that exists (`exists`) until compose's `down` removes it. */
function fakes(exists: boolean, stopFails = false) {
  const calls: string[] = []
  let present = exists
  const resources = (): ProjectResources =>
    present
      ? {
          containers: [
            {
              id: 'c1',
              name: 'p-db-1',
              service: 'db',
              state: 'running',
              health: undefined,
              exitCode: 0,
              publishedPorts: [],
            },
          ],
          networks: ['p_default'],
          volumes: ['p_data'],
        }
      : { containers: [], networks: [], volumes: [] }
  const docker = {
    ping: async () => void calls.push('ping'),
    stopContainer: async (c: string, t: number) => {
      calls.push(`stop ${c} -t ${t}`)
      if (stopFails) throw new Error('No such container')
    },
    listProject: async () => (calls.push('list'), resources()),
    projectHelpers: async () => [],
    containersNamed: async () => (calls.push('named'), present ? ['p-db-1'] : []),
  } as unknown as DockerClient
  const downs: { files: string[]; dir: string; dirEntries: string[]; composeFile: unknown }[] = []
  const compose: ComposeRunner = async (t, args, opts) => {
    calls.push(args.join(' '))
    downs.push({
      files: t.files,
      dir: t.workingDirectory,
      dirEntries: readdirSync(t.workingDirectory),
      composeFile: opts?.env?.COMPOSE_FILE,
    })
    present = false
    return { exitCode: 0, signal: null, timedOut: false, aborted: false, tail: '' }
  }
  return { docker, compose, calls, downs }
}

const target = { project: 'p', files: [], workingDirectory: '/', port: null }
const down = 'down -v --remove-orphans -t 2'
const stop = 'stop p-db-1 -t 2'

describe('teardown: call order', () => {
  it.each([
    {
      what: 'with what the run saw: down first, the engine pinged and every container stopped meanwhile',
      exists: true,
      known: seen,
      calls: [down, 'ping', stop, 'list', 'named'],
      before: seen,
    },
    {
      what: 'without it: listed first',
      exists: true,
      known: undefined,
      calls: ['list', down, 'ping', stop, 'list', 'named'],
      before: seen,
    },
    {
      what: 'no container in the record: down and the ping, nothing to stop',
      exists: true,
      known: { ...seen, containers: [] },
      calls: [down, 'ping', 'list', 'named'],
      before: { ...seen, containers: [] },
    },
    {
      what: 'a stop that fails changes nothing: compose stops the container itself',
      exists: true,
      known: seen,
      stopFails: true,
      calls: [down, 'ping', stop, 'list', 'named'],
      before: seen,
    },
    {
      what: 'an empty record counts as none: listed first, nothing there, no down',
      exists: false,
      known: nothing,
      calls: ['list', 'list', 'named'],
      before: nothing,
    },
  ])('$what', async ({ exists, known, calls, before, stopFails }) => {
    const f = fakes(exists, stopFails)
    const r = await teardown(target, f.docker, f.compose, silentReporter, {
      downTimeoutS: 2,
      known,
    })
    expect(f.calls).toEqual(calls)
    expect(r.before).toEqual(before)
    expect(r.verified).toBe(true)
    expect(r.warnings).toEqual([])
  })

  it.each([0, 7])('the stops get the same grace as down: -t %i', async (t) => {
    const f = fakes(true)
    await teardown(target, f.docker, f.compose, silentReporter, { downTimeoutS: t, known: seen })
    expect(f.calls.slice(0, 3)).toEqual([
      `down -v --remove-orphans -t ${t}`,
      'ping',
      `stop p-db-1 -t ${t}`,
    ])
  })
})

describe('teardown: down by project name', () => {
  it('without the files, from an empty directory, without COMPOSE_FILE; the directory goes', async () => {
    const f = fakes(true)
    process.env.COMPOSE_FILE = '/elsewhere/docker-compose.yml'
    try {
      const withFiles = { ...target, files: ['/w/compose.yml'], workingDirectory: '/w' }
      const r = await teardown(withFiles, f.docker, f.compose, silentReporter, { downTimeoutS: 2 })
      expect(r.verified).toBe(true)
    } finally {
      delete process.env.COMPOSE_FILE
    }
    expect(f.downs).toMatchObject([{ files: [], dirEntries: [], composeFile: undefined }])
    expect(f.downs[0]?.dir).not.toBe('/w')
    expect(existsSync(f.downs[0]?.dir ?? '/')).toBe(false) // removed after down
  })
})

describe('finishRun: a record of an earlier teardown makes what the run saw stale', () => {
  const run = async (twice: boolean) => {
    const dir = mkdtempSync(join(tmpdir(), 'rtr-finish-'))
    const state: RunState = {
      version: 1,
      project: 'p',
      files: [],
      workingDirectory: '/',
      port: 8400,
      downTimeoutS: 2,
      logFile: join(dir, 'tests.log'),
      reportFile: join(dir, 'report.json'),
      modules: ['m'],
      startedAt: '2026-11-21T12:00:00Z',
      resources: seen,
    }
    const f = fakes(true)
    const deps = { ...f, reporter: silentReporter, now: () => new Date() } as unknown as EngineDeps
    const first = await finishRun(state, deps)
    if (!twice) return { report: first, calls: f.calls }
    f.calls.length = 0
    return { report: await finishRun(state, deps), calls: f.calls }
  }

  it('first teardown: down at once, before = what the run saw', async () => {
    const { report, calls } = await run(false)
    expect(calls.slice(0, 3)).toEqual([down, 'ping', stop])
    expect(report.before).toEqual(seen)
  })

  it('second teardown: lists, finds nothing, says so', async () => {
    const { report, calls } = await run(true)
    expect(calls).toEqual(['list', 'list', 'named'])
    expect(report.before).toEqual(nothing)
    expect(report.verified).toBe(true)
  })
})

describe('teardown: an engine that takes connections and never answers', () => {
  /** Every Docker call hangs; compose hangs too, until it is aborted. */
  function hungFakes() {
    const calls: string[] = []
    const never = (what: string) => () => (calls.push(what), new Promise<never>(() => undefined))
    const docker = {
      ping: never('ping'),
      stopContainer: never('stop'),
      listProject: never('list'),
      projectHelpers: never('helpers'),
      containersNamed: never('named'),
    } as unknown as DockerClient
    let aborted = false
    const compose: ComposeRunner = (_t, args, opts) => {
      calls.push(args[0]!)
      return new Promise((resolve) =>
        opts?.signal?.addEventListener('abort', () => {
          aborted = true
          resolve({ exitCode: null, signal: 'SIGTERM', timedOut: false, aborted: true, tail: '' })
        }),
      )
    }
    return { docker, compose, calls, aborted: () => aborted }
  }

  it.each([
    {
      what: 'with what the run saw: down is stopped once the ping goes unanswered',
      known: seen,
      calls: ['down', 'ping', 'stop'],
      composeStopped: true,
    },
    {
      what: 'without it: the listing goes unanswered, so compose never starts',
      known: undefined,
      // The project and our helpers made for it are listed together.
      calls: ['list', 'helpers'],
      composeStopped: false,
    },
  ])('$what; nothing is verified, and it says so', async ({ known, calls, composeStopped }) => {
    const f = hungFakes()
    const r = await teardown(target, f.docker, f.compose, silentReporter, {
      downTimeoutS: 2,
      known,
      answerTimeoutMs: 30,
    })
    // After the first unanswered call, the others fail at once without asking.
    expect(f.calls).toEqual(calls)
    expect(f.aborted()).toBe(composeStopped)
    expect(r.verified).toBe(false)
    expect(r.after.containers).toEqual(['(unknown: Docker did not answer)'])
    expect(r.warnings[0]).toMatch(
      /^The Docker engine does not answer at .* \(no answer within 0\.03 s\): nothing more can be removed or verified until it does\.$/,
    )
    expect(r.warnings.slice(1)).toEqual(
      composeStopped ? ['docker compose down was stopped: the engine does not answer.'] : [],
    )
  })
})

describe('the stop grace: none where the data goes, 2 s where it is kept, down-timeout over both', () => {
  it.each<[string, number | undefined, string[]]>([
    [
      'a throw-away teardown, not set: no grace',
      undefined,
      ['down -v --remove-orphans -t 0', 'stop p-db-1 -t 0'],
    ],
    ['a throw-away teardown, set to 5', 5, ['down -v --remove-orphans -t 5', 'stop p-db-1 -t 5']],
  ])('%s', async (_what, downTimeoutS, expected) => {
    const f = fakes(true)
    await teardown(target, f.docker, f.compose, silentReporter, { downTimeoutS, known: seen })
    for (const call of expected) expect(f.calls).toContain(call)
  })

  it.each<[string, number | undefined, string]>([
    ['a down that keeps the data, not set: 2 s', undefined, 'down --remove-orphans -t 2'],
    ['a down that keeps the data, set to 0', 0, 'down --remove-orphans -t 0'],
  ])('%s', async (_what, downTimeoutS, expected) => {
    const f = fakes(true)
    await stopProject(target, f.docker, f.compose, silentReporter, { downTimeoutS })
    expect(f.calls).toContain(expected)
  })

  it('a run state without down-timeout (the default) tears down with no grace', async () => {
    const f = fakes(true)
    const dir = mkdtempSync(join(tmpdir(), 'rtr-grace-'))
    const state: RunState = {
      version: 1,
      project: 'p',
      files: [],
      workingDirectory: dir,
      port: null,
      logFile: join(dir, 'log'),
      reportFile: join(dir, 'report.json'),
      modules: ['m'],
      startedAt: new Date().toISOString(),
      resources: seen,
    }
    await finishRun(
      JSON.parse(JSON.stringify(state)) as RunState,
      {
        docker: f.docker,
        compose: f.compose,
        reporter: silentReporter,
        now: () => new Date(),
      } as unknown as EngineDeps,
    )
    expect(f.calls).toContain('down -v --remove-orphans -t 0')
  })
})
