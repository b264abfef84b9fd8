// Two runs of the same module at the same time on one engine: different
// projects, different ports, both pass, nothing left.
import { afterEach, expect, it } from 'vitest'
import { expectNothingLeft, runActionCase, type CaseResult } from '../helpers/action-case.js'
import { forceRemovePrefix } from '../helpers/docker.js'

let runs: CaseResult[] = []
afterEach(() => runs.forEach((r) => forceRemovePrefix(r.prefix)))

it('two runs of one module at once get their own project and port', async () => {
  runs = await Promise.all([
    runActionCase('par-a', 'demo_pass'),
    runActionCase('par-b', 'demo_pass'),
  ])
  const [a, b] = runs as [CaseResult, CaseResult]
  for (const r of runs) {
    expect(r.main.code, r.main.stdout).toBe(0)
    expect(r.outputs.result).toBe('passed')
    expect(r.post.code).toBe(0)
  }
  expect(a.project).not.toBe(b.project)
  expect(a.outputs.port).not.toBe(b.outputs.port)
  for (const r of runs) expectNothingLeft(r.prefix, r.project)
})
