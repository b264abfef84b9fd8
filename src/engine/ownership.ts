// Our own labels on everything a run or work-order environment creates: who
// made it, for what, on which host and from which process, and when. Added
// through a generated override file, so the user's compose file is never
// edited. `ls`, `reap`, the start-of-run reaper and the watchdog read them.
import { writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import type { ComposeModel } from '../compose/config.js'
import { taggedYaml } from '../isolation/tagged-yaml.js'
import { HELPER_LABEL, RTR_ID_LABEL } from '../constants.js'

export const LABEL = {
  tool: 'io.healthrt.rtr.tool',
  kind: 'io.healthrt.rtr.kind',
  id: RTR_ID_LABEL,
  prefix: 'io.healthrt.rtr.prefix',
  host: 'io.healthrt.rtr.owner-host',
  pid: 'io.healthrt.rtr.owner-pid',
  created: 'io.healthrt.rtr.created',
  repository: 'io.healthrt.rtr.repository',
  report: 'io.healthrt.rtr.report',
  /** On the tested service only: the container port whose host port is the run's (`ls`, the URL). */
  port: 'io.healthrt.rtr.port',
  /** A one-off container of ours outside any project (template-cache/service-facts.ts): what it is for. */
  helper: HELPER_LABEL,
} as const

export const TOOL = 'resilient-test-runner'

export interface Ownership {
  /** A per-run project, or a long-lived work-order environment. */
  kind: 'run' | 'env'
  /** The run's project name, or the work order. */
  id: string
  prefix: string
  host: string
  pid: number
  created: Date
  repository: string
  /** The run's JSON report on the owner host: reap completes it with the cleanup. */
  report?: string
}

export function currentOwner(
  kind: Ownership['kind'],
  id: string,
  prefix: string,
  now: Date,
  repository = '',
): Ownership {
  return { kind, id, prefix, host: hostname(), pid: process.pid, created: now, repository }
}

export function ownershipLabels(o: Ownership): Record<string, string> {
  return {
    [LABEL.tool]: TOOL,
    [LABEL.kind]: o.kind,
    [LABEL.id]: o.id,
    [LABEL.prefix]: o.prefix,
    [LABEL.host]: o.host,
    [LABEL.pid]: String(o.pid),
    [LABEL.created]: o.created.toISOString(),
    [LABEL.repository]: o.repository,
    ...(o.report ? { [LABEL.report]: o.report } : {}),
  }
}

export function parseOwnership(labels: Record<string, string> | undefined): Ownership | undefined {
  if (!labels || labels[LABEL.tool] !== TOOL) return undefined
  const kind = labels[LABEL.kind] === 'env' ? 'env' : 'run'
  return {
    kind,
    id: labels[LABEL.id] ?? '',
    prefix: labels[LABEL.prefix] ?? '',
    host: labels[LABEL.host] ?? '',
    pid: Number(labels[LABEL.pid] ?? 0),
    created: new Date(labels[LABEL.created] ?? 0),
    repository: labels[LABEL.repository] ?? '',
    report: labels[LABEL.report] || undefined,
  }
}

/** Pure: an override that labels every service, and every network and volume the project creates. */
export function labelsOverride(
  model: ComposeModel,
  labels: Record<string, string>,
): { services: Record<string, object>; networks: object; volumes: object } {
  const own = (entries: ComposeModel['networks']) =>
    Object.fromEntries(
      Object.entries(entries)
        .filter(([, v]) => !v?.external) // external ones are not ours to label
        .map(([k]) => [k, { labels }]),
    )
  return {
    services: Object.fromEntries(Object.keys(model.services).map((s) => [s, { labels }])),
    networks: own(model.networks),
    volumes: own(model.volumes),
  }
}

/** Writes the override (JSON and YAML tags: tagged-yaml.ts) where the post step can still find it. */
export function writeLabelsOverride(dir: string, project: string, override: object): string {
  const path = join(dir, `${project}.rtr-labels.yml`)
  writeFileSync(path, taggedYaml(override))
  return path
}
