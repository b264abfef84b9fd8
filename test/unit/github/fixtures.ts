// Shared inputs of the GitHub reporting tests: a run context, a proof, failures.
import type { CleanupReport } from '../../../src/engine/teardown.js'
import type { RunContext } from '../../../src/github/context.js'
import type { GithubSettings } from '../../../src/github/settings.js'
import { parseGithubSettings } from '../../../src/github/settings.js'
import type { ProofInput } from '../../../src/github/types.js'
import type { TestFailure } from '../../../src/odoo-log/types.js'

export const HEAD_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'

export function ctx(over: Partial<RunContext> = {}): RunContext {
  return {
    owner: 'healthrt',
    repo: 'hub',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    runId: '987654',
    runAttempt: '1',
    job: 'odoo-tests',
    eventName: 'push',
    sha: HEAD_SHA,
    branch: 'feature/SYSTEM-002-CODE-02-hub-resilient-test-runner',
    issue: null,
    pullRequestBody: null,
    ...over,
  }
}

export const prCtx = (number: number, body: string | null = '', over: Partial<RunContext> = {}) =>
  ctx({
    eventName: 'pull_request',
    issue: { number, isPullRequest: true },
    pullRequestBody: body,
    ...over,
  })

export function failure(i: number, over: Partial<TestFailure> = {}): TestFailure {
  return {
    kind: 'FAIL',
    module: 'traction',
    className: `TestTraction${i}`,
    method: `test_case_${i}`,
    subtest: null,
    logger: 'odoo.addons.traction.tests.test_traction',
    firstLine: 'Traceback (most recent call last):',
    lastLine: `AssertionError: ${i} != ${i + 1}`,
    exceptionLine: `AssertionError: ${i} != ${i + 1}`,
    traceback: [
      'Traceback (most recent call last):',
      `  File "/mnt/extra-addons/traction/tests/test_traction.py", line ${10 + i}, in test_case_${i}`,
      `    self.assertEqual(${i}, ${i + 1})`,
      `AssertionError: ${i} != ${i + 1}`,
    ].join('\n'),
    tracebackOmittedLines: 0,
    location: { file: 'addons/traction/tests/test_traction.py', line: 10 + i },
    logLine: 100 + i,
    ...over,
  }
}

export function proof(over: Partial<ProofInput> = {}): ProofInput {
  return {
    result: 'failed',
    reasons: ['The log reports 1 failed test and 0 test errors (of 42 tests run).'],
    modules: ['traction'],
    tests: { passed: 41, failed: 1, errors: 0, skipped: 0, total: 42 },
    failures: [failure(1)],
    project: 'hub-agent-test-20250101t000000z-987654-1-abcd',
    durationMs: 83_400,
    exitCode: 1,
    log: { text: 'line 1\nline 2\n2025-01-01 INFO odoo: Modules loaded.\n', totalBytes: 48 },
    logFile: 'proof_of_execution_tests.log',
    artifact: 'proof-of-execution',
    ...over,
  }
}

export const passedProof = (over: Partial<ProofInput> = {}) =>
  proof({
    result: 'passed',
    reasons: [],
    tests: { passed: 42, failed: 0, errors: 0, skipped: 0, total: 42 },
    failures: [],
    exitCode: 0,
    ...over,
  })

export const settings = (over: Partial<GithubSettings> = {}): GithubSettings => ({
  ...parseGithubSettings({ githubToken: 'test-token' }),
  ...over,
})

export function cleanup(over: Partial<CleanupReport> = {}): CleanupReport {
  return {
    project: 'hub-agent-test-20250101t000000z-987654-1-abcd',
    before: {
      containers: ['hub-agent-test-x-odoo-1', 'hub-agent-test-x-db-1'],
      networks: ['hub-agent-test-x_default'],
      volumes: ['hub-agent-test-x_data'],
    },
    after: { containers: [], networks: [], volumes: [] },
    forced: [],
    nameMatches: [],
    verified: true,
    warnings: [],
    ...over,
  }
}

export const dirtyCleanup = () =>
  cleanup({
    after: { containers: ['hub-agent-test-x-odoo-1'], networks: [], volumes: [] },
    nameMatches: ['hub-agent-test-x-odoo-1'],
    verified: false,
  })
