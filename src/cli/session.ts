// The plumbing of a command that creates or removes things: a reporter on the
// right stream, the engine's dependencies, and signals trapped so that a
// Ctrl+C cancels the work but never the cleanup. Compose calls made while
// cleaning up run in their own process group: a terminal sends Ctrl+C to the
// whole foreground group, and an interrupted `compose down` would leave half
// a project behind.
import type { ComposeRunner } from '../compose/compose.js'
import type { EngineDeps } from '../engine/deps.js'
import { trapSignals, type SignalTrap } from '../engine/signals.js'
import type { CommandContext } from './command.js'
import { humanSink, isLive } from './io.js'
import { terminalReporter, type TerminalReporter } from './terminal-reporter.js'

export interface Session {
  reporter: TerminalReporter
  deps: EngineDeps
  /** Compose for teardown: out of reach of the terminal's Ctrl+C. */
  cleanupCompose: ComposeRunner
  trap: SignalTrap
  /** From now on a signal only says that the cleanup goes on. */
  tearingDown(what: string): void
  release(): void
}

export function openSession(ctx: CommandContext, opts: { json?: boolean } = {}): Session {
  const out = humanSink(ctx.io, opts.json ?? false)
  const live = isLive(out, ctx.io.env)
  const reporter = terminalReporter({
    out,
    err: ctx.io.stderr,
    live,
    echo: !live || ctx.args.switches.has('verbose'),
  })
  const deps = ctx.makeDeps(reporter)
  let cleaning: string | undefined
  const trap = trapSignals((signal, count) => {
    if (cleaning === undefined && count === 1)
      reporter.warning(
        `Received ${signal}: stopping; what this command created is removed before it exits.`,
      )
    else
      reporter.warning(
        `Received ${signal}${count > 1 ? ' again' : ''}: still cleaning up ${cleaning ?? 'what was created'}; it finishes first, so nothing is left behind.`,
      )
  })
  return {
    reporter,
    deps,
    cleanupCompose: (target, args, o) => deps.compose(target, args, { ...o, detached: true }),
    trap,
    tearingDown: (what) => (cleaning = what),
    release: () => {
      reporter.flush()
      trap.release()
    },
  }
}
