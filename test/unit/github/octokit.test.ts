// The Octokit factory against the fake GitHub: base URL, retries, rate limits.
import { describe, expect, it } from 'vitest'
import { octokitApi } from '../../../src/github/api.js'
import { createOctokit, GITHUB_TIMING } from '../../../src/github/octokit.js'
import { fastTiming } from '../../helpers/fake-github.js'
import { useFakeGitHub } from './harness.js'

const t = useFakeGitHub()

function api(warnings: string[] = [], timing = fastTiming()) {
  const octokit = createOctokit('tok', {
    apiUrl: `${t.fake.url}${t.fake.prefix}/`,
    timing,
    log: { debug: () => {}, warning: (m) => warnings.push(m) },
  })
  return octokitApi(octokit, { owner: 'o', repo: 'r' })
}

describe('createOctokit', () => {
  it('production timing: seconds, a few retries', () => {
    expect(GITHUB_TIMING).toMatchObject({ retryAfterBaseMs: 1000, retries: 3 })
  })

  it('talks to GITHUB_API_URL (GitHub Enterprise prefix, trailing slash)', async () => {
    await api().createComment(1, 'hi')
    expect(t.fake.requests[0]?.rawPath).toBe('/api/v3/repos/o/r/issues/1/comments')
    expect(t.fake.requests[0]?.body).toEqual({ body: 'hi' })
  })

  it('retries a 500 on reads too', async () => {
    t.fake.fail({ method: 'GET', path: /comments$/, status: 500, times: 2 })
    expect(await api().listComments(1)).toEqual([])
    expect(t.fake.requests).toHaveLength(3)
  })

  it('waits out a secondary rate limit (retry-after) and retries', async () => {
    const warnings: string[] = []
    t.fake.fail({
      method: 'POST',
      path: /comments$/,
      status: 403,
      times: 1,
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' },
      headers: { 'retry-after': '3' },
    })
    const c = await api(warnings).createComment(1, 'hi')
    expect(c.body).toBe('hi')
    expect(t.fake.requestsTo('POST', /comments$/)).toHaveLength(2)
    expect(warnings[0]).toMatch(/^GitHub secondary rate limit on POST .*: retrying in 3 s\.$/)
  })

  it('does not wait for a rate limit longer than allowed', async () => {
    const warnings: string[] = []
    const reset = Math.floor(Date.now() / 1000) + 3600
    t.fake.fail({
      method: 'GET',
      path: /issues$/,
      status: 403,
      body: { message: 'API rate limit exceeded' },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
    })
    await expect(api(warnings).listOpenIssues()).rejects.toMatchObject({ status: 403 })
    expect(warnings[0]).toMatch(/^GitHub primary rate limit on GET .*: giving up\.$/)
    expect(t.fake.requests).toHaveLength(1)
  })

  it('paginates comments and maps them', async () => {
    t.fake.maxPerPage = 2
    for (let i = 0; i < 5; i++) t.fake.addComment(3, `c${i}`)
    const all = await api().listComments(3)
    expect(all.map((c) => c.body)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4'])
    expect(all[0]?.user).toEqual({ login: 'github-actions[bot]', type: 'Bot' })
    expect(t.fake.requests).toHaveLength(3)
  })
})
