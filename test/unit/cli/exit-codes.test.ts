import { describe, expect, it } from 'vitest'
import { UsageError } from '../../../src/cli/args.js'
import {
  exitCodeFor,
  exitForError,
  exitForVerdict,
  type Ending,
} from '../../../src/cli/exit-codes.js'
import { PortRangeExhaustedError } from '../../../src/engine/ports.js'
import { CancelledError, EnvironmentError, HealthError, InputError } from '../../../src/errors.js'

describe('exitForError', () => {
  it.each<[string, unknown, number]>([
    ['usage', new UsageError('x'), 2],
    ['bad input', new InputError('x'), 2],
    ['no Docker', new EnvironmentError('x'), 2],
    ['no free port', new PortRangeExhaustedError('x'), 2],
    ['not healthy', new HealthError('x'), 2],
    ['cancelled', new CancelledError('x'), 130],
    ['anything else', new Error('bug'), 1],
    ['not even an Error', 'x', 1],
  ])('%s -> %i', (_what, err, code) => expect(exitForError(err)).toBe(code))
})

describe('exitCodeFor', () => {
  it.each<[string, Ending, number]>([
    ['gate passed', { passed: true }, 0],
    ['gate failed', { passed: false }, 1],
    ['passed but leftovers', { passed: true, cleanupVerified: false }, 1],
    ['failed and leftovers', { passed: false, cleanupVerified: false }, 1],
    ['health failure', { error: new HealthError('x'), cleanupVerified: true }, 2],
    ['health failure and leftovers', { error: new HealthError('x'), cleanupVerified: false }, 2],
    ['signal during the tests', { signal: 'SIGINT', error: new CancelledError('x') }, 130],
    [
      'signal: up reports it as its own error',
      { signal: 'SIGTERM', error: new EnvironmentError('x') },
      130,
    ],
    ['signal and leftovers', { signal: 'SIGHUP', cleanupVerified: false }, 130],
    ['nothing happened', {}, 0],
  ])('%s -> %i', (_what, end, code) => expect(exitCodeFor(end)).toBe(code))

  it.each([
    ['passed', 0],
    ['failed', 1],
    ['error', 1],
  ] as const)('verdict %s -> %i', (result, code) => expect(exitForVerdict(result)).toBe(code))
})
