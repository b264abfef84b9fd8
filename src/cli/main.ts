// The CLI's front door: picks the command, parses its flags, runs it and
// turns whatever ends it into the exit code. Like src/main.ts for the action,
// it only reads configuration and reports; the work is the engine's.
import type { SettingsContext } from '../config/settings.js'
import { defaultDeps, type EngineDeps } from '../engine/deps.js'
import type { Reporter } from '../engine/reporter.js'
import { errorMessage } from '../errors.js'
import { parseCommand, UsageError } from './args.js'
import type { Command } from './command.js'
import { cacheCommand } from './commands/cache.js'
import { downCommand } from './commands/down.js'
import { judgeCommand } from './commands/judge.js'
import { planCommand } from './commands/plan.js'
import { lsCommand } from './commands/ls.js'
import { reapCommand } from './commands/reap.js'
import { runCommand } from './commands/run.js'
import { testCommand } from './commands/test.js'
import { upCommand } from './commands/up.js'
import { cliContext } from './context.js'
import { ExitCode, exitForError } from './exit-codes.js'
import { processIo, type CliIo } from './io.js'
import { scratchDir } from './scratch.js'
import { commandUsage, globalUsage } from './usage.js'
import { VERSION } from './version.js'

export const COMMANDS: Command[] = [
  runCommand,
  upCommand,
  testCommand,
  downCommand,
  lsCommand,
  reapCommand,
  judgeCommand,
  cacheCommand,
  planCommand,
]

export interface CliOptions {
  makeDeps?: (reporter: Reporter) => EngineDeps
}

export async function runCli(
  argv: string[],
  io: CliIo = processIo(),
  opts: CliOptions = {},
): Promise<number> {
  const specs = COMMANDS.map((c) => c.spec)
  const [name, ...rest] = argv
  if (name === undefined) {
    io.stderr.write(globalUsage(specs))
    return ExitCode.Usage
  }
  if (['--help', '-h', 'help'].includes(name)) {
    io.stdout.write(globalUsage(specs))
    return ExitCode.Passed
  }
  if (['--version', '-V', 'version'].includes(name)) {
    io.stdout.write(`${VERSION}\n`)
    return ExitCode.Passed
  }
  const command = COMMANDS.find((c) => c.spec.name === name)
  if (!command) {
    io.stderr.write(`Unknown command ${JSON.stringify(name)}.\n\n${globalUsage(specs)}`)
    return ExitCode.Usage
  }
  let context: SettingsContext | undefined
  const scratch = scratchDir()
  try {
    const args = parseCommand(command.spec, rest, io.env)
    if (args.help) {
      io.stdout.write(commandUsage(command.spec))
      return ExitCode.Passed
    }
    return await command.run({
      io,
      args,
      makeDeps: opts.makeDeps ?? ((r) => ({ ...defaultDeps(r), tempDir: scratch.path() })),
      settingsContext: () => (context ??= cliContext(io.cwd)),
    })
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`${err.message}\n\n${commandUsage(command.spec)}`)
      return ExitCode.Usage
    }
    io.stderr.write(`error: ${errorMessage(err)}\n`)
    return exitForError(err)
  } finally {
    scratch.remove()
  }
}
