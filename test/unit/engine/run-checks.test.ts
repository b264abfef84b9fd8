// executeRun's first moments, with fakes: compose reads the files while the
// engine is checked, and when several things fail the error reported is the
// one to fix first (engine, then a missing compose, then the files). Nothing
// is created and no state is saved when a check fails.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ComposeRunner } from '../../../src/compose/compose.js'
import type { DockerClient } from '../../../src/docker/client.js'
import { parseSettings } from '../../../src/config/parse.js'
import type { EngineDeps } from '../../../src/engine/deps.js'
import { silentReporter } from '../../../src/engine/reporter.js'
import { executeRun } from '../../../src/engine/run.js'
import type { RunState } from '../../../src/engine/run-state.js'
import { EnvironmentError } from '../../../src/errors.js'

const settings = parseSettings(
  {
    module: 'demo_pass',
    composeFile: '/w/compose.yml',
    logFile: join(mkdtempSync(join(tmpdir(), 'rtr-run-checks-')), 'tests.log'),
  },
  { baseDirectory: '/w', fileExists: () => true },
)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

interface Case {
  engine: 'ok' | 'down'
  compose: 'ok' | 'missing'
  config: 'ok' | 'broken' | 'throws'
  error: RegExp
}

/** Deps whose Docker calls stop the run right after the checks (listProject rejects). */
function fakes(c: Case) {
  const calls: string[] = []
  const docker = new Proxy({} as DockerClient, {
    get: (_t, name: string) => async () => {
      calls.push(`docker ${name}`)
      await sleep(20) // the checks take a while: config must already be running
      if (name === 'ping' && c.engine === 'down') throw new Error('connect ENOENT')
      if (name === 'apiVersion') return '1.45'
      if (name === 'ping') return undefined
      throw new Error(`stop here: ${name}`)
    },
  })
  const compose: ComposeRunner = async (_target, args) => {
    calls.push(`compose ${args[0]}`)
    if (c.config === 'throws') throw new Error('spawn docker ENOENT')
    const broken = c.config === 'broken'
    return {
      exitCode: broken ? 15 : 0,
      signal: null,
      timedOut: false,
      aborted: false,
      tail: broken ? 'yaml: line 3: did not find expected key' : '',
    }
  }
  const deps: EngineDeps = {
    docker,
    compose,
    checkCompose: async () => {
      calls.push('checkCompose')
      await sleep(20)
      if (c.compose === 'missing') throw new EnvironmentError('Docker Compose v2 is missing.')
      return '2.26.1'
    },
    probePort: async () => 8400,
    now: () => new Date('2026-11-21T12:00:00Z'),
    random: () => 'abcdef',
    reporter: silentReporter,
    tempDir: tmpdir(),
  }
  return { deps, calls }
}

describe('executeRun: the engine check and compose config at once', () => {
  it.each<Case & { calls: string[] }>([
    {
      engine: 'down',
      compose: 'missing',
      config: 'throws',
      error: /Docker engine does not answer/,
      calls: ['compose config', 'docker ping'],
    },
    {
      engine: 'down',
      compose: 'ok',
      config: 'broken',
      error: /Docker engine does not answer/,
      calls: ['compose config', 'docker ping'],
    },
    {
      engine: 'ok',
      compose: 'missing',
      config: 'throws',
      error: /Compose v2 is missing/,
      calls: ['compose config', 'docker ping', 'checkCompose'],
    },
    {
      engine: 'ok',
      compose: 'missing',
      config: 'broken',
      error: /Compose v2 is missing/,
      calls: ['compose config', 'docker ping', 'checkCompose'],
    },
  ])('engine $engine, compose $compose, config $config: $error, no state', async (c) => {
    const { deps, calls } = fakes(c)
    const saved: RunState[] = []
    await expect(
      executeRun(settings, { runId: '1', attempt: '1' }, deps, { saveState: (s) => saved.push(s) }),
    ).rejects.toThrow(c.error)
    expect(saved).toEqual([]) // post finds no state: nothing was created
    // compose config was started with the engine check, not after it; compose's
    // version is asked only to explain a failed read
    expect(calls).toEqual(c.calls)
  })

  it.each<Case>([
    { engine: 'ok', compose: 'ok', config: 'broken', error: /did not find expected key/ },
    { engine: 'ok', compose: 'ok', config: 'throws', error: /spawn docker ENOENT/ },
  ])(
    'engine and compose fine, config $config: the files are named, state saved first',
    async (c) => {
      const { deps } = fakes(c)
      const saved: RunState[] = []
      const err = await executeRun(settings, { runId: '1', attempt: '1' }, deps, {
        saveState: (s) => saved.push(s),
      }).catch((e: Error) => e)
      expect(String(err)).toMatch(/compose file\(s\) \/w\/compose\.yml could not be loaded/)
      expect(String(err)).toMatch(c.error)
      expect(saved[0]?.project).toMatch(/-abcdef$/)
      expect(saved[0]?.port).toBeNull()
    },
  )
})
