// Shared shape of an end-to-end action case: inputs for the fixture project,
// main then post as the runner runs them, and the leftover check.
import { join } from 'node:path'
import { expect } from 'vitest'
import { NOTHING, prefixLeftovers, projectLeftovers, uniquePrefix } from './docker.js'
import { GhaJob, ROOT, type StepResult } from './gha-runner.js'

export const FIXTURE_COMPOSE = join(ROOT, 'test/fixtures/compose.test.yml')

export function fixtureInputs(
  module: string,
  prefix: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    module,
    'project-prefix': prefix,
    'compose-file': FIXTURE_COMPOSE,
    'port-range': '8090-8100',
    'health-timeout': '120',
    'down-timeout': '1',
    ...extra,
  }
}

export interface CaseResult {
  job: GhaJob
  prefix: string
  main: StepResult
  post: StepResult
  outputs: Record<string, string>
  project: string | undefined
}

export async function runActionCase(
  tag: string,
  module: string,
  extra: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<CaseResult> {
  const prefix = uniquePrefix(tag)
  const job = new GhaJob(fixtureInputs(module, prefix, extra), env)
  const main = await job.run('main')
  const post = await job.run('post') // post-if: always()
  return { job, prefix, main, post, outputs: job.outputs(), project: job.project() }
}

/** Zero containers, networks and volumes of the project (by label) and of the prefix (by name). */
export function expectNothingLeft(prefix: string, project: string | undefined): void {
  if (project) expect(projectLeftovers(project)).toEqual(NOTHING)
  expect(prefixLeftovers(prefix)).toEqual(NOTHING)
}
