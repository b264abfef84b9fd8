// The CLI's flags. Every setting of the one configuration model (the action's
// inputs, src/constants.ts `Input`) is a flag of the same name, so the CLI
// cannot fall behind when a setting is added; its value goes through the same
// parseSettings as the action's input. Value flags fall back to RTR_<NAME>.
import { GITHUB_INPUTS, Input } from '../constants.js'
import type { RawSettings } from '../config/settings.js'

export interface FlagSpec {
  name: string
  type: 'string' | 'boolean'
  /** Repeatable; the values are joined with newlines (one per line, like the action's input). */
  multiple?: boolean
  /** Placeholder in the usage text. */
  value?: string
  help: string
  /** Falls back to the environment variable envName(name). */
  env?: boolean
}

export const envName = (flag: string) => `RTR_${flag.toUpperCase().replace(/-/g, '_')}`

/** `port-range` -> `portRange`: the action's input names are the RawSettings keys. */
export const rawKey = (flag: string) => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())

const SETTING_HELP: Record<string, Omit<FlagSpec, 'name' | 'env'>> = {
  'project-prefix': {
    type: 'string',
    value: 'P',
    help: 'project name prefix (default <repository>-agent-test)',
  },
  'compose-file': {
    type: 'string',
    value: 'F',
    help: 'compose file(s), comma separated (default docker-compose.agent.yml)',
  },
  'working-directory': {
    type: 'string',
    value: 'D',
    help: 'directory compose runs in (default: the current one)',
  },
  service: { type: 'string', value: 'S', help: 'service the tests run in (default odoo)' },
  'port-range': { type: 'string', value: 'A-B', help: 'host port range (default 8090-8100)' },
  'port-wait-timeout': {
    type: 'string',
    value: 'T',
    help: 'seconds to wait for a free port when the range is full (default 300)',
  },
  'reap-after': {
    type: 'string',
    value: 'T',
    help: "age after which a run's project is stale and reaped (default 6h)",
  },
  'health-timeout': {
    type: 'string',
    value: 'T',
    help: 'seconds to wait for health; s, m, h suffixes (default 300)',
  },
  'health-start-interval': {
    type: 'string',
    value: 'T',
    help: "health probes while containers start, e.g. 250ms; '0': the file's own (default 500ms)",
  },
  'test-timeout': { type: 'string', value: 'T', help: 'seconds the tests may run (default 3600)' },
  'test-command': {
    type: 'string',
    value: 'CMD',
    help: 'replaces the Odoo test command (argv, no shell)',
  },
  'log-file': {
    type: 'string',
    value: 'F',
    help: 'proof-of-execution log (default proof_of_execution_tests.log)',
  },
  'down-timeout': {
    type: 'string',
    value: 'T',
    help: 'seconds a container gets to stop before it is killed (default: 0 where the volumes are deleted: run, down --cleanup, reap; 2 for a down that keeps them)',
  },
  'log-ignore': {
    type: 'string',
    multiple: true,
    value: 'RE',
    help: 'log records not held against the run (repeatable)',
  },
  'strict-log': {
    type: 'boolean',
    help: 'any unignored ERROR/WARNING outside the tests fails the run',
  },
  'lint-command': {
    type: 'string',
    value: 'CMD',
    help: 'run once before the tests (argv, no shell)',
  },
  'lint-in': {
    type: 'string',
    value: 'WHERE',
    help: "where the lint command runs: 'service' or 'runner'",
  },
  coverage: { type: 'boolean', help: 'measure coverage of the tests' },
  'coverage-threshold': {
    type: 'string',
    value: 'PCT',
    help: 'coverage percentage below which the gate fails',
  },
  'junit-path': { type: 'string', value: 'F', help: "JUnit XML whose counts replace the log's" },
  cache: {
    type: 'string',
    value: 'MODE',
    help: "template cache: 'auto' (default), 'local', 'github' or 'off'",
  },
  'cache-dir': {
    type: 'string',
    value: 'DIR',
    help: 'template cache directory (default $XDG_CACHE_HOME/resilient-test-runner)',
  },
  'cache-max-size': {
    type: 'string',
    value: 'SIZE',
    help: 'template cache limit, e.g. 500MB (default 2GB)',
  },
}

/**
 * Every setting but the module (a positional argument), as flags. The GitHub
 * inputs (token, comment, check run) are the action's own, not settings.
 */
const NOT_SETTINGS: readonly string[] = [Input.Module, ...GITHUB_INPUTS]
export const SETTING_FLAGS: FlagSpec[] = Object.values(Input as Record<string, string>)
  .filter((name) => !NOT_SETTINGS.includes(name))
  .map((name) => ({
    name,
    env: true,
    ...(SETTING_HELP[name] ?? { type: 'string', value: 'V', help: `the action's '${name}' input` }),
  }))

export function settingFlags(...names: string[]): FlagSpec[] {
  return SETTING_FLAGS.filter((f) => names.includes(f.name))
}

export const JSON_FLAG: FlagSpec = {
  name: 'json',
  type: 'boolean',
  help: 'print only a JSON object on stdout (everything else goes to stderr)',
}
export const VERBOSE_FLAG: FlagSpec = {
  name: 'verbose',
  type: 'boolean',
  help: 'echo compose and test output on a terminal too (it is always in the log file)',
}

/** The raw settings the given flags carry, for parseSettings. */
export function toRawSettings(values: Record<string, string | undefined>): RawSettings {
  const raw: Record<string, string> = {}
  for (const flag of SETTING_FLAGS) {
    const value = values[flag.name]
    if (value !== undefined) raw[rawKey(flag.name)] = value
  }
  return raw as RawSettings
}

/**
 * The flags a person types on `up` and repeats on every other work-order
 * command: accepted everywhere (where Docker already knows the project, the
 * files and directory are not needed and say nothing new).
 */
export const SHARED_SETTINGS = [
  'compose-file',
  'working-directory',
  'project-prefix',
  'service',
  'down-timeout',
  'health-timeout',
  'health-start-interval',
  'port-range',
  'port-wait-timeout',
  'test-timeout',
  'cache',
  'cache-dir',
  'cache-max-size',
] as const

/** settingFlags of the shared settings plus the command's own, each once. */
export function sharedFlags(...own: string[]): FlagSpec[] {
  return settingFlags(...SHARED_SETTINGS, ...own)
}
