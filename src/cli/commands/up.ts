// `up <work-order>`: a long-lived environment for one work order, next to any
// other. Refuses when the work order already has one (and says how to reach
// it); reports ready only once every container is healthy; removes what it
// created when it does not get there.
import type { ComposeTarget } from '../../compose/compose.js'
import { parseSettings } from '../../config/parse.js'
import { describeAccess } from '../../engine/access.js'
import { PortRangeExhaustedError } from '../../engine/ports.js'
import { labelProject } from '../../engine/label-project.js'
import { currentOwner } from '../../engine/ownership.js'
import { startProject } from '../../engine/start-project.js'
import { stopProject } from '../../engine/stop-project.js'
import { teardown } from '../../engine/teardown.js'
import { CancelledError, EnvironmentError, InputError } from '../../errors.js'
import { cleanupLines } from '../../report/markdown.js'
import type { CommandSpec } from '../args.js'
import type { Command, CommandContext } from '../command.js'
import { alreadyThere, readyLines } from '../env-messages.js'
import { sharedFlags, toRawSettings, VERBOSE_FLAG } from '../options.js'
import { publishedPort } from '../../isolation/published.js'
import { parseModuleArg, workOrderDatabase } from '../../workspace/naming.js'
import { serveWorkOrderDatabase, type ServedDatabase } from '../../workspace/serve-database.js'
import { openSession, type Session } from '../session.js'
import { failed, findWorkOrder, preflight, workOrderRef } from '../work-orders.js'

export const UP_SPEC: CommandSpec = {
  name: 'up',
  summary:
    "Starts a work order's environment: its database with the modules installed, served at a URL (admin / admin).",
  args: '<work-order>',
  positionals: { min: 1, max: 1 },
  flags: [
    {
      name: 'module',
      type: 'string',
      value: 'M1,M2',
      help: 'modules to install with their dependencies and demo data (default: base only)',
    },
    {
      name: 'port',
      type: 'string',
      value: 'N',
      help: 'host port (must be free; default: the first free one of --port-range)',
    },
    ...sharedFlags(),
    VERBOSE_FLAG,
  ],
  notes: [
    'The database is named after the work order (WO-042: wo_042); the server serves only it (--database, --db-filter).',
    'Exit codes: 0 ready, 2 already running / bad input / a module Odoo cannot install / no Docker / not healthy, 130 cancelled.',
  ],
}

function parsePort(raw: string): number {
  const port = /^\d{1,5}$/.test(raw.trim()) ? Number(raw) : NaN
  if (!(port >= 1024 && port <= 65535))
    throw new InputError(
      `Invalid --port ${JSON.stringify(raw)}: expected a port from 1024 to 65535.`,
    )
  return port
}

/** get-port's own words name `port-range`; with --port the person asked for one port. */
function portTaken(port: number): EnvironmentError {
  return new EnvironmentError(
    `Port ${port} is not free: another environment, run or program holds it (docker ps --format '{{.Names}} {{.Ports}}'). Choose another --port, or leave it out to take the first free port of --port-range.`,
  )
}

/** Removes what this `up` created; volumes a previous `down` kept stay. */
/** `downTimeoutS` undefined: the default of each (a grace only when volumes are kept). */
async function undo(
  s: Session,
  target: ComposeTarget,
  keepVolumes: boolean,
  downTimeoutS: number | undefined,
) {
  s.tearingDown(target.project)
  s.reporter.phase(`removing ${target.project} again ...`)
  if (keepVolumes) {
    const stop = await stopProject(target, s.deps.docker, s.cleanupCompose, s.reporter, {
      downTimeoutS,
    })
    s.reporter.print(
      `Kept the volumes of the earlier environment: ${stop.keptVolumes.join(', ') || '(none)'}`,
    )
    return
  }
  const report = await teardown(target, s.deps.docker, s.cleanupCompose, s.reporter, {
    downTimeoutS,
  })
  s.reporter.print(cleanupLines(report).join('\n'))
}

export const upCommand: Command = {
  spec: UP_SPEC,
  async run(ctx: CommandContext): Promise<number> {
    const ref = workOrderRef(ctx, ctx.args.positionals[0])
    const raw = ctx.args.values.module
    const modules = raw === undefined ? ['base'] : parseModuleArg(raw, '--module')
    const database = workOrderDatabase(ref.workOrder)
    const settings = parseSettings(
      { ...toRawSettings(ctx.args.values), module: modules.join(',') },
      ctx.settingsContext(),
    )
    const fixed = ctx.args.values.port === undefined ? undefined : parsePort(ctx.args.values.port)
    const s = openSession(ctx)
    try {
      await preflight(s.deps)
      const existing = await findWorkOrder(s.deps, ref)
      if (existing && existing.services.length > 0)
        throw alreadyThere(ref, existing, settings.service)
      const range = fixed === undefined ? settings.portRange : { from: fixed, to: fixed }
      const target: ComposeTarget = {
        project: ref.project,
        files: settings.composeFiles,
        workingDirectory: settings.workingDirectory,
        port: null,
      }
      const owner = currentOwner(
        'env',
        ref.workOrder,
        ref.prefix,
        s.deps.now(),
        ctx.settingsContext().repository,
      )
      const { files, model, portTarget } = await labelProject(target, owner, s.deps, {
        service: settings.service,
        healthStartIntervalMs: settings.healthStartIntervalMs,
      })
      target.files = files
      const kept = existing?.volumes ?? []
      if (kept.length)
        s.reporter.phase(`reusing the data kept by the last down: ${kept.join(', ')}`)
      s.reporter.phase(`starting ${ref.project} for work order ${ref.workOrder} ...`)
      let served: ServedDatabase
      let published: number | null
      try {
        published = await startProject(target, s.deps, {
          range,
          // A port given explicitly is checked above: waiting for it makes no sense.
          portWaitMs: fixed === undefined ? settings.portWaitTimeoutMs : 0,
          service: settings.service,
          portTarget,
          healthTimeoutMs: settings.healthTimeoutMs,
          signal: s.trap.signal,
          onPort: (p) => (target.port = p),
        })
        served = await serveWorkOrderDatabase(target, model, settings, s.deps, {
          database,
          signal: s.trap.signal,
        })
        // The service was recreated with the database's command: its port, as Docker publishes it now.
        published = publishedPort(served.ready, settings.service, portTarget) ?? published
        if (s.trap.signal.aborted)
          throw new CancelledError('Cancelled after the environment came up.')
      } catch (err) {
        await undo(s, target, kept.length > 0, settings.downTimeoutS).catch((e: Error) =>
          s.reporter.warning(`Could not remove ${target.project}: ${e.message}`),
        )
        throw fixed !== undefined && err instanceof PortRangeExhaustedError ? portTaken(fixed) : err
      }
      const access = describeAccess(model.services, settings.service)
      const { install } = served
      s.reporter.print(
        `${install.reused ? 'Reused' : 'Created'} database ${database} with ${modules.join(', ')} in ${(install.ms / 1000).toFixed(1)} s (template cache: ${install.cache}).`,
      )
      s.reporter.print(
        readyLines(ref, published, access, settings.composeFiles, {
          database,
          modules,
          reused: install.reused,
        }).join('\n'),
      )
      return 0
    } catch (err) {
      return failed(ctx, s, err)
    } finally {
      s.release()
    }
  },
}
