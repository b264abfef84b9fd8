// What `ls` adds for a work order's environment: its database and how many
// modules are installed in it, asked of its Postgres (not of a file of ours).
import { projectTarget, type ProjectInfo } from '../engine/environments.js'
import { installedCount } from '../workspace/postgres.js'

export interface EnvDatabase {
  database: string
  /** Installed modules; null when Postgres is not running or the database not initialised. */
  modules: number | null
}

export async function envDatabases(projects: ProjectInfo[]): Promise<Map<string, EnvDatabase>> {
  const out = new Map<string, EnvDatabase>()
  await Promise.all(
    projects.map(async (p) => {
      if (p.kind !== 'work-order' || !p.database) return
      const dbService = p.dbService ?? 'db'
      const running = p.services.some((s) => s.service === dbService && s.state === 'running')
      const modules = running
        ? await installedCount({ target: projectTarget(p), dbService, database: p.database })
        : null
      out.set(p.project, { database: p.database, modules })
    }),
  )
  return out
}

/** Pure: the DATABASE column: `wo_042 (12 modules)`, `wo_042 (stopped)`, or `-`. */
export function describeDatabase(db: EnvDatabase | undefined): string {
  if (!db) return '-'
  return `${db.database} (${db.modules === null ? 'not running' : `${db.modules} modules`})`
}
