// Byte sizes as people write them (`500MB`, `2GB`, `1.5G`) and as the log shows them.

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
  t: 1024 ** 4,
  tb: 1024 ** 4,
  tib: 1024 ** 4,
}

/** Bytes of `500MB`, `2GB`, `1.5 GiB`, `1048576`; undefined when it is not a size. Units are binary (1 MB = 1024 KB), as `du -h` counts. */
export function parseSize(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim())
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined
  if (!m || unit === undefined) return undefined
  const bytes = Math.floor(Number(m[1]) * unit)
  return Number.isSafeInteger(bytes) ? bytes : undefined
}

/** `1.1 MB`, `512 B`, `2.0 GB`: for log lines and the comment. */
export function formatSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let v = bytes
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return i === 0 ? `${v} B` : `${v.toFixed(1)} ${units[i]}`
}

/** A duration for the log: `3.7 s`. */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
