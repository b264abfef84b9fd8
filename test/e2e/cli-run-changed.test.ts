// `run --changed-since` end to end on the fixture images: a git repository
// whose addons are named after the stand-in's scenarios; the modules the plan
// lists are tested one after another, each in a project of its own, and the
// exit code is the worst. Nothing is left behind.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { GitRepo } from '../helpers/git-fixture.js'
import { afterCase, CliCase, parseJson } from './cli-harness.js'

let current: CliCase | undefined
afterEach(() => afterCase(current))

interface RunChangedJson {
  modules: string[]
  matrix: { module: string[] }
  reasons: Record<string, string>
  runs: Record<
    string,
    { project: string; result: string; log_file: string; cleanup: { verified: boolean } }
  >
}

describe('run --changed-since', () => {
  it('tests the changed addon and its dependent, not the others; exit code is the worst', async () => {
    const c = (current = new CliCase('run-changed'))
    const repo = new GitRepo(c.dir).init()
    repo.write({
      'addons/demo_pass/__manifest__.py': "{'depends': ['base']}\n",
      'addons/demo_fail/__manifest__.py': "{'depends': ['demo_pass']}\n",
      'addons/demo_crash/__manifest__.py': "{'depends': ['base']}\n",
    })
    const base = repo.commit('base')
    repo.write({ 'addons/demo_pass/models.py': 'x = 1\n' })
    repo.commit('change demo_pass')

    const r = await c.run(['run', '--changed-since', base, ...c.create, '--json'])
    expect(r.code, r.stderr).toBe(1) // demo_pass passes, demo_fail fails: the worst is 1
    const json = parseJson<RunChangedJson>(r)
    expect(json.modules).toEqual(['demo_fail', 'demo_pass'])
    expect(json.reasons.demo_fail).toBe('depends on demo_pass (changed)')
    expect(json.runs.demo_fail).toMatchObject({ result: 'failed', cleanup: { verified: true } })
    expect(json.runs.demo_pass).toMatchObject({ result: 'passed', cleanup: { verified: true } })
    // One project each, one after another, and a proof log each.
    expect(json.runs.demo_fail?.project).not.toBe(json.runs.demo_pass?.project)
    expect(json.runs.demo_pass?.log_file).toBe(`${c.dir}/proof_of_execution_tests.demo_pass.log`)
    expect(readFileSync(json.runs.demo_fail?.log_file as string, 'utf8')).toContain(
      'FAIL: TestDemo.test_two',
    )
    expect(readFileSync(json.runs.demo_pass?.log_file as string, 'utf8')).not.toContain('FAIL:')
    expect(r.stderr).toContain('Exit codes: demo_fail 1, demo_pass 0; worst 1.')
    for (const run of Object.values(json.runs)) c.expectNothingLeft(run.project)
  })

  it('nothing changed in an addon: no run, exit 0', async () => {
    const c = (current = new CliCase('run-changed-none'))
    const repo = new GitRepo(c.dir).init()
    repo.write({ 'addons/demo_pass/__manifest__.py': "{'depends': ['base']}\n" })
    const base = repo.commit('base')
    repo.write({ 'README.md': 'docs\n' })
    repo.commit('docs only')
    const r = await c.run(['run', '--changed-since', base, ...c.create])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout + r.stderr).toContain('No module selected: nothing to test.')
    c.expectNothingLeft()
  })
})
