// Command lines through node:util parseArgs (strict: an unknown flag or a
// missing value is a usage error), then the RTR_<NAME> fallback for value
// flags. Everything comes out as strings: validation is parseSettings' job,
// with the same messages as the action.
import { parseArgs } from 'node:util'
import { envName, type FlagSpec } from './options.js'

/** Bad command line: the usage is shown and the exit code is 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export interface CommandSpec {
  name: string
  summary: string
  /** Positional arguments as shown in the usage, e.g. `<work-order> <module>`. */
  args: string
  positionals: { min: number; max: number }
  flags: FlagSpec[]
  /** Lines after the flags: examples, exit codes. */
  notes?: string[]
  /**
   * Arguments after the positionals that are not this command's flags go to
   * the program it opens (psql's -c ...), as do all after `--`.
   */
  passthrough?: boolean
}

export interface ParsedArgs {
  positionals: string[]
  /** Value flags (after the environment fallback) as strings; multiple values joined by newlines. */
  values: Record<string, string | undefined>
  /** Switches given on the command line. */
  switches: Set<string>
  help: boolean
  /** The program's own arguments (passthrough commands). */
  rest: string[]
}

/**
 * Pure: a passthrough command's argv split into its own (flags it knows,
 * with their values, and up to `max` positionals) and the rest, in order.
 */
export function splitPassthrough(
  spec: CommandSpec,
  argv: string[],
): { own: string[]; rest: string[] } {
  const flags = new Map(spec.flags.map((f) => [`--${f.name}`, f]))
  const own: string[] = []
  const rest: string[] = []
  let positionals = 0
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    if (a === '--') {
      rest.push(...argv.slice(i + 1))
      break
    }
    const flag =
      flags.get(a.split('=')[0] as string) ?? (a === '--help' || a === '-h' ? 'help' : undefined)
    if (flag) {
      own.push(a)
      if (flag !== 'help' && flag.type === 'string' && !a.includes('=') && i + 1 < argv.length)
        own.push(argv[++i] as string)
    } else if (!a.startsWith('-') && positionals < spec.positionals.max && rest.length === 0) {
      own.push(a)
      positionals++
    } else rest.push(a)
  }
  return { own, rest }
}

export function parseCommand(
  spec: CommandSpec,
  argv: string[],
  env: NodeJS.ProcessEnv = {},
): ParsedArgs {
  const options: Record<
    string,
    { type: 'string' | 'boolean'; multiple?: boolean; short?: string }
  > = { help: { type: 'boolean', short: 'h' } }
  for (const f of spec.flags)
    options[f.name] = f.multiple ? { type: f.type, multiple: true } : { type: f.type }
  const { own, rest } = spec.passthrough ? splitPassthrough(spec, argv) : { own: argv, rest: [] }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: own, options, allowPositionals: true, strict: true })
  } catch (err) {
    throw new UsageError((err as Error).message)
  }
  const help = parsed.values.help === true
  const values: Record<string, string | undefined> = {}
  const switches = new Set<string>()
  for (const f of spec.flags) {
    const v = parsed.values[f.name]
    if (f.type === 'boolean') {
      if (v === true) switches.add(f.name)
      // A setting switch (strict-log) reaches parseSettings as its input would.
      if (f.env) values[f.name] = v === true ? 'true' : env[envName(f.name)] || undefined
    } else {
      const given = Array.isArray(v) ? v.map(String).join('\n') : (v as string | undefined)
      values[f.name] = given ?? (f.env ? env[envName(f.name)] || undefined : undefined)
    }
  }
  const positionals = parsed.positionals
  if (!help) {
    if (positionals.length < spec.positionals.min)
      throw new UsageError(`Missing argument: ${spec.name} needs ${spec.args}.`)
    if (positionals.length > spec.positionals.max)
      throw new UsageError(
        `Unexpected argument ${JSON.stringify(positionals[spec.positionals.max])}: ${spec.name} takes ${spec.args || 'no arguments'}.`,
      )
  }
  return { positionals, values, switches, help, rest }
}
