// Markdown for the job summary (and, later, the work-order comment). The
// summary API renders HTML as is, so every value from outside is escaped.
import type { CleanupReport, ResourceNames } from '../engine/teardown.js'

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'|`]/g, (c) => `&#${c.charCodeAt(0)};`)
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}

const count = (r: ResourceNames) => ({
  containers: r.containers.length,
  networks: r.networks.length,
  volumes: r.volumes.length,
})

export function renderCleanup(c: CleanupReport): string {
  const b = count(c.before)
  const a = count(c.after)
  const verdict = c.verified ? '✅ nothing left behind' : '❌ resources of this run are still there'
  const leftovers = [
    ...c.after.containers,
    ...c.after.networks,
    ...c.after.volumes,
    ...c.nameMatches,
  ]
  const lines = [
    `### Cleanup verification: ${verdict}`,
    '',
    table(
      ['Resource', 'Before teardown', 'After teardown'],
      [
        ['Containers', String(b.containers), String(a.containers)],
        ['Networks', String(b.networks), String(a.networks)],
        ['Volumes', String(b.volumes), String(a.volumes)],
      ],
    ),
    '',
    `\`docker ps -a | grep ${escapeHtml(c.project)}\`: ${c.nameMatches.length === 0 ? '(empty)' : escapeHtml(c.nameMatches.join(', '))}`,
    '',
  ]
  if (!c.verified)
    lines.unshift(
      `> **Teardown left ${escapeHtml(leftovers.join(', ') || 'unverifiable state')} behind.**`,
      '',
    )
  if (c.forced.length > 0)
    lines.push('', `Force-removed after compose down: ${escapeHtml(c.forced.join(', '))}`)
  return lines.join('\n')
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
