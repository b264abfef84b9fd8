import { describe, expect, it } from 'vitest'
import { decide, isAlive } from '../../../src/engine/watchdog.js'
import type { RunState } from '../../../src/engine/run-state.js'

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
