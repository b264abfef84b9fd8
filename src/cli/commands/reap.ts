// `reap`: removes per-run projects of this prefix that outlived any run (a
// killed CI job, a crashed laptop), judged by their containers' Created time.
// A work order's environment is only removed when named explicitly.
import { parseOptionalSeconds, parseSeconds } from '../../config/parse.js'
import { DEFAULTS, Input } from '../../constants.js'
import { classifyProject, listProjects, type ProjectInfo } from '../../engine/environments.js'
import { reapProject, staleReason } from '../../engine/stale.js'
import { cleanupLines } from '../../report/markdown.js'
import type { CommandSpec } from '../args.js'
import type { Command, CommandContext } from '../command.js'
import { parseDuration } from '../duration.js'
import { describeServices, formatAge } from '../ls-table.js'
import { sharedFlags, VERBOSE_FLAG } from '../options.js'
import { openSession } from '../session.js'
import { failed, findWorkOrder, preflight, resolvePrefix, workOrderRef } from '../work-orders.js'

export const REAP_SPEC: CommandSpec = {
  name: 'reap',
  summary:
    'Removes stale per-run projects of this prefix (or, when named, one work order environment).',
  args: '[<work-order>]',
  positionals: { min: 0, max: 1 },
  flags: [
    {
      name: 'older-than',
      type: 'string',
      value: 'AGE',
      help: 'only runs older than this: s, m, h, d (default: --reap-after)',
    },
    { name: 'dry-run', type: 'boolean', help: 'only list what would be removed' },
    ...sharedFlags('reap-after'),
    VERBOSE_FLAG,
  ],
  notes: [
    'Exit codes: 0 removed (or nothing to remove), 1 something was left behind, 2 bad input / no Docker.',
  ],
}

export const reapCommand: Command = {
  spec: REAP_SPEC,
  async run(ctx: CommandContext): Promise<number> {
    const named = ctx.args.positionals[0]
    const ref = named === undefined ? undefined : workOrderRef(ctx, named)
    const prefix = ref?.prefix ?? resolvePrefix(ctx)
    const { values } = ctx.args
    // --older-than (any age, days too), else the reap-after setting the watchdog uses.
    const olderThanMs =
      values['older-than'] !== undefined
        ? parseDuration('older-than', values['older-than'])
        : parseSeconds(Input.ReapAfter, values['reap-after'], DEFAULTS.reapAfterS, 60) * 1000
    const downTimeoutS = parseOptionalSeconds(Input.DownTimeout, ctx.args.values['down-timeout'], 0)
    const s = openSession(ctx)
    s.tearingDown(ref ? ref.project : `the stale projects of ${prefix}`)
    try {
      await preflight(s.deps)
      const now = s.deps.now().getTime()
      const age = (p: ProjectInfo) => (p.createdAt ? formatAge(now - p.createdAt.getTime()) : '?')
      let doomed: ProjectInfo[]
      if (ref) {
        const env = await findWorkOrder(s.deps, ref)
        doomed = env ? [env] : []
      } else {
        const mine = await listProjects(s.deps.docker, (p) => classifyProject(p, prefix))
        // The newest container decides: a project is stale only when all of it is old.
        doomed = mine.filter((p) => staleReason(p, { olderThanMs, now }) !== null)
        const spared = mine.filter((p) => p.kind === 'work-order').map((p) => p.project)
        if (spared.length)
          s.reporter.print(
            `Work order environments are kept (name one to remove it): ${spared.join(', ')}`,
          )
      }
      if (doomed.length === 0) {
        s.reporter.print(
          ref
            ? `Nothing to reap: Docker has nothing of ${ref.project}.`
            : `Nothing to reap: no per-run project of ${prefix} is older than ${formatAge(olderThanMs)}.`,
        )
        return 0
      }
      if (ctx.args.switches.has('dry-run')) {
        s.reporter.print(
          [
            'Would remove:',
            ...doomed.map(
              (p) => `  ${p.project}  (${p.kind}, age ${age(p)}; ${describeServices(p)})`,
            ),
          ].join('\n'),
        )
        return 0
      }
      let verified = true
      for (const p of doomed) {
        s.reporter.phase(`removing ${p.project} (${p.kind}, age ${age(p)}) ...`)
        const report = await reapProject(p, s.deps, s.cleanupCompose, downTimeoutS)
        verified &&= report.verified
        s.reporter.print(
          [`Removed ${p.project}:`, ...cleanupLines(report).map((l) => `  ${l}`)].join('\n'),
        )
      }
      return verified ? 0 : 1
    } catch (err) {
      return failed(ctx, s, err)
    } finally {
      s.release()
    }
  },
}
