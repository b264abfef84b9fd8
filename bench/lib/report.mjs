// Numbers to a table: the machine they were measured on, medians with their
// spread, ratios, and each of issue 7's goals with met / missed.
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, release, totalmem } from 'node:os'
import { dirname } from 'node:path'
import { availableParallelism } from 'node:os'
import { docker } from './proc.mjs'

export async function machineInfo() {
  const dockerVersion = await docker(['version', '--format', '{{.Server.Version}}'], { ok: true })
  const compose = await docker(['compose', 'version', '--short'], { ok: true })
  const storage = await docker(['info', '--format', '{{.Driver}} {{.CgroupVersion}}'], { ok: true })
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    kernel: release(),
    docker: dockerVersion.stdout.trim(),
    compose: compose.stdout.trim(),
    storageDriverAndCgroup: storage.stdout.trim(),
    node: process.version,
  }
}

export function median(xs) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (v.length === 0) return null
  const m = v.length >> 1
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2
}

/** median, min, max, n of a list of numbers (non-finite ones ignored). */
export function stat(xs) {
  const v = xs.filter((x) => Number.isFinite(x))
  return {
    median: median(v),
    min: v.length ? Math.min(...v) : null,
    max: v.length ? Math.max(...v) : null,
    n: v.length,
  }
}

const ms = (x) =>
  x === null || x === undefined
    ? 'n/a'
    : x >= 10_000
      ? `${(x / 1000).toFixed(1)} s`
      : `${Math.round(x)} ms`
const num = (x, d = 2) => (x === null || x === undefined ? 'n/a' : x.toFixed(d))

/** One table row: a median (ms or a ratio), its [min - max], n and, if any, the goal. */
export function row(name, s, { ratio = false, goal = '', met } = {}) {
  const f = ratio ? num : ms
  const spread = s.n > 1 ? `${f(s.min)} - ${f(s.max)}` : ''
  return [name, f(s.median), spread, s.n, goal, met === undefined ? '' : met ? 'met' : 'MISSED']
}

export const ROW_HEAD = ['metric', 'median', 'min - max', 'n', 'goal', '']
export { ms as fmtMs }

/** A markdown table (also readable as plain text). */
export function renderTable(head, rows) {
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(width[i])).join(' | ')} |`
  const rule = `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`
  return [line(head), rule, ...rows.map(line)].join('\n')
}

/**
 * Writes the results to each file, formatted the way the repository's
 * `prettier --check .` expects (prettier is a devDependency; without it,
 * plain JSON.stringify). Returns the files written.
 */
export async function writeResults(results, files) {
  const prettier = await import('prettier').catch(() => undefined)
  const style = (await prettier?.resolveConfig(files[0])) ?? {}
  const json = JSON.stringify(results, null, 2)
  const body = prettier ? await prettier.format(json, { ...style, parser: 'json' }) : `${json}\n`
  for (const file of files) {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, body)
  }
  return files
}
