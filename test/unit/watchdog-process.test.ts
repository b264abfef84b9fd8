// The watchdog process (src/watchdog.ts) idles for a whole run: the Docker
// side (deps, finish, dockerode) must load only when it tears down.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'

const loaded: string[] = []
const tornDown: string[] = []

async function freshWatchdog() {
  vi.resetModules()
  loaded.length = 0
  tornDown.length = 0
  for (const m of ['deps', 'finish'])
    vi.doMock(`../../src/engine/${m}.js`, async (original) => (loaded.push(m), original()))
  vi.doMock('../../src/engine/watchdog-teardown.js', () => {
    loaded.push('watchdog-teardown')
    return {
      tearDownRun: async (s: { project: string }) => (tornDown.push(s.project), { verified: true }),
    }
  })
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
  return import('../../src/watchdog.js')
}

afterEach(() => {
  for (const m of ['deps', 'finish', 'watchdog-teardown']) vi.doUnmock(`../../src/engine/${m}.js`)
  vi.restoreAllMocks()
  vi.resetModules()
})

describe('watchdog process', () => {
  it('loads no teardown code to start, nor to exit on a bad configuration', async () => {
    const { run } = await freshWatchdog()
    await run(undefined)
    expect(loaded).toEqual([])
  })

  it('loads the teardown when the watched process is gone, and tears down', async () => {
    const { run } = await freshWatchdog()
    const dir = mkdtempSync(join(tmpdir(), 'rtr-wd-'))
    const state = {
      version: 1,
      project: 'rtr-unit-p',
      files: [],
      startedAt: new Date().toISOString(),
      reportFile: join(dir, 'report.json'),
    }
    await run(JSON.stringify({ state, watchPid: 2 ** 22 + 12345, pollMs: 1 }))
    expect(loaded).toEqual(['watchdog-teardown'])
    expect(tornDown).toEqual(['rtr-unit-p'])
  })
})
