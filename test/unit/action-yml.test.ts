// action.yml is the contract with workflows: every input and output the code
// reads or sets is declared there, documented, and nothing declared is dead.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Input, Output, PlanInput, PlanOutput } from '../../src/constants.js'

const ROOT = join(import.meta.dirname, '../..')
const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8')
const planYml = readFileSync(join(ROOT, 'plan/action.yml'), 'utf8')

/** Keys at two spaces of indent under a top-level section, with their blocks. */
function section(name: string, text = yml): Map<string, string> {
  const body = new RegExp(`^${name}:\\n([\\s\\S]*?)(?=^\\S)`, 'm').exec(text)?.[1] ?? ''
  const out = new Map<string, string>()
  for (const m of body.matchAll(/^ {2}([a-z0-9-]+):\n((?: {4}.*\n?)*)/gm))
    out.set(m[1] as string, m[2] as string)
  return out
}

describe('action.yml', () => {
  const inputs = section('inputs')
  const outputs = section('outputs')

  it('declares exactly the inputs in src/constants.ts', () =>
    expect([...inputs.keys()].sort()).toEqual(Object.values(Input).sort()))
  it('declares exactly the outputs in src/constants.ts', () =>
    expect([...outputs.keys()].sort()).toEqual(Object.values(Output).sort()))

  it.each([...section('inputs')])(
    'input %s has a description and a default (or is required)',
    (_name, block) => {
      expect(block).toMatch(/description:/)
      expect(block).toMatch(/required: true|default:/)
    },
  )

  it('runs on node24 with a post step that always runs', () => {
    expect(yml).toMatch(/using: node24/)
    expect(yml).toMatch(/main: dist\/main\/index\.js/)
    expect(yml).toMatch(/post: dist\/post\/index\.js/)
    expect(yml).toMatch(/post-if: always\(\)/)
  })
})

describe('plan/action.yml (the second action: uses: HealthRT/resilient-test-runner/plan@v1)', () => {
  const inputs = section('inputs', planYml)

  it('declares exactly the plan inputs and outputs in src/constants.ts', () => {
    expect([...inputs.keys()].sort()).toEqual(Object.values(PlanInput).sort())
    expect([...section('outputs', planYml).keys()].sort()).toEqual(Object.values(PlanOutput).sort())
  })

  it.each([...inputs])('input %s has a description and a default', (_name, block) => {
    expect(block).toMatch(/description:/)
    expect(block).toMatch(/default:/)
  })

  it('runs the committed dist/plan bundle on node24', () => {
    expect(planYml).toMatch(/using: node24/)
    const main = /main: (\S+)/.exec(planYml)?.[1] as string
    expect(main).toBe('../dist/plan/index.js')
    expect(existsSync(join(ROOT, 'plan', main))).toBe(true)
  })
})
