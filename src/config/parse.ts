// Pure validation of every input. Each failure names the input and the form it
// accepts, and happens before anything touches Docker. Values never reach a
// shell (everything runs as argv arrays), but they are refused here anyway so
// the error is clear and early.
import { basename, isAbsolute, resolve } from 'node:path'
import { DEFAULTS, Input } from '../constants.js'
import { InputError } from '../errors.js'
import {
  fail,
  parseArgv,
  parseBoolean,
  parsePortRange,
  parseOptionalSeconds,
  parseSeconds,
  parseStartInterval,
  quote,
} from './values.js'

export {
  parseBoolean,
  parseOptionalSeconds,
  parsePortRange,
  parseSeconds,
  quote,
} from './values.js'
import type { RawSettings, Settings, SettingsContext } from './settings.js'
import { normaliseProjectPart } from './naming.js'
import { parseCacheSettings } from './cache.js'

const MODULE_RE = /^[a-z][a-z0-9_]*$/
const SERVICE_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/

export function parseModules(raw: string | undefined): string[] {
  const text = (raw ?? '').trim()
  if (text === '') {
    throw new InputError(
      `Input '${Input.Module}' is required: one or more Odoo technical names, comma separated (e.g. 'traction' or 'traction,hub_compliance').`,
    )
  }
  const names = text.split(',').map((m) => m.trim())
  for (const name of names) {
    if (!MODULE_RE.test(name) || name.length > 64) {
      fail(
        Input.Module,
        name,
        'Odoo technical names matching ^[a-z][a-z0-9_]*$ (at most 64 characters), comma separated',
      )
    }
  }
  return [...new Set(names)]
}

/** `hub-agent-test` from `HealthRT/hub`; `agent-test` alone when unknown. */
export function defaultPrefix(repository: string | undefined): string {
  const name = basename(repository ?? '')
  const part = name ? normaliseProjectPart(name) : ''
  return part ? `${part}${DEFAULTS.prefixSuffix}` : DEFAULTS.prefixSuffix.slice(1)
}

export function parsePrefix(raw: string | undefined, repository: string | undefined): string {
  const text = (raw ?? '').trim()
  if (text === '') return defaultPrefix(repository)
  if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(text)) {
    fail(
      Input.ProjectPrefix,
      text,
      'lowercase letters, digits, - and _, starting with a letter or digit, at most 40 characters (e.g. hub-agent-test)',
    )
  }
  return text
}

function splitList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

export function parseComposeFiles(
  raw: string | undefined,
  workdir: string,
  exists: (p: string) => boolean,
): string[] {
  const files = splitList(raw ?? '')
  if (files.length === 0) files.push(DEFAULTS.composeFile)
  for (const file of files) {
    if (file.includes('\0')) fail(Input.ComposeFile, file, 'paths of compose files')
    const full = isAbsolute(file) ? file : resolve(workdir, file)
    if (!exists(full)) {
      throw new InputError(
        `Input '${Input.ComposeFile}': ${quote(file)} not found (looked at ${quote(full, 200)}). Check out the repository first (actions/checkout) or set '${Input.ComposeFile}' / '${Input.WorkingDirectory}'.`,
      )
    }
  }
  return files
}

export const parseTestCommand = (raw: string | undefined): string[] =>
  parseArgv(Input.TestCommand, raw)

/** One regular expression per line; each must compile. */
export function parseLogIgnore(raw: string | undefined): RegExp[] {
  return (raw ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((source) => {
      try {
        return new RegExp(source)
      } catch (err) {
        return fail(
          Input.LogIgnore,
          source,
          `one JavaScript regular expression per line (${(err as Error).message})`,
        )
      }
    })
}

export function parseThreshold(raw: string | undefined): number | null {
  const text = (raw ?? '').trim()
  if (text === '') return null
  const n = Number(text.replace(/%$/, ''))
  if (!/^\d+(\.\d+)?%?$/.test(text) || n > 100) {
    fail(Input.CoverageThreshold, text, 'a percentage from 0 to 100 (e.g. 80 or 82.5)')
  }
  return n
}

function parseQuality(raw: RawSettings, workdir: string) {
  const lintText = (raw.lintCommand ?? '').trim()
  const lintIn = (raw.lintIn ?? '').trim() || 'service'
  if (lintIn !== 'service' && lintIn !== 'runner')
    fail(Input.LintIn, lintIn, "'service' or 'runner'")
  const coverageThreshold = parseThreshold(raw.coverageThreshold)
  const junit = (raw.junitPath ?? '').trim()
  return {
    lintCommand: lintText === 'skip' ? [] : parseArgv(Input.LintCommand, lintText),
    lintIn: lintIn as 'service' | 'runner',
    // A threshold without coverage would be a gate that can never be checked.
    coverage: parseBoolean(Input.Coverage, raw.coverage, false) || coverageThreshold !== null,
    coverageThreshold,
    junitPath: junit === '' ? null : resolve(workdir, junit),
  }
}

export function parseSettings(raw: RawSettings, ctx: SettingsContext): Settings {
  const modules = parseModules(raw.module)
  const workdirText = (raw.workingDirectory ?? '').trim()
  const workingDirectory = resolve(ctx.baseDirectory, workdirText || '.')
  if (workdirText && !ctx.fileExists(workingDirectory)) {
    throw new InputError(
      `Input '${Input.WorkingDirectory}': ${quote(workdirText)} does not exist (looked at ${quote(workingDirectory, 200)}).`,
    )
  }
  const service = (raw.service ?? '').trim() || DEFAULTS.service
  if (!SERVICE_RE.test(service))
    fail(Input.Service, service, 'a compose service name (letters, digits, _, . and -)')
  const logText = (raw.logFile ?? '').trim() || DEFAULTS.logFile
  if (logText.includes('\0') || logText.endsWith('/')) fail(Input.LogFile, logText, 'a file path')
  return {
    modules,
    projectPrefix: parsePrefix(raw.projectPrefix, ctx.repository),
    composeFiles: parseComposeFiles(raw.composeFile, workingDirectory, ctx.fileExists),
    workingDirectory,
    service,
    portRange: parsePortRange(raw.portRange),
    reapAfterMs: parseSeconds(Input.ReapAfter, raw.reapAfter, DEFAULTS.reapAfterS, 60) * 1000,
    portWaitTimeoutMs:
      parseSeconds(Input.PortWaitTimeout, raw.portWaitTimeout, DEFAULTS.portWaitTimeoutS, 0) * 1000,
    healthTimeoutMs:
      parseSeconds(Input.HealthTimeout, raw.healthTimeout, DEFAULTS.healthTimeoutS) * 1000,
    healthStartIntervalMs: parseStartInterval(raw.healthStartInterval),
    testTimeoutMs: parseSeconds(Input.TestTimeout, raw.testTimeout, DEFAULTS.testTimeoutS) * 1000,
    testCommand: parseTestCommand(raw.testCommand),
    logFile: resolve(workingDirectory, logText),
    downTimeoutS: parseOptionalSeconds(Input.DownTimeout, raw.downTimeout, 0),
    logIgnore: parseLogIgnore(raw.logIgnore),
    strictLog: parseBoolean(Input.StrictLog, raw.strictLog, false),
    ...parseQuality(raw, workingDirectory),
    ...parseCacheSettings(raw, workingDirectory),
  }
}
