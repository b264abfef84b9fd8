// Parsers of single input values, shared by the settings and the CLI. Each
// failure names the input and the form it accepts.
import { DEFAULTS, Input } from '../constants.js'
import { InputError } from '../errors.js'

const MAX_TIMEOUT_S = 24 * 3600

/** A value as shown in a message: quoted, and cut so a huge value is not echoed whole. */
export function quote(text: string, max = 80): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 3)}...` : text)
}

export function fail(input: string, got: string, accepted: string): never {
  throw new InputError(`Invalid input '${input}': ${quote(got)}. Expected ${accepted}.`)
}

export function parsePortRange(raw: string | undefined): { from: number; to: number } {
  const text = (raw ?? '').trim() || DEFAULTS.portRange
  const m = /^(\d{1,5})-(\d{1,5})$/.exec(text) ?? /^(\d{1,5})$/.exec(text)
  const accepted = "'FROM-TO' with 1024 <= FROM <= TO <= 65535 (e.g. '8090-8100'), or a single port"
  if (!m) fail(Input.PortRange, text, accepted)
  const from = Number(m[1])
  const to = Number(m[2] ?? m[1])
  if (from < 1024 || to > 65535 || from > to) fail(Input.PortRange, text, accepted)
  return { from, to }
}

/** parseSeconds, but empty means "not set" (undefined): the caller's context picks the default. */
export function parseOptionalSeconds(
  input: string,
  raw: string | undefined,
  min = 1,
): number | undefined {
  return (raw ?? '').trim() === '' ? undefined : parseSeconds(input, raw, 0, min)
}

export function parseSeconds(
  input: string,
  raw: string | undefined,
  fallback: number,
  min = 1,
): number {
  const text = (raw ?? '').trim()
  if (text === '') return fallback
  const m = /^(\d+)(s|m|h)?$/.exec(text)
  const accepted = `a whole number of seconds from ${min} to ${MAX_TIMEOUT_S}, optionally with s, m or h (e.g. '300', '5m')`
  if (!m) fail(input, text, accepted)
  const seconds =
    Number(m[1]) * ({ s: 1, m: 60, h: 3600 } as const)[(m[2] ?? 's') as 's' | 'm' | 'h']
  if (!Number.isSafeInteger(seconds) || seconds < min || seconds > MAX_TIMEOUT_S)
    fail(input, text, accepted)
  return seconds
}

/**
 * The health probe interval while containers start: '0' (off: the compose
 * file's probes as written) or 10 ms to 60 s, with unit ms or s.
 */
export function parseStartInterval(raw: string | undefined): number {
  const text = (raw ?? '').trim() || DEFAULTS.healthStartInterval
  const m = /^(\d+)(ms|s)?$/.exec(text)
  const accepted = "'0' (off) or a duration from 10ms to 60s with unit ms or s (e.g. '250ms', '1s')"
  if (!m || (!m[2] && m[1] !== '0')) fail(Input.HealthStartInterval, text, accepted)
  const ms = Number(m[1]) * (m[2] === 's' ? 1000 : 1)
  if (ms !== 0 && (ms < 10 || ms > 60_000)) fail(Input.HealthStartInterval, text, accepted)
  return ms
}

/** A command: whitespace-separated argv, no shell and no quoting. */
export function parseArgv(input: string, raw: string | undefined): string[] {
  const text = (raw ?? '').trim()
  if (text === '') return []
  if (/[\n\r\0]/.test(text)) {
    fail(input, text, 'one line of whitespace-separated arguments (it runs without a shell)')
  }
  return text.split(/\s+/)
}

export function parseBoolean(input: string, raw: string | undefined, fallback: boolean): boolean {
  const text = (raw ?? '').trim().toLowerCase()
  if (text === '') return fallback
  if (['true', 'yes', '1', 'on'].includes(text)) return true
  if (['false', 'no', '0', 'off'].includes(text)) return false
  return fail(input, text, "'true' or 'false'")
}
