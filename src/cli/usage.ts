// Usage texts, generated from the command specs so a flag cannot exist
// without being documented (and the other way round).
import type { CommandSpec } from './args.js'
import { envName, type FlagSpec } from './options.js'

export const BIN = 'resilient-test-runner'

function flagLine(f: FlagSpec): [string, string] {
  const left = `--${f.name}${f.type === 'string' ? ` ${f.value ?? 'V'}` : ''}`
  const env = f.env ? ` [${envName(f.name)}]` : ''
  return [left, `${f.help}${env}`]
}

function columns(rows: [string, string][], indent = '  '): string[] {
  const width = Math.max(...rows.map(([l]) => l.length)) + 2
  return rows.map(([l, r]) => `${indent}${l.padEnd(width)}${r}`.trimEnd())
}

export function commandUsage(spec: CommandSpec): string {
  const lines = [`Usage: ${BIN} ${spec.name}${spec.args ? ` ${spec.args}` : ''} [flags]`, '']
  lines.push(spec.summary, '')
  const rows = spec.flags.map(flagLine)
  rows.push(['-h, --help', 'show this help'])
  lines.push('Flags:', ...columns(rows))
  if (spec.notes?.length) lines.push('', ...spec.notes)
  return `${lines.join('\n')}\n`
}

export function globalUsage(specs: CommandSpec[]): string {
  const rows = specs.map((s): [string, string] => [`${s.name} ${s.args}`.trim(), s.summary])
  return `${[
    `Usage: ${BIN} <command> [arguments] [flags]`,
    '',
    "Runs an Odoo module's tests in a throw-away Docker Compose project, or keeps",
    'one environment per work order, and always cleans up after itself.',
    '',
    'Commands:',
    ...columns(rows),
    '',
    `Run '${BIN} <command> --help' for the flags of a command; '${BIN} --version' for the version.`,
    'Exit codes: 0 passed, 1 tests failed (or errored), 2 usage or environment error, 130 cancelled.',
  ].join('\n')}\n`
}
