// The README and the reference pages of docs/ are a contract too: the inputs
// and outputs tables are action.yml's (names, order, defaults, required), the
// plan tables plan/action.yml's, every CLI command line shown is one the CLI
// accepts, every command's exit codes are the ones `--help` prints, and every
// relative link points at a file that exists.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { COMMANDS } from '../../../src/cli/main.js'

const ROOT = resolve(import.meta.dirname, '../../..')
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const README = read('README.md')
// The reference moved out of the README, one page per topic (the README links them all).
const REFERENCE = [
  'docs/workflows.md',
  'docs/how-it-works.md',
  'docs/template-cache.md',
  'docs/cli.md',
  'docs/troubleshooting.md',
  'docs/migration.md',
  'docs/releases.md',
]
const WORKFLOWS_PAGE = read('docs/workflows.md')
const CLI_PAGE = read('docs/cli.md')

interface ActionInput {
  description: string
  required?: boolean
  default?: string
}
interface ActionYml {
  inputs: Record<string, ActionInput>
  outputs: Record<string, { description: string }>
}
const action = parse(read('action.yml')) as ActionYml
const planAction = parse(read('plan/action.yml')) as ActionYml

/** The body of a `## title` section, up to the next heading of level 2. */
function section(markdown: string, title: string): string {
  const start = markdown.search(new RegExp(`^## ${title}\\s*$`, 'm'))
  if (start < 0) throw new Error(`no "## ${title}" section`)
  const rest = markdown.slice(start).split('\n').slice(1).join('\n')
  const end = rest.search(/^## /m)
  return end < 0 ? rest : rest.slice(0, end)
}

/** The body of a `### title` section, up to the next heading of level 2 or 3. */
function subsection(markdown: string, title: string): string {
  const start = markdown.search(new RegExp(`^### ${title}\\s*$`, 'm'))
  if (start < 0) throw new Error(`no "### ${title}" section`)
  const rest = markdown.slice(start).split('\n').slice(1).join('\n')
  const end = rest.search(/^##+ /m)
  return end < 0 ? rest : rest.slice(0, end)
}

/** Cells of the first table in `text`: header row and separator dropped. */
function firstTable(text: string): string[][] {
  const lines = text.split('\n')
  const start = lines.findIndex((l) => l.trimStart().startsWith('|'))
  if (start < 0) throw new Error('no table found')
  const rows: string[][] = []
  for (const line of lines.slice(start)) {
    if (!line.trimStart().startsWith('|')) break
    // Split on pipes that are not escaped (`\|` stays inside a cell).
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((c) => c.trim().replace(/\\\|/g, '|'))
    rows.push(cells)
  }
  return rows.slice(2)
}

const code = (cell: string) => /^`([^`]+)`$/.exec(cell)?.[1]

/** What the README's Default column must say for an input of action.yml. */
function expectedDefault(input: ActionInput): string {
  if (input.required) return '(required)'
  if (input.default === undefined || input.default === '') return '(empty)'
  return `\`${input.default}\``
}

describe('README inputs table', () => {
  const rows = firstTable(section(README, 'Inputs'))

  it('lists exactly the inputs of action.yml, in the same order', () => {
    expect(rows.map(([name]) => code(name ?? ''))).toEqual(Object.keys(action.inputs))
  })

  it.each(Object.entries(action.inputs))(
    '%s: same default (or required) as action.yml',
    (name, input) => {
      const row = rows.find(([n]) => code(n ?? '') === name)
      expect(row?.[1]).toBe(expectedDefault(input))
    },
  )

  it('has a description for every input', () => {
    for (const row of rows) expect(row[2]?.length ?? 0, row[0]).toBeGreaterThan(10)
  })
})

describe('README outputs table', () => {
  const rows = firstTable(section(README, 'Outputs'))

  it('lists exactly the outputs of action.yml, in the same order', () => {
    expect(rows.map(([name]) => code(name ?? ''))).toEqual(Object.keys(action.outputs))
  })

  it('has a description for every output', () => {
    for (const row of rows) expect(row[1]?.length ?? 0, row[0]).toBeGreaterThan(5)
  })
})

describe('docs/workflows.md plan tables (plan/action.yml)', () => {
  const inputs = firstTable(subsection(WORKFLOWS_PAGE, 'Plan inputs'))
  const outputs = firstTable(subsection(WORKFLOWS_PAGE, 'Plan outputs'))

  it('lists exactly the inputs of plan/action.yml, in the same order, with the same defaults', () => {
    expect(inputs.map(([name]) => code(name ?? ''))).toEqual(Object.keys(planAction.inputs))
    for (const [name, input] of Object.entries(planAction.inputs))
      expect(inputs.find(([n]) => code(n ?? '') === name)?.[1], name).toBe(expectedDefault(input))
  })

  it('lists exactly the outputs of plan/action.yml, in the same order', () => {
    expect(outputs.map(([name]) => code(name ?? ''))).toEqual(Object.keys(planAction.outputs))
    for (const row of outputs) expect(row[1]?.length ?? 0, row[0]).toBeGreaterThan(5)
  })
})

/** Every place the docs show the CLI: fenced code lines and inline code spans. */
function cliInvocations(markdown: string): string[] {
  const snippets: string[] = []
  let fenced = false
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) {
      fenced = !fenced
      continue
    }
    if (fenced) snippets.push(line)
    else for (const m of line.matchAll(/`([^`]+)`/g)) snippets.push(m[1] as string)
  }
  const out: string[] = []
  for (const s of snippets) {
    const m = /(?:^|[\s;&(])(?:npx\s+)?resilient-test-runner((?:\s+[^\s#]+)*)/.exec(s)
    if (m) out.push(`resilient-test-runner${(m[1] ?? '').trimEnd()}`)
  }
  return out
}

describe('command line examples in the docs', () => {
  const docs = [
    'README.md',
    ...REFERENCE,
    'CONTRIBUTING.md',
    'examples/README.md',
    'docs/onboarding.md',
    'docs/work-order-template.md',
  ].filter((f) => existsSync(join(ROOT, f)))
  const lines = docs.flatMap((f) => cliInvocations(read(f)).map((l) => [f, l] as const))
  const byName = new Map(COMMANDS.map((c) => [c.spec.name, c.spec]))

  it('shows every command of the CLI', () => {
    const shown = new Set(lines.map(([, l]) => l.split(/\s+/)[1]))
    for (const name of byName.keys()) expect(shown, name).toContain(name)
  })

  it('uses only commands and flags the CLI accepts', () => {
    expect(lines.length).toBeGreaterThan(10)
    for (const [file, line] of lines) {
      const [, first, ...rest] = line.split(/\s+/)
      // Placeholders: `resilient-test-runner <command> --help`, `resilient-test-runner ...`
      if (first?.startsWith('<') || first === '...') continue
      if (first === undefined || first.startsWith('-')) {
        expect(['--help', '-h', '--version', '-V', undefined], `${file}: ${line}`).toContain(first)
        continue
      }
      const spec = byName.get(first)
      expect(spec, `${file}: unknown command in "${line}"`).toBeDefined()
      const flags = new Set([...(spec?.flags ?? []).map((f) => f.name), 'help'])
      for (const word of rest) {
        const flag = /^--([a-z][a-z-]*)/.exec(word)?.[1]
        if (flag)
          expect(flags.has(flag), `${file}: ${first} has no --${flag} ("${line}")`).toBe(true)
      }
    }
  })

  it.each(
    COMMANDS.map((c) => c.spec).filter((s) => s.notes?.some((n) => n.startsWith('Exit codes:'))),
  )('states the exit codes of $name exactly as its --help does', (spec) => {
    const note = spec.notes?.find((n) => n.startsWith('Exit codes:')) as string
    expect(section(CLI_PAGE, 'Command line')).toContain(note.replace(/^Exit codes: /, ''))
  })
})

describe('README workflows', () => {
  /** A workflow file without its leading comment block. */
  const body = (text: string) => text.replace(/^(#.*\n)+/, '').trim()
  const blocks = [...(README + WORKFLOWS_PAGE).matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) =>
    (m[1] as string).trim(),
  )

  it('the full workflow is examples/workflows/evv.yml, word for word', () => {
    expect(blocks).toContain(body(read('examples/workflows/evv.yml')))
  })

  it('the matrix workflow is examples/workflows/matrix.yml, word for word', () => {
    expect(blocks).toContain(body(read('examples/workflows/matrix.yml')))
  })

  it('every workflow shown asks for the four permissions the proof needs, for each job that tests', () => {
    const FOUR = { contents: 'read', issues: 'write', 'pull-requests': 'write', checks: 'write' }
    type Job = { permissions?: Record<string, string>; steps: { uses?: string }[] }
    type Workflow = { permissions: Record<string, string>; jobs: Record<string, Job> }
    const workflows = [
      ...blocks.filter((b) => /^jobs:/m.test(b)),
      read('examples/workflows/hub.yml'),
      read('examples/workflows/evv.yml'),
      read('examples/workflows/matrix.yml'),
    ]
    for (const w of workflows) {
      const { permissions, jobs } = parse(w) as Workflow
      for (const job of Object.values(jobs)) {
        const uses = job.steps.map((st) => st.uses ?? '')
        const need = uses.some((u) => /^HealthRT\/resilient-test-runner@/.test(u))
          ? FOUR
          : uses.some((u) => u.startsWith('HealthRT/resilient-test-runner/plan@'))
            ? { contents: 'read' }
            : undefined
        if (need) expect(job.permissions ?? permissions).toEqual(need)
      }
    }
  })

  it('uses the action at its major tag', () => {
    for (const w of [
      README,
      WORKFLOWS_PAGE,
      read('examples/workflows/hub.yml'),
      read('examples/workflows/evv.yml'),
      read('examples/workflows/matrix.yml'),
    ])
      expect(w).toMatch(/uses: HealthRT\/resilient-test-runner@v1\n/)
  })
})

describe('links in the docs', () => {
  const files = [
    'README.md',
    ...REFERENCE,
    'docs/benchmarks.md',
    'CONTRIBUTING.md',
    'CHANGELOG.md',
    'docs/example-comment.md',
    'docs/onboarding.md',
    'docs/work-order-template.md',
    'examples/README.md',
    'test/fixtures/schemas/README.md',
  ]

  it.each(files)('%s: every relative link points at a file of the repository', (file) => {
    const text = read(file).replace(/```[\s\S]*?```/g, '')
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = (m[1] as string).split('#')[0] as string
      if (target === '' || /^[a-z]+:/i.test(target)) continue
      expect(existsSync(join(ROOT, dirname(file), target)), `${file} -> ${target}`).toBe(true)
    }
  })

  it('the README links the example comment and the benchmarks', () => {
    expect(README).toContain('](docs/example-comment.md)')
    expect(README).toContain('](docs/benchmarks.md)')
    expect(README).toContain('](docs/onboarding.md)')
    expect(README).toContain('](docs/work-order-template.md)')
    for (const page of REFERENCE) expect(README).toContain(`](${page})`)
  })

  it('the README is the front page: the reference lives in docs/', () => {
    expect(README.split('\n').length).toBeLessThan(300)
    for (const title of ['Inputs', 'Outputs', 'Quick start', 'Use it in a workflow'])
      expect(section(README, title).length).toBeGreaterThan(0)
  })
})
