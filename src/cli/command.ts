// What every command gets and returns. A command resolves with its exit
// code; a thrown error is mapped to one by src/cli/main.ts.
import type { SettingsContext } from '../config/settings.js'
import type { EngineDeps } from '../engine/deps.js'
import type { Reporter } from '../engine/reporter.js'
import type { CommandSpec, ParsedArgs } from './args.js'
import type { CliIo } from './io.js'

export interface CommandContext {
  io: CliIo
  args: ParsedArgs
  /** The engine's dependencies around a reporter (real Docker in production). */
  makeDeps: (reporter: Reporter) => EngineDeps
  /** Repository and base directory for parseSettings (git is only asked when needed). */
  settingsContext: () => SettingsContext
}

export interface Command {
  spec: CommandSpec
  run(ctx: CommandContext): Promise<number>
}
