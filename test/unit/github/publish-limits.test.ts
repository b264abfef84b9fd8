// publishRun against the fake GitHub: GitHub's size limits.
import { describe, expect, it } from 'vitest'
import { publishRun } from '../../../src/github/publish-run.js'
import { LIMITS } from '../../../src/github/render-proof.js'
import { bodyOf, deps, useFakeGitHub } from './harness.js'
import { failure, prCtx, proof, settings } from './fixtures.js'

const t = useFakeGitHub()
const COMMENTS = /^\/repos\/healthrt\/hub\/issues\/(\d+)\/comments$/

describe('publishRun within limits', () => {
  it('a body over the limit is cut under 65,536 characters and says how much', async () => {
    const log = Array.from(
      { length: 100_000 },
      (_, i) => `2025-01-01 INFO odoo.tests: line ${i} | <x> & \`\`\``,
    ).join('\n')
    const failures = Array.from({ length: 400 }, (_, i) =>
      failure(i, { traceback: 'x\n'.repeat(2000) }),
    )
    const big = proof({
      failures,
      tests: { passed: 0, failed: 400, errors: 0, skipped: 0, total: 400 },
      log: { text: log, totalBytes: 5_000_000 },
    })
    const res = await publishRun(
      { settings: settings(), context: prCtx(7), proof: big },
      deps(t.fake),
    )
    const body = bodyOf(t.fake.requestsTo('POST', COMMENTS)[0] as { body: unknown })
    expect(body.length).toBeLessThan(LIMITS.commentApi)
    expect(body.length).toBeLessThanOrEqual(LIMITS.comment)
    expect(body).toMatch(
      /Showing the last [\d,]+ lines \([\d.]+ KB\) of 4\.8 MB: 4\.\d MB cut\. Full log: <code>proof_of_execution_tests\.log<\/code>/,
    )
    expect(body).toContain('line 99999 | <x> & ```\n````') // raw log end inside a longer fence
    const check = t.fake.requestsTo('POST', /\/check-runs$/)[0]?.body as {
      output: { summary: string; text: string }
    }
    expect(check.output.summary.length).toBeLessThanOrEqual(LIMITS.checkRunApi)
    expect(check.output.text.length).toBeLessThanOrEqual(LIMITS.checkRunApi)
    expect(res.summary.length).toBeLessThanOrEqual(LIMITS.summary)
  })

  it('120 failing tests: 120 annotations in 3 requests of 50, 50 and 20', async () => {
    const failures = Array.from({ length: 120 }, (_, i) => failure(i))
    const p = proof({
      failures,
      tests: { passed: 0, failed: 120, errors: 0, skipped: 0, total: 120 },
    })
    await publishRun(
      { settings: settings({ comment: 'never' }), context: prCtx(7), proof: p },
      deps(t.fake),
    )
    const calls = t.fake.requests.filter((r) => r.path.includes('check-runs'))
    expect(calls.map((r) => r.method)).toEqual(['POST', 'PATCH', 'PATCH'])
    const sizes = calls.map(
      (r) => (r.body as { output: { annotations: unknown[] } }).output.annotations.length,
    )
    expect(sizes).toEqual([50, 50, 20])
    const lines = t.fake.checkRuns[0]?.annotations.map(
      (a) => (a as { start_line: number }).start_line,
    )
    expect(lines).toEqual(failures.map((f) => f.location?.line))
    for (const r of calls.slice(1))
      expect(r.body).toMatchObject({
        output: { title: expect.any(String), summary: expect.any(String) },
      })
  })
})
