import { describe, expect, it } from 'vitest'
import { allocatePort, PortRangeExhaustedError, type PortProbe } from '../../../src/engine/ports.js'

/** A probe like get-port: the first listed port that is free and not excluded, else a random one. */
const probeWith =
  (busy: number[]): PortProbe =>
  async ({ port, exclude }) => {
    const ex = new Set(exclude)
    for (const p of port) if (!busy.includes(p) && !ex.has(p)) return p
    return 54321 // get-port's silent fallback outside the range
  }

describe('allocatePort', () => {
  it.each([
    { busy: [], exclude: [], expected: 8090 },
    { busy: [8090, 8091], exclude: [], expected: 8092 },
    { busy: [8090], exclude: [8091], expected: 8092 },
  ])('busy $busy, excluded $exclude -> $expected', async ({ busy, exclude, expected }) =>
    expect(await allocatePort({ from: 8090, to: 8100 }, exclude, probeWith(busy))).toBe(expected),
  )

  it('treats get-port falling back outside the range as exhausted', async () => {
    const busy = Array.from({ length: 11 }, (_, i) => 8090 + i)
    await expect(allocatePort({ from: 8090, to: 8100 }, [], probeWith(busy))).rejects.toThrowError(
      PortRangeExhaustedError,
    )
    await expect(allocatePort({ from: 8090, to: 8100 }, [], probeWith(busy))).rejects.toThrowError(
      /No free host port in port-range 8090-8100/,
    )
  })

  it('builds a fresh port list for each call (portNumbers is single-use)', async () => {
    const probe = probeWith([])
    expect(await allocatePort({ from: 9000, to: 9001 }, [], probe)).toBe(9000)
    expect(await allocatePort({ from: 9000, to: 9001 }, [9000], probe)).toBe(9001)
  })
})
