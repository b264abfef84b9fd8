// What logs, shell, psql and update share: the work order's running
// environment, its database and Postgres service (labels of `up`), or a
// refusal (exit 2) that lists the environments there are.
import type { ComposeTarget } from '../compose/compose.js'
import type { EngineDeps } from '../engine/deps.js'
import {
  classifyProject,
  listProjects,
  projectTarget,
  servicePort,
  type ProjectInfo,
} from '../engine/environments.js'
import { EnvironmentError } from '../errors.js'
import { workOrderDatabase } from '../workspace/naming.js'
import type { DbAt } from '../workspace/postgres.js'
import { findWorkOrder, type WorkOrderRef } from './work-orders.js'

export interface OpenEnvironment {
  env: ProjectInfo
  target: ComposeTarget
  at: DbAt
}

/** Pure: `WO-1 (port 8090, database wo_1), WO-2 (stopped)`, or `(none)`. */
export function environmentList(projects: ProjectInfo[], service: string): string {
  const envs = projects.filter((p) => p.kind === 'work-order')
  if (envs.length === 0) return '(none)'
  return envs
    .map((p) => {
      const port = servicePort(p, service)
      const state = p.services.length === 0 ? 'stopped' : port === null ? 'running' : `port ${port}`
      return `${p.id} (${state}${p.database ? `, database ${p.database}` : ''})`
    })
    .join(', ')
}

export async function requireEnvironment(
  deps: EngineDeps,
  ref: WorkOrderRef,
  service: string,
): Promise<OpenEnvironment> {
  const env = await findWorkOrder(deps, ref)
  if (!env || env.services.length === 0) {
    const all = await listProjects(deps.docker, (p) => classifyProject(p, ref.prefix))
    throw new EnvironmentError(
      [
        `Work order ${ref.workOrder} has no running environment (project ${ref.project}${env ? ': stopped, its data kept' : ''}).`,
        `  Environments of prefix ${ref.prefix}: ${environmentList(all, service)}`,
        `  Start one: ${ref.command('up', '[--module <m1,m2>]')}`,
      ].join('\n'),
    )
  }
  const target = projectTarget(env)
  return {
    env,
    target,
    at: {
      target,
      dbService: env.dbService ?? 'db',
      database: env.database ?? workOrderDatabase(ref.workOrder),
    },
  }
}
