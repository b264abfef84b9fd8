// `reap --older-than`: a duration with a unit, days included. Not a setting
// (parseSeconds caps timeouts at a day; stale projects can be weeks old).
import { UsageError } from './args.js'

const UNIT_S = { s: 1, m: 60, h: 3600, d: 86_400 } as const

export function parseDuration(flag: string, raw: string): number {
  const m = /^(\d+)([smhd])?$/.exec(raw.trim())
  const seconds = m ? Number(m[1]) * UNIT_S[(m[2] ?? 's') as keyof typeof UNIT_S] : NaN
  if (!Number.isSafeInteger(seconds) || seconds < 1)
    throw new UsageError(
      `Invalid --${flag} ${JSON.stringify(raw)}: expected a whole number with s, m, h or d (e.g. 6h, 2d).`,
    )
  return seconds * 1000
}
