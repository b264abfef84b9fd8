// What up, test, down and reap share: from a work order on the command line
// to its compose project, the engine checks, and the hints printed for the
// next command (with --project-prefix when it is not the default).
import { defaultPrefix, parsePrefix } from '../config/parse.js'
import type { EngineDeps } from '../engine/deps.js'
import { findProject, type ProjectInfo } from '../engine/environments.js'
import { checkEngine } from '../engine/preflight.js'
import { parseWorkOrder, workOrderProject } from '../engine/work-order.js'
import { errorMessage } from '../errors.js'
import type { CommandContext } from './command.js'
import type { Session } from './session.js'
import { exitCodeFor } from './exit-codes.js'
import { BIN } from './usage.js'

export interface WorkOrderRef {
  workOrder: string
  prefix: string
  project: string
  /** ` --project-prefix p` when p is not the default, else empty. */
  prefixArgs: string
  /** `resilient-test-runner <cmd> WO-042 [--project-prefix p]` */
  command(name: string, rest?: string): string
}

export function resolvePrefix(ctx: CommandContext): string {
  return parsePrefix(ctx.args.values['project-prefix'], ctx.settingsContext().repository)
}

export function workOrderRef(ctx: CommandContext, raw: string | undefined): WorkOrderRef {
  const workOrder = parseWorkOrder(raw)
  const prefix = resolvePrefix(ctx)
  const extra =
    prefix === defaultPrefix(ctx.settingsContext().repository) ? '' : ` --project-prefix ${prefix}`
  return {
    workOrder,
    prefix,
    project: workOrderProject(prefix, workOrder),
    prefixArgs: extra,
    command: (name, rest) => `${BIN} ${name} ${workOrder}${rest ? ` ${rest}` : ''}${extra}`,
  }
}

/** The engine answers and (for commands that run compose) compose is v2. */
export async function preflight(deps: EngineDeps, compose = true): Promise<void> {
  await checkEngine(deps.docker)
  if (compose) await deps.checkCompose()
}

export function findWorkOrder(
  deps: EngineDeps,
  ref: WorkOrderRef,
): Promise<ProjectInfo | undefined> {
  return findProject(deps.docker, ref.project, { kind: 'work-order', id: ref.workOrder })
}

/** Prints why a command ended early and maps it to the exit code (a signal wins). */
export function failed(ctx: CommandContext, s: Session, err: unknown): number {
  s.reporter.flush()
  const signal = s.trap.received
  ctx.io.stderr.write(signal ? `Cancelled by ${signal}.\n` : `error: ${errorMessage(err)}\n`)
  return exitCodeFor({ signal, error: err })
}
