// publishRun against the fake GitHub: what the API receives, request by request.
import { describe, expect, it } from 'vitest'
import { publishRun } from '../../../src/github/publish-run.js'
import { bodyOf, deps, TOKEN, useFakeGitHub } from './harness.js'
import { ctx, HEAD_SHA, passedProof, prCtx, proof, settings } from './fixtures.js'

const t = useFakeGitHub()
const COMMENTS = /^\/repos\/healthrt\/hub\/issues\/(\d+)\/comments$/

describe('publishRun', () => {
  it('pull request: a comment with the proof and a check run on the head sha', async () => {
    const d = deps(t.fake)
    const res = await publishRun(
      { settings: settings(), context: prCtx(7, 'no links'), proof: proof() },
      d,
    )
    const [post] = t.fake.requestsTo('POST', COMMENTS)
    expect(post?.path).toBe('/repos/healthrt/hub/issues/7/comments')
    expect(post?.rawPath).toBe('/api/v3/repos/healthrt/hub/issues/7/comments') // GITHUB_API_URL respected
    expect(post?.headers.authorization).toBe(`token ${TOKEN}`)
    const body = bodyOf(post as { body: unknown })
    expect(body.split('\n')[0]).toBe(
      '<!-- resilient-test-runner:v1 job=odoo-tests modules=traction project=hub-agent-test-20250101t000000z-987654-1-abcd -->',
    )
    expect(body).toContain('### ❌ Odoo tests failed: <code>traction</code>')
    expect(body).toContain('| 41 | 1 | 0 | 0 | 42 |')
    expect(body).toContain(
      '<code>TestTraction1.test_case_1</code> at <code>addons/traction/tests/test_traction.py:11</code>: AssertionError: 1 != 2',
    )
    expect(body).toContain('Modules loaded.')
    expect(body).toContain('_Pending: the post step')
    expect(res.commentUrl).toBe(
      `https://github.example/o/r/issues/7#issuecomment-${t.fake.comments[0]?.id}`,
    )

    const [check] = t.fake.requestsTo('POST', /\/check-runs$/)
    expect(check?.body).toMatchObject({
      name: 'Odoo tests (traction)',
      head_sha: HEAD_SHA,
      status: 'completed',
      conclusion: 'failure',
      completed_at: '2025-01-01T12:00:00.000Z',
      started_at: '2025-01-01T11:58:36.600Z',
      details_url: 'https://github.com/healthrt/hub/actions/runs/987654',
      output: {
        title: '41 passed, 1 failed, 0 errors, 0 skipped',
        annotations: [
          {
            path: 'addons/traction/tests/test_traction.py',
            start_line: 11,
            end_line: 11,
            annotation_level: 'failure',
            message: 'AssertionError: 1 != 2',
            title: 'TestTraction1.test_case_1',
          },
        ],
      },
    })
    const output = (check?.body as { output: { summary: string; text: string } }).output
    expect(output.summary).toContain('### ❌ Odoo tests failed')
    expect(output.summary).not.toContain('#### Log tail')
    expect(output.text).toContain('#### Log tail')
    expect(res.checkRunUrl).toBe(`https://github.example/o/r/runs/${t.fake.checkRuns[0]?.id}`)
    expect(res.state).toMatchObject({
      checkRunId: t.fake.checkRuns[0]?.id,
      comments: [{ issue: 7, kind: 'pull-request' }],
    })
    expect(res.warnings).toEqual([])
  })

  it('a passed run concludes success', async () => {
    await publishRun(
      { settings: settings(), context: prCtx(7), proof: passedProof() },
      deps(t.fake),
    )
    expect(t.fake.checkRuns[0]?.conclusion).toBe('success')
  })

  it('the issue a pull request closes gets the comment too', async () => {
    const res = await publishRun(
      {
        settings: settings(),
        context: prCtx(7, 'Implements the runner.\n\nCloses #3'),
        proof: proof(),
      },
      deps(t.fake),
    )
    const posts = t.fake.requestsTo('POST', COMMENTS)
    expect(posts.map((r) => r.path)).toEqual([
      '/repos/healthrt/hub/issues/7/comments',
      '/repos/healthrt/hub/issues/3/comments',
    ])
    expect(bodyOf(posts[1] as { body: unknown })).toBe(bodyOf(posts[0] as { body: unknown }))
    expect(res.state.comments.map((c) => c.issue)).toEqual([7, 3])
  })

  it('push: the open issue named by the branch work order, found over several pages', async () => {
    t.fake.maxPerPage = 2
    t.fake.issues = [
      { number: 1, title: 'unrelated' },
      { number: 2, title: 'SYSTEM-002-CODE-02 (pull request)', pullRequest: true },
      { number: 3, title: 'SYSTEM-002-CODE-01 other' },
      { number: 4, title: 'old SYSTEM-002-CODE-02', state: 'closed' },
      { number: 5, title: 'also unrelated' },
      { number: 6, title: 'SYSTEM-002-CODE-02: hub resilient test runner' },
    ]
    const res = await publishRun(
      { settings: settings(), context: ctx(), proof: proof() },
      deps(t.fake),
    )
    const lists = t.fake.requestsTo('GET', /^\/repos\/healthrt\/hub\/issues$/)
    expect(lists).toHaveLength(3)
    expect(lists.every((r) => r.query.get('state') === 'open')).toBe(true)
    expect(t.fake.requestsTo('POST', COMMENTS).map((r) => r.path)).toEqual([
      '/repos/healthrt/hub/issues/6/comments',
    ])
    expect(res.state.targets).toEqual([{ number: 6, kind: 'issue', source: 'work-order' }])
  })

  it('issue_comment on a pull request: the body is read from the API for its linked issues', async () => {
    t.fake.pulls.set(7, { body: 'Fixes #21', headSha: HEAD_SHA })
    const context = prCtx(7, null, { eventName: 'issue_comment' })
    await publishRun({ settings: settings(), context, proof: proof() }, deps(t.fake))
    expect(t.fake.requestsTo('GET', /\/pulls\/7$/)).toHaveLength(1)
    expect(t.fake.requestsTo('POST', COMMENTS).map((r) => r.path)).toEqual([
      '/repos/healthrt/hub/issues/7/comments',
      '/repos/healthrt/hub/issues/21/comments',
    ])
  })

  it('no target: a notice in the log and the summary, no comment request', async () => {
    const d = deps(t.fake)
    const res = await publishRun(
      { settings: settings(), context: ctx({ branch: 'main' }), proof: proof() },
      d,
    )
    expect(t.fake.requestsTo('POST', COMMENTS)).toEqual([])
    expect(t.fake.requests.filter((r) => /issues/.test(r.path))).toEqual([])
    expect(d.logged.notice[0]).toMatch(/^No issue or pull request to comment on/)
    expect(res.summary).toContain('> [!NOTE]\n> No issue or pull request to comment on')
    expect(res.commentUrl).toBeNull()
    expect(res.checkRunUrl).not.toBeNull()
  })

  it.each([
    ['never', 'failed', 0],
    ['on-failure', 'passed', 0],
    ['on-failure', 'failed', 1],
  ] as const)('comment: %s on a %s run -> %i comment(s)', async (policy, result, n) => {
    const p = result === 'passed' ? passedProof() : proof()
    await publishRun(
      { settings: settings({ comment: policy }), context: prCtx(7), proof: p },
      deps(t.fake),
    )
    expect(t.fake.requestsTo('POST', COMMENTS)).toHaveLength(n)
  })

  it('check-run: false sends no check run', async () => {
    await publishRun(
      { settings: settings({ checkRun: false }), context: prCtx(7), proof: proof() },
      deps(t.fake),
    )
    expect(t.fake.requests.filter((r) => r.path.includes('check-runs'))).toEqual([])
  })
})
