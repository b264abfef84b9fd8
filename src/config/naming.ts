// Compose project names: lowercase letters, digits, '-' and '_', starting with
// a letter or digit. Every run gets its own, so parallel runs never share a
// container, network, volume or port.

/** Lowercases and replaces anything compose refuses; trims separators. */
export function normaliseProjectPart(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
}

export interface RunIdentity {
  prefix: string
  now: Date
  /** GITHUB_RUN_ID, or 'local' outside Actions. */
  runId: string
  /** GITHUB_RUN_ATTEMPT; re-runs of a job must not collide with the first. */
  attempt: string
  /** A short random part: two jobs of one run (a matrix) must differ too. */
  random: string
}

/** `20261121T093000Z`-like UTC stamp without separators compose dislikes. */
export function utcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'z')
    .toLowerCase()
}

export function buildProjectName(id: RunIdentity): string {
  const parts = [id.prefix, utcStamp(id.now), id.runId, id.attempt, id.random].map(
    normaliseProjectPart,
  )
  return parts.filter((p) => p !== '').join('-')
}

/** A database name Odoo accepts, unique per run. */
export function testDatabaseName(project: string): string {
  return `rtr_${project.replace(/[^a-z0-9]+/g, '_')}`.slice(0, 63)
}
