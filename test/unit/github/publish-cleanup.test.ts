// comment-mode update and the post step against the fake GitHub.
import { describe, expect, it } from 'vitest'
import { renderMarker } from '../../../src/github/marker.js'
import { publishCleanup } from '../../../src/github/publish-cleanup.js'
import { publishRun } from '../../../src/github/publish-run.js'
import { createRedactor } from '../../../src/github/redact.js'
import { parsePublishState, serializePublishState } from '../../../src/github/state.js'
import { GITHUB_ACTIONS_BOT } from '../../helpers/fake-github.js'
import { deps, useFakeGitHub } from './harness.js'
import { cleanup, dirtyCleanup, passedProof, prCtx, proof, settings } from './fixtures.js'

const t = useFakeGitHub()
const run = { project: proof().project, modules: ['traction'] }
const marker = (over: { modules?: string[]; project?: string } = {}) =>
  renderMarker({ job: 'odoo-tests', modules: ['traction'], project: 'hub-agent-test-old', ...over })
const human = { login: 'mallory', type: 'User' as const }

describe('comment-mode update, then the post step', () => {
  it('reuses the bot comment of the same job and modules; post adds the cleanup to it', async () => {
    t.fake.maxPerPage = 2
    const ours = t.fake.addComment(7, `${marker()}\nold proof`, GITHUB_ACTIONS_BOT)
    t.fake.addComment(7, 'a human comment')
    t.fake.addComment(7, `${marker({ modules: ['other'] })}\nother module`, GITHUB_ACTIONS_BOT)
    const pasted = t.fake.addComment(7, `${marker()}\npasted by a person`, human)
    const s = settings({ commentMode: 'update' })
    const d = deps(t.fake)
    const res = await publishRun({ settings: s, context: prCtx(7), proof: proof() }, d)
    expect(t.fake.requestsTo('GET', /\/issues\/7\/comments$/)).toHaveLength(2) // paginated
    expect(t.fake.requestsTo('POST', /\/comments$/)).toEqual([])
    const [patch] = t.fake.requestsTo('PATCH', /\/issues\/comments\/\d+$/)
    expect(patch?.path).toBe(`/repos/healthrt/hub/issues/comments/${ours.id}`)
    expect(ours.body).toContain('### ❌ Odoo tests failed')
    expect(ours.body).toContain(`project=${run.project}`)
    expect(pasted.body).toBe(`${marker()}\npasted by a person`)
    expect(d.logged.info).toContain(`Proof updated on #7: ${res.commentUrl}`)

    // Through GITHUB_STATE, as main and post run in separate processes.
    const state = parsePublishState(serializePublishState(res.state)) ?? null
    const post = await publishCleanup(
      { settings: s, context: prCtx(7), cleanup: cleanup(), state, run },
      deps(t.fake),
    )
    expect(post.warnings).toEqual([])
    expect(post.comments.map((c) => c.commentId)).toEqual([ours.id])
    expect(ours.body).toContain('#### Cleanup verification: ✅ nothing of this run is left')
    expect(ours.body).toContain('| Containers | 2 (<code>hub-agent-test-x-odoo-1</code>')
    expect(ours.body).not.toContain('_Pending')
    expect(ours.body).toContain('### ❌ Odoo tests failed') // main's proof kept
    expect(post.checkRunUpdated).toBe(true)
    const check = t.fake.checkRuns[0]
    expect(check?.output.summary).toContain('#### Cleanup verification: ✅')
    expect(check?.output.text).toContain('#### Log tail')
    expect(check?.conclusion).toBe('failure')
  })

  it('new mode posts a new comment even when an older one exists', async () => {
    t.fake.addComment(7, `${marker()}\nold proof`, GITHUB_ACTIONS_BOT)
    await publishRun({ settings: settings(), context: prCtx(7), proof: proof() }, deps(t.fake))
    expect(t.fake.requestsTo('GET', /\/comments$/)).toEqual([])
    expect(t.fake.comments).toHaveLength(2)
  })

  it('a configured author (PAT) is reused whatever its user type', async () => {
    const mine = t.fake.addComment(7, `${marker()}\nold`, { login: 'ci-user', type: 'User' })
    const s = settings({ commentMode: 'update', commentAuthor: 'ci-user' })
    await publishRun({ settings: s, context: prCtx(7), proof: proof() }, deps(t.fake))
    expect(mine.body).toContain('### ❌ Odoo tests failed')
  })

  it('post without state finds this run by marker, not an older run', async () => {
    const old = t.fake.addComment(
      7,
      `${marker()}\n<!-- resilient-test-runner:cleanup:start -->x<!-- resilient-test-runner:cleanup:end -->`,
    )
    await publishRun({ settings: settings(), context: prCtx(7), proof: proof() }, deps(t.fake))
    const current = t.fake.comments[1]
    const post = await publishCleanup(
      { settings: settings(), context: prCtx(7), cleanup: dirtyCleanup(), state: null, run },
      deps(t.fake),
    )
    expect(post.comments.map((c) => c.commentId)).toEqual([current?.id])
    expect(old.body).not.toContain('Teardown left')
    const lines = current?.body.split('\n') ?? []
    expect(lines[0]).toMatch(/^<!-- resilient-test-runner:v1 /)
    expect(lines.slice(1, 5).join('\n')).toContain(
      '> **Teardown left resources of this run behind:**',
    )
  })

  it('finds its comments even when a secret value shows in the project name', async () => {
    const redacting = () =>
      deps(t.fake, { redactor: createRedactor({ env: { PG_PASSWORD: 'agent' } }) })
    const s = settings({ commentMode: 'update', checkRun: false })
    await publishRun({ settings: s, context: prCtx(7), proof: proof() }, redacting())
    expect(t.fake.comments[0]?.body).toContain('project=hub-***-test-')
    await publishRun({ settings: s, context: prCtx(7), proof: proof() }, redacting())
    expect(t.fake.comments).toHaveLength(1)
    const post = await publishCleanup(
      { settings: s, context: prCtx(7), cleanup: cleanup(), state: null, run },
      redacting(),
    )
    expect(post.comments).toHaveLength(1)
    expect(t.fake.comments[0]?.body).toContain('Cleanup verification: ✅')
  })

  it('a failed teardown turns the check run red and is said first in its summary', async () => {
    const res = await publishRun(
      { settings: settings(), context: prCtx(7), proof: passedProof() },
      deps(t.fake),
    )
    await publishCleanup(
      { settings: settings(), context: prCtx(7), cleanup: dirtyCleanup(), state: res.state, run },
      deps(t.fake),
    )
    const check = t.fake.checkRuns[0]
    expect(check?.conclusion).toBe('failure')
    expect(check?.output.title).toMatch(/^Teardown left resources behind; 42 passed/)
    expect(
      check?.output.summary?.startsWith('<!-- resilient-test-runner:alert:start -->\n> [!CAUTION]'),
    ).toBe(true)
  })

  it.each([
    ['saved state', true],
    ['no state', false],
  ])(
    'on-failure, passed run: no comment from main, but leftovers get one from post (%s)',
    async (_n, withState) => {
      const s = settings({ comment: 'on-failure' })
      const res = await publishRun(
        { settings: s, context: prCtx(7), proof: passedProof() },
        deps(t.fake),
      )
      expect(t.fake.comments).toEqual([])
      const state = withState ? res.state : null
      await publishCleanup(
        { settings: s, context: prCtx(7), cleanup: cleanup(), state, run },
        deps(t.fake),
      )
      expect(t.fake.comments).toEqual([])
      const again = await publishCleanup(
        { settings: s, context: prCtx(7), cleanup: dirtyCleanup(), state, run },
        deps(t.fake),
      )
      expect(again.comments).toHaveLength(1)
      expect(t.fake.comments[0]?.issue).toBe(7)
      expect(t.fake.comments[0]?.body).toMatch(
        /^<!-- resilient-test-runner:v1 [^\n]*-->\n\n<!-- resilient-test-runner:alert:start -->/,
      )
      expect(t.fake.comments[0]?.body).toContain('### Teardown of <code>')
    },
  )

  it('comment: never posts nothing from post either', async () => {
    const s = settings({ comment: 'never', checkRun: false })
    const res = await publishRun({ settings: s, context: prCtx(7), proof: proof() }, deps(t.fake))
    await publishCleanup(
      { settings: s, context: prCtx(7), cleanup: dirtyCleanup(), state: res.state, run },
      deps(t.fake),
    )
    await publishCleanup(
      { settings: s, context: prCtx(7), cleanup: dirtyCleanup(), state: null, run },
      deps(t.fake),
    )
    expect(t.fake.requests).toEqual([])
  })

  it('post with a read-only token: a warning, no throw', async () => {
    const res = await publishRun(
      { settings: settings(), context: prCtx(7), proof: proof() },
      deps(t.fake),
    )
    t.fake.readOnlyToken()
    const post = await publishCleanup(
      { settings: settings(), context: prCtx(7), cleanup: cleanup(), state: res.state, run },
      deps(t.fake),
    )
    expect(post.comments).toEqual([])
    expect(post.warnings).toHaveLength(2)
    expect(post.warnings[0]).toContain('`pull-requests: write`')
    expect(post.warnings[1]).toContain('`checks: write`')
  })
})
