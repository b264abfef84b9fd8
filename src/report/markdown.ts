// Shared text helpers: HTML escaping for markdown that GitHub renders as is
// (comment, summary), and the plain cleanup lines for logs and terminals.
import type { CleanupReport, ResourceNames } from '../engine/teardown.js'

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'|`]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Plain-text cleanup lines for the job log and a terminal. */
export function cleanupLines(c: CleanupReport): string[] {
  const fmt = (r: ResourceNames) =>
    `${r.containers.length} containers, ${r.networks.length} networks, ${r.volumes.length} volumes`
  return [
    `Before teardown: ${fmt(c.before)}${c.before.containers.length ? ` (${c.before.containers.join(', ')})` : ''}`,
    `After teardown:  ${fmt(c.after)}`,
    `docker ps -a | grep ${c.project}: ${c.nameMatches.length === 0 ? '(empty)' : c.nameMatches.join(', ')}`,
    c.verified
      ? 'Cleanup verified: nothing of this run is left.'
      : 'Cleanup NOT verified: resources of this run remain.',
  ]
}
