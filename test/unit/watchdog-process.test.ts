// The watchdog process (src/watchdog.ts) idles for a whole run: dockerode
// (the bulk of the Docker code) must load only when it tears down, and the
// teardown it runs is the engine's finishRun.
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
  vi.doMock('../../src/docker/dockerode-client.js', async (original) => {
    loaded.push('dockerode-client')
    return original()
  })
  vi.doMock('../../src/engine/finish.js', () => ({
    finishRun: async (s: { project: string }) => (tornDown.push(s.project), { verified: true }),
  }))
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
  return import('../../src/watchdog.js')
}

afterEach(() => {
  vi.doUnmock('../../src/docker/dockerode-client.js')
  vi.doUnmock('../../src/engine/finish.js')
  vi.restoreAllMocks()
  vi.resetModules()
})

describe('watchdog process', () => {
  it('loads no dockerode to start, nor to exit on a bad configuration', async () => {
    const { run } = await freshWatchdog()
    await run(undefined)
    expect(loaded).toEqual([])
    expect(tornDown).toEqual([])
  })

  it('tears down with finishRun when the watched process is gone', async () => {
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
    expect(tornDown).toEqual(['rtr-unit-p'])
  })
})
