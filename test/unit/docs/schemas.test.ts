// action.yml and every workflow we ship or show validate against SchemaStore's
// JSON schemas for GitHub actions and workflows (draft-07, shipped as test
// data in test/fixtures/schemas/, see the README there): a typo in a key, an
// input that is not a string, a `working-directory` on a `uses:` step, or a
// runtime GitHub does not know fails here, offline, before GitHub sees it.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const ROOT = resolve(import.meta.dirname, '../../..')
const SCHEMAS = join(ROOT, 'test/fixtures/schemas')
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv

function compile(file: string): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  return ajv.compile(readJson(join(SCHEMAS, file)))
}

const validateAction = compile('github-action.json')
const validateWorkflow = compile('github-workflow.json')

/** YAML 1.2 (the `yaml` default): `on:` stays the string "on", as GitHub reads it. */
const load = (path: string): unknown => parse(readFileSync(join(ROOT, path), 'utf8'))

function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('\n')
}

const yamlIn = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `${dir}/${f}`)

const WORKFLOWS = [...yamlIn('.github/workflows'), ...yamlIn('examples/workflows')]

describe('the schemas themselves', () => {
  it.each(['github-action.json', 'github-workflow.json'])('%s is a draft-07 schema', (file) => {
    const schema = readJson(join(SCHEMAS, file))
    expect(schema.$schema).toMatch(/^http:\/\/json-schema\.org\/draft-07\/schema#?$/)
    expect(schema.$id).toBe(`https://json.schemastore.org/${file}`)
  })

  it('know the node24 runtime action.yml uses', () => {
    expect(
      validateAction({ name: 'x', description: 'y', runs: { using: 'node24', main: 'a.js' } }),
    ).toBe(true)
  })

  it('reject what GitHub rejects (so a pass means something)', () => {
    const bad = [
      { name: 'x', description: 'y', runs: { using: 'node99', main: 'a.js' } },
      { name: 'x', description: 'y', runs: { using: 'node24' } },
      { name: 'x', description: 'y', runs: { using: 'node24', main: 'a.js' }, input: {} },
    ]
    for (const doc of bad) expect(validateAction(doc), JSON.stringify(doc)).toBe(false)
    const step = { uses: './', 'working-directory': 'examples' }
    expect(
      validateWorkflow({ on: 'push', jobs: { a: { 'runs-on': 'ubuntu-latest', steps: [step] } } }),
    ).toBe(false)
    expect(validateWorkflow({ on: 'push', jobs: { a: { steps: [{ run: 'true' }] } } })).toBe(false)
  })
})

const ACTIONS = [
  'action.yml',
  'plan/action.yml',
  ...readdirSync(join(ROOT, '.github/actions')).map((d) => `.github/actions/${d}/action.yml`),
]

describe('actions', () => {
  it.each(ACTIONS)('%s validates against the GitHub action schema', (file) => {
    const ok = validateAction(load(file))
    expect(ok, errorsOf(validateAction)).toBe(true)
  })
})

describe('workflows', () => {
  it('include the CI, the self-test and the hub and evv examples', () => {
    expect(WORKFLOWS).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/self-test.yml',
        'examples/workflows/hub.yml',
        'examples/workflows/evv.yml',
      ]),
    )
  })

  it.each(WORKFLOWS)('%s validates against the GitHub workflow schema', (file) => {
    const ok = validateWorkflow(load(file))
    expect(ok, errorsOf(validateWorkflow)).toBe(true)
  })

  // The workflows shown in the README and docs/workflows.md (fenced yaml blocks with `jobs:`) too.
  const readme = ['README.md', 'docs/workflows.md']
    .map((f) => readFileSync(join(ROOT, f), 'utf8'))
    .join('\n')
  const shown = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)]
    .map((m) => m[1] as string)
    .filter((block) => /^jobs:/m.test(block))

  it('the README shows at least the minimal and the full workflow', () => {
    expect(shown.length).toBeGreaterThanOrEqual(2)
  })

  it.each(shown.map((block, i) => [i + 1, block] as const))(
    'README workflow #%i validates against the GitHub workflow schema',
    (_i, block) => {
      const ok = validateWorkflow(parse(block))
      expect(ok, errorsOf(validateWorkflow)).toBe(true)
    },
  )
})
