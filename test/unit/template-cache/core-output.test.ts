// What @actions/core writes while a cache call runs, routed: warnings and
// errors to the caller's warn, debug collected, everything else to info, and
// stdout given back afterwards, even when the call throws.
import * as core from '@actions/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { unescapeData, withCoreOutput } from '../../../src/template-cache/core-output.js'

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
})

/** Runs `emit` inside a capture, with the real stdout replaced by a spy. */
async function capture(emit: () => void) {
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  const info: string[] = []
  const { output } = await withCoreOutput(
    async () => emit(),
    (l) => info.push(l),
  )
  return { info, ...output, stdout: stdout.mock.calls.map(([c]) => String(c)) }
}

describe('withCoreOutput', () => {
  it.each([
    ['info', () => core.info('Cache hit for: k'), { info: ['Cache hit for: k'] }],
    [
      'warning, escaped',
      () => core.warning('Failed to restore: 50% done\nthen tar failed'),
      { warnings: ['Failed to restore: 50% done\nthen tar failed'] },
    ],
    ['error', () => core.error('Failed to save: (500)'), { warnings: ['Failed to save: (500)'] }],
    [
      'warning with properties',
      () => core.warning('m', { file: 'a.ts', startLine: 3 }),
      { warnings: ['m'] },
    ],
    [
      'debug',
      () => core.debug('Failed to reserve cache: x'),
      { debug: ['Failed to reserve cache: x'] },
    ],
    [
      'add-mask, untouched to stdout (the runner must see it, no log may show it)',
      () => core.setSecret('s3cr3t'),
      { stdout: ['::add-mask::s3cr3t\n'] },
    ],
    [
      'several lines in one write',
      () => process.stdout.write('one\n::warning::two\nthree\n'),
      { info: ['one', 'three'], warnings: ['two'] },
    ],
  ])('%s', async (_, emit, want) => {
    const got = await capture(emit)
    expect(got).toEqual({ info: [], warnings: [], debug: [], stdout: [], ...want })
  })

  it('passes debug lines through to stdout when RUNNER_DEBUG=1, as the runner shows them', async () => {
    vi.stubEnv('RUNNER_DEBUG', '1')
    const got = await capture(() => core.debug('d'))
    expect(got).toMatchObject({ debug: ['d'], stdout: ['::debug::d\n'] })
  })

  it('gives stdout back after the call, also when it throws, and calls write callbacks', async () => {
    const before = process.stdout.write
    const done = vi.fn()
    await expect(
      withCoreOutput(async () => {
        process.stdout.write('x\n', done)
        throw new Error('boom')
      }, vi.fn()),
    ).rejects.toThrow('boom')
    expect(process.stdout.write).toBe(before)
    expect(done).toHaveBeenCalledOnce()
  })

  it('runs one call at a time, so two captures never nest', async () => {
    const order: string[] = []
    let release!: () => void
    const first = withCoreOutput(async () => {
      order.push('first starts')
      await new Promise<void>((r) => (release = r))
      order.push('first ends')
    }, vi.fn())
    const second = withCoreOutput(async () => void order.push('second runs'), vi.fn())
    await new Promise((r) => setImmediate(r))
    release()
    await Promise.all([first, second])
    expect(order).toEqual(['first starts', 'first ends', 'second runs'])
  })

  it.each([
    ['a%25b', 'a%b'],
    ['a%0Ab%0D', 'a\nb\r'],
    ['%2525', '%25'],
  ])('unescapes %s', (s, want) => expect(unescapeData(s)).toBe(want))
})
