import type { ParseLimits } from './types.js'

// Sized so that the worst case (every list full, every traceback at its cap)
// stays around 2 MB: 100 failures x 8 KB + 3 x 50 records.
export const DEFAULT_LIMITS: ParseLimits = {
  maxFailures: 100,
  maxTracebackLines: 60,
  maxTracebackChars: 8 * 1024,
  maxRecords: 50,
  maxLineChars: 64 * 1024,
  maxModules: 500,
  maxSkipGroups: 100,
}

export function resolveLimits(partial: Partial<ParseLimits> | undefined): ParseLimits {
  return { ...DEFAULT_LIMITS, ...partial }
}

/**
 * Returns a copy of `s` that owns its characters. V8 represents `slice()`s of a
 * big string as views that keep the whole parent alive; a stored 80-byte line
 * could otherwise pin the 64 KB chunk it was cut from.
 */
export function detach(s: string): string {
  return s.length === 0 ? '' : Buffer.from(s, 'utf8').toString('utf8')
}

export function detachOrNull(s: string | null): string | null {
  return s === null ? null : detach(s)
}
