// Hostile and malformed input, as a property: for random values of every
// input (unicode, shell metacharacters, huge values, negative and reversed
// port ranges, paths escaping the workspace), parseSettings either accepts a
// valid value or refuses it with an InputError naming the input. Never
// another exception, never an accepted value that breaks an invariant.
import { describe, expect, it } from 'vitest'
import { parseSettings } from '../../../src/config/parse.js'
import type { RawSettings } from '../../../src/config/settings.js'
import { InputError } from '../../../src/errors.js'

/** mulberry32: a seeded PRNG, so a failure is reproducible from its seed. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const HOSTILE = [
  '',
  ' ',
  'traction',
  'a,b',
  '$(id)',
  '`id`',
  '; rm -rf /',
  '&& true',
  '| cat',
  '../..',
  '../../etc/passwd',
  '/etc/passwd',
  '-1',
  '0',
  '99999999999999999999',
  '8100-8090',
  '1-2',
  '65535-65536',
  '8090-8100',
  '5m',
  '1h',
  '-5s',
  'NaN',
  '1e9',
  'é',
  '模块',
  '\u0000',
  '\n',
  '\r\n',
  'a\nb',
  '\u202e',
  '😀',
  '%',
  '\\',
  '"',
  "'",
  '{{ github.token }}',
  'true',
  'false',
  'x'.repeat(100_000),
  '(unclosed',
  '.*',
  'flake8 addons',
  'skip',
  'service',
  'runner',
  '101',
  '82.5%',
]
const KEYS: (keyof RawSettings)[] = [
  'module',
  'projectPrefix',
  'composeFile',
  'workingDirectory',
  'service',
  'portRange',
  'portWaitTimeout',
  'reapAfter',
  'healthTimeout',
  'testTimeout',
  'testCommand',
  'logFile',
  'downTimeout',
  'logIgnore',
  'strictLog',
  'lintCommand',
  'lintIn',
  'coverage',
  'coverageThreshold',
  'junitPath',
]

function randomValue(rand: () => number): string {
  if (rand() < 0.7) return HOSTILE[Math.floor(rand() * HOSTILE.length)] as string
  const len = Math.floor(rand() * 40)
  return Array.from({ length: len }, () => String.fromCodePoint(Math.floor(rand() * 0x2fff))).join(
    '',
  )
}

describe('hostile input', () => {
  it.each(Array.from({ length: 40 }, (_, i) => 1000 + i))(
    'seed %i: accepted and valid, or refused clearly',
    (seed) => {
      const rand = prng(seed)
      for (let round = 0; round < 100; round++) {
        const raw: RawSettings = { module: 'traction' }
        for (const key of KEYS) if (rand() < 0.3) raw[key] = randomValue(rand)
        const ctx = {
          repository: randomValue(rand),
          baseDirectory: '/ws',
          fileExists: () => rand() < 0.7,
        }
        let settings
        try {
          settings = parseSettings(raw, ctx)
        } catch (err) {
          expect(
            err,
            `seed ${seed} round ${round}: ${JSON.stringify(raw).slice(0, 300)}`,
          ).toBeInstanceOf(InputError)
          const message = (err as Error).message
          expect(message).toMatch(/input '[a-z-]+'/i)
          expect(message.length).toBeLessThan(1000) // a 100 kB value is not echoed whole
          continue
        }
        for (const m of settings.modules) expect(m).toMatch(/^[a-z][a-z0-9_]*$/)
        expect(settings.projectPrefix).toMatch(/^[a-z0-9][a-z0-9_-]*$/)
        expect(settings.service).toMatch(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/)
        expect(settings.portRange.from).toBeGreaterThanOrEqual(1024)
        expect(settings.portRange.to).toBeLessThanOrEqual(65535)
        expect(settings.portRange.from).toBeLessThanOrEqual(settings.portRange.to)
        for (const ms of [settings.healthTimeoutMs, settings.testTimeoutMs, settings.reapAfterMs])
          expect(ms).toBeGreaterThan(0)
        for (const arg of [...settings.testCommand, ...settings.lintCommand])
          expect(arg).not.toMatch(/[\s\0]/)
        expect(settings.logFile).not.toContain('\0')
      }
    },
  )
})
