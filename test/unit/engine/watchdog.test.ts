import { describe, expect, it } from 'vitest'
import { decide, isAlive, watch } from '../../../src/engine/watchdog.js'
import type { RunState } from '../../../src/engine/run-state.js'
import type { CleanupReport } from '../../../src/engine/teardown.js'

const state = { startedAt: '2026-01-01T00:00:00.000Z' } as RunState
const config = { state, watchPid: 1, maxAgeMs: 3600_000, pollMs: 1000 }
const at = (minutes: number) => Date.parse(state.startedAt) + minutes * 60_000

describe('watchdog decisions', () => {
  it.each([
    { alive: true, verified: false, minutes: 5, out: 'wait' },
    { alive: true, verified: true, minutes: 5, out: 'cleanup verified by post' },
    { alive: false, verified: true, minutes: 5, out: 'cleanup verified by post' },
    { alive: false, verified: false, minutes: 5, out: 'cleaned: watched process gone' },
    { alive: true, verified: false, minutes: 61, out: 'cleaned: run too old' },
  ])(
    'alive=$alive verified=$verified after $minutes min: $out',
    ({ alive, verified, minutes, out }) =>
      expect(decide(config, at(minutes), alive, verified)).toBe(out),
  )

  it('knows a live process from a gone one', () => {
    expect(isAlive(process.pid)).toBe(true)
    expect(isAlive(2 ** 22 + 12345)).toBe(false)
  })
})

describe('watch', () => {
  const run = { ...state, project: 'p', reportFile: '/nonexistent/report.json' }
  const cfg = { ...config, state: run, pollMs: 1 }
  const cleanup = { verified: true } as CleanupReport

  it('tears down through the given function once the watched process is gone', async () => {
    const torn: string[] = []
    const lives = [true, true, false]
    const out = await watch(
      { ...cfg, maxAgeMs: Number.MAX_SAFE_INTEGER },
      { info: () => undefined },
      async (s) => (torn.push(s.project), cleanup),
      () => lives.shift() ?? false,
    )
    expect(out).toBe('cleaned: watched process gone')
    expect(torn).toEqual(['p'])
  })
})
