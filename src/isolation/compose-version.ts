// Compose learnt `!reset` in 2.18.0 and `!override` in 2.24.4 (Docker's
// compose-file reference, "Merge"). An older compose would merge the tagged
// override as plain YAML: the ports appended instead of replaced, i.e. the
// collision this override exists to prevent. So a file that needs them fails
// before `up` there, saying what to change in the file instead.
import { PORT_ENV } from '../constants.js'
import { EnvironmentError } from '../errors.js'
import type { Isolation } from './override.js'

export const OVERRIDE_TAGS_SINCE = '2.24.4'

/** Pure: `2.26.1-4`, `v2.24.4-desktop.1` -> [2, 26, 1]. */
export function versionParts(version: string): number[] {
  return (/(\d+)\.(\d+)(?:\.(\d+))?/.exec(version)?.slice(1) ?? []).map((n) => Number(n ?? 0))
}

/** Pure: whether this compose version reads `!override` and `!reset`. */
export function knowsOverrideTags(version: string): boolean {
  const have = versionParts(version)
  const need = versionParts(OVERRIDE_TAGS_SINCE)
  for (let i = 0; i < need.length; i++) {
    const a = have[i] ?? 0
    const b = need[i] as number
    if (a !== b) return a > b
  }
  return true
}

/** Pure: what to change in the file, service by service, so that no tag is needed. */
export function fileChanges(iso: Isolation, service: string): string[] {
  const out: string[] = []
  for (const [name, s] of Object.entries(iso.services)) {
    if (s.ports && name === service && iso.target !== null)
      out.push(
        `publish service ${name}'s ${iso.target} as "\${${PORT_ENV}}:${iso.target}" and give its other ports no host port`,
      )
    else if (s.ports)
      out.push(`give service ${name}'s ports no host port (e.g. "5432", not "5432:5432")`)
    if (s.container_name) out.push(`remove container_name from service ${name}`)
  }
  return out
}

/** The error of a compose too old for the override `iso` needs; undefined when it is new enough. */
export function tooOldFor(
  iso: Isolation,
  service: string,
  composeVersion: string,
  files: string[],
): EnvironmentError | undefined {
  const changes = fileChanges(iso, service)
  if (changes.length === 0 || knowsOverrideTags(composeVersion)) return undefined
  const services = Object.keys(iso.services)
  const who =
    services.length > 1 ? `services ${services.join(', ')} need` : `service ${services[0]} needs`
  const what = files.length > 1 ? 'the files' : 'the file'
  return new EnvironmentError(
    `Compose ${composeVersion} cannot keep parallel runs of ${files.join(', ')} apart: ${who} !override/!reset in the generated override, which Compose reads from ${OVERRIDE_TAGS_SINCE} on. Upgrade Compose (docker-compose-plugin >= ${OVERRIDE_TAGS_SINCE}), or change ${what}: ${changes.join('; ')}.`,
  )
}
