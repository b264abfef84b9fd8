// `ls` output: a table for people, a JSON array for programs. Pure, so the
// formatting is tested without Docker.
import { servicePort, type ProjectInfo } from '../engine/environments.js'
import { DEFAULTS } from '../constants.js'
import { describeDatabase, type EnvDatabase } from './ls-databases.js'

/** `45s`, `12m`, `3h05m`, `2d03h`: precise enough to spot a stale project. */
export function formatAge(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000))
  const two = (n: number) => String(n).padStart(2, '0')
  if (s < 60) return `${s}s`
  if (s < 3600) return `${Math.floor(s / 60)}m`
  if (s < 86_400) return `${Math.floor(s / 3600)}h${two(Math.floor((s % 3600) / 60))}m`
  return `${Math.floor(s / 86_400)}d${two(Math.floor((s % 86_400) / 3600))}h`
}

export function describeServices(info: ProjectInfo): string {
  if (info.services.length === 0) {
    const n = info.volumes.length
    return `stopped (${n} volume${n === 1 ? '' : 's'} kept)`
  }
  return info.services
    .map((s) => `${s.service} ${s.state}${s.health ? ` (${s.health})` : ''}`)
    .join(', ')
}

const HEAD = ['PROJECT', 'KIND', 'WORK ORDER / RUN', 'PORT', 'DATABASE', 'SERVICES', 'AGE']

/** The run's port first (as Docker publishes it), then any other published port in brackets. */
export function portCell(p: ProjectInfo): string {
  const main = servicePort(p, DEFAULTS.service)
  const others = p.ports.filter((port) => port !== main)
  if (main === null) return others.length ? others.join(',') : '-'
  return others.length ? `${main} (+${others.join(',')})` : String(main)
}

export function lsTable(
  projects: ProjectInfo[],
  now: Date,
  dbs: Map<string, EnvDatabase> = new Map(),
): string {
  const rows = projects.map((p) => [
    p.project,
    p.kind,
    p.id,
    portCell(p),
    describeDatabase(dbs.get(p.project)),
    describeServices(p),
    p.createdAt ? formatAge(now.getTime() - p.createdAt.getTime()) : '?',
  ])
  const widths = HEAD.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd()
  return `${[HEAD, ...rows].map(line).join('\n')}\n`
}

export interface LsJsonEntry {
  project: string
  kind: ProjectInfo['kind']
  work_order: string | null
  run_id: string | null
  port: number | null
  ports: number[]
  services: { service: string; state: string; health: string | null }[]
  volumes: string[]
  created_at: string | null
  age_s: number | null
  /** A work order's database; installed modules asked of its Postgres (null: not running). */
  database: string | null
  modules_installed: number | null
}

export function lsJson(
  projects: ProjectInfo[],
  now: Date,
  dbs: Map<string, EnvDatabase> = new Map(),
): LsJsonEntry[] {
  return projects.map((p) => ({
    project: p.project,
    kind: p.kind,
    work_order: p.kind === 'work-order' ? p.id : null,
    run_id: p.kind === 'run' ? p.id : null,
    port: servicePort(p, DEFAULTS.service),
    ports: p.ports,
    services: p.services.map((s) => ({
      service: s.service,
      state: s.state,
      health: s.health ?? null,
    })),
    volumes: p.volumes,
    created_at: p.createdAt?.toISOString() ?? null,
    age_s: p.createdAt ? Math.floor((now.getTime() - p.createdAt.getTime()) / 1000) : null,
    database: dbs.get(p.project)?.database ?? null,
    modules_installed: dbs.get(p.project)?.modules ?? null,
  }))
}
