// Forks, flaky servers and secrets: reporting problems never change the verdict
// and nothing secret leaves the machine.
import { describe, expect, it } from 'vitest'
import { publishRun } from '../../../src/github/publish-run.js'
import { createRedactor } from '../../../src/github/redact.js'
import { buildReport } from '../../../src/verdict/report.js'
import { INTEGRATION_403 } from '../../helpers/fake-github.js'
import { bodyOf, deps, TOKEN, useFakeGitHub } from './harness.js'
import { failure, prCtx, proof, settings } from './fixtures.js'

const t = useFakeGitHub()

describe('publishRun safety', () => {
  it('a fork token (403 on every write): warnings name the permissions, nothing throws', async () => {
    t.fake.readOnlyToken()
    const d = deps(t.fake)
    const res = await publishRun(
      { settings: settings(), context: prCtx(7, 'Closes #3'), proof: proof() },
      d,
    )
    expect(res.commentUrl).toBeNull()
    expect(res.checkRunUrl).toBeNull()
    expect(res.state.comments).toEqual([])
    expect(res.warnings).toHaveLength(3)
    expect(res.warnings[0]).toMatch(
      /^Could not create or update the check run: GitHub answered 403 "Resource not accessible by integration"\. The token lacks the `checks: write` permission/,
    )
    expect(res.warnings[1]).toMatch(
      /^Could not comment on pull request #7: .*`pull-requests: write`.*forks always get a read-only token\. The test verdict is not affected\.$/,
    )
    expect(res.warnings[2]).toMatch(/^Could not comment on issue #3: .*`issues: write`/)
    expect(d.logged.warning).toEqual(res.warnings)
    expect(res.summary).toContain('`checks: write`'.replace(/`/g, '&#96;'))
    // 403 is not retried: one request per write.
    expect(t.fake.writes()).toHaveLength(3)
  })

  it('a 403 on the second annotation chunk keeps the check run and says what is missing', async () => {
    t.fake.fail({ method: 'PATCH', path: /check-runs/, status: 403, body: INTEGRATION_403 })
    const failures = Array.from({ length: 60 }, (_, i) => failure(i))
    const res = await publishRun(
      { settings: settings({ comment: 'never' }), context: prCtx(7), proof: proof({ failures }) },
      deps(t.fake),
    )
    expect(res.checkRunUrl).not.toBeNull()
    expect(res.warnings[1]).toBe('Only 50 of 60 annotations reached the check run.')
  })

  it('a 500 then success: retried, the comment is posted, quickly', async () => {
    t.fake.fail({ method: 'POST', path: /\/comments$/, status: 500, times: 1 })
    t.fake.fail({ method: 'POST', path: /\/check-runs$/, status: 502, times: 2 })
    const started = Date.now()
    const res = await publishRun(
      { settings: settings(), context: prCtx(7), proof: proof() },
      deps(t.fake),
    )
    expect(Date.now() - started).toBeLessThan(2000)
    expect(res.warnings).toEqual([])
    expect(res.commentUrl).not.toBeNull()
    expect(t.fake.requestsTo('POST', /\/comments$/)).toHaveLength(2)
    expect(t.fake.requestsTo('POST', /\/check-runs$/)).toHaveLength(3)
    expect(t.fake.comments).toHaveLength(1)
  })

  it('a server that keeps failing: a warning after the retries, no throw', async () => {
    t.fake.fail({ method: 'POST', path: /\/comments$/, status: 500 })
    const res = await publishRun(
      { settings: settings({ checkRun: false }), context: prCtx(7), proof: proof() },
      deps(t.fake),
    )
    expect(t.fake.requestsTo('POST', /\/comments$/)).toHaveLength(4)
    expect(res.warnings[0]).toMatch(/^Could not comment on pull request #7: GitHub answered 500/)
  })

  it('secrets in the log are redacted in the comment, the check run, the summary and the report', async () => {
    const ghp = `ghp_${'Zz9'.repeat(12)}`
    const env = { DB_PASSWORD: 'pg-pass-1234', ODOO_VERSION: 'visible-value' }
    const redactor = createRedactor({ secrets: [TOKEN], env })
    const leaky = [
      `token=${TOKEN}`,
      `password is pg-pass-1234`,
      `pat ${ghp}`,
      'keep visible-value',
    ].join('\n')
    const p = proof({
      log: { text: `${leaky}\n`, totalBytes: leaky.length + 1 },
      reasons: [`Environment error: login failed with ${ghp}`],
      failures: [failure(1, { exceptionLine: `AssertionError: pg-pass-1234`, traceback: leaky })],
    })
    const res = await publishRun(
      { settings: settings(), context: prCtx(7), proof: p },
      deps(t.fake, { redactor }),
    )
    const sent = t.fake.writes().map((r) => JSON.stringify(r.body))
    const report = JSON.stringify(
      redactor.redactJson(
        buildReport({
          verdict: {
            result: 'failed',
            reasons: p.reasons,
            tests: p.tests ?? { passed: 0, failed: 0, errors: 0, skipped: 0, total: 0 },
          },
          summary: null,
          workingDir: '.',
          exitCode: 1,
          durationS: 1,
          modules: ['traction'],
        }),
      ),
    )
    for (const text of [...sent, res.summary, report]) {
      expect(text).not.toContain(TOKEN)
      expect(text).not.toContain('pg-pass-1234')
      expect(text).not.toContain(ghp)
    }
    const body = bodyOf(t.fake.requestsTo('POST', /\/comments$/)[0] as { body: unknown })
    expect(body).toContain('token=***')
    expect(body).toContain('password is ***')
    expect(body).toContain('keep visible-value')
    expect(res.summary).toContain('login failed with ***')
    expect(t.fake.checkRuns[0]?.annotations[0]).toMatchObject({ message: 'AssertionError: ***' })
    expect(report).toContain('login failed with ***')
  })

  it('no token: nothing is sent, a warning says so, the summary is still there', async () => {
    const d = { ...deps(t.fake), api: null }
    const res = await publishRun({ settings: settings(), context: prCtx(7), proof: proof() }, d)
    expect(t.fake.requests).toEqual([])
    expect(res.warnings).toEqual([
      'github-token is empty: no comment and no check run were posted.',
    ])
    expect(res.summary).toContain('### ❌ Odoo tests failed')
  })
})
