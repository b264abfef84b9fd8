// Broken environments: each a clear error, and nothing left behind.
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { expectNothingLeft, runActionCase, type CaseResult } from '../helpers/action-case.js'
import { forceRemovePrefix } from '../helpers/docker.js'
import { ROOT } from '../helpers/gha-runner.js'

let current: CaseResult | undefined
afterEach(() => current && forceRemovePrefix(current.prefix))
const broken = (f: string) => join(ROOT, 'test/fixtures/broken', f)

it.each<{ what: string; extra: Record<string, string>; env: Record<string, string>; says: RegExp }>(
  [
    {
      what: 'a compose file with a syntax error',
      extra: { 'compose-file': broken('syntax-error.yml') },
      env: {},
      says: /could not be loaded: .*yaml/is,
    },
    {
      what: 'a missing image',
      extra: { 'compose-file': broken('missing-image.yml') },
      env: {},
      says: /docker compose up failed.*(No such image|not found)/is,
    },
    {
      what: 'a tested service that exits 0 at start',
      extra: {},
      env: { FIXTURE_HEALTH: 'exit0' },
      says: /exited with code 0 right after starting/,
    },
  ],
)('$what: a clear error, nothing left', async ({ extra, env, says }) => {
  const c = (current = await runActionCase('env', 'demo_pass', extra, env))
  expect(c.main.code).toBe(1)
  expect(c.outputs.result).toBe('error')
  expect(c.main.stdout).toMatch(says)
  expect(c.post.code, c.post.stdout).toBe(0)
  expectNothingLeft(c.prefix, c.project)
})
