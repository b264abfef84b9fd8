// The full proof of execution through the dist bundles, against a local fake
// of the GitHub API: main posts the comment (verdict, failures) and the check
// run, post adds the cleanup verification to the same comment; behind a proxy
// (HTTP_PROXY), everything goes through it.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { expectNothingLeft, fixtureInputs } from '../helpers/action-case.js'
import { startConnectProxy } from '../helpers/connect-proxy.js'
import { forceRemovePrefix, uniquePrefix } from '../helpers/docker.js'
import { FakeGitHub } from '../helpers/fake-github.js'
import { GhaJob } from '../helpers/gha-runner.js'

let fake: FakeGitHub
const prefix = uniquePrefix('gh')
beforeAll(async () => {
  fake = await FakeGitHub.start()
  fake.issues = [{ number: 3, title: 'SYSTEM-002-CODE-02: resilient test runner' }]
  fake.pulls.set(7, { body: 'Runs the tests.\n\nCloses #3', headSha: 'feedc0de'.repeat(5) })
})
afterAll(async () => {
  forceRemovePrefix(prefix)
  await fake.close()
})

it('a failing run on a pull request: one comment with verdict, failures and cleanup; a check run', async () => {
  const job = new GhaJob(
    fixtureInputs('demo_fail', prefix, { 'github-token': 'not-a-real-token-1234' }),
    {
      GITHUB_API_URL: `${fake.url}${fake.prefix}`,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_SHA: 'merge0000'.padEnd(40, '0'),
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_HEAD_REF: 'feature/SYSTEM-002-CODE-02-hub',
      GITHUB_JOB: 'odoo-tests',
    },
  )
  const event = join(job.dir, 'event.json')
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: { number: 7, body: 'Closes #3', head: { sha: 'feedc0de'.repeat(5) } },
    }),
  )
  job.extraEnv.GITHUB_EVENT_PATH = event

  const main = await job.run('main')
  expect(main.code, main.stdout).toBe(1)
  const outputs = job.outputs()
  expect(outputs['comment-url']).toMatch(/issues\/7#issuecomment-\d+/)
  expect(outputs['check-run-url']).toBeTruthy()
  const post = await job.run('post')
  expect(post.code, post.stdout).toBe(0)

  const onPr = fake.comments.filter((c) => c.issue === 7)
  expect(onPr).toHaveLength(1) // post edited main's comment, no second one
  const body = onPr[0]?.body ?? ''
  expect(body).toMatch(/failed/i)
  expect(body).toContain('TestDemo.test_two')
  expect(body).toContain('AssertionError: 1 != 2')
  expect(body).toMatch(/Cleanup verification/i)
  expect(body).not.toContain('not-a-real-token-1234')
  expect(fake.comments.filter((c) => c.issue === 3)).toHaveLength(1) // the linked issue
  const checks = fake.requestsTo('POST', /\/check-runs$/)
  expect(checks).toHaveLength(1)
  expect(checks[0]?.body).toMatchObject({
    head_sha: 'feedc0de'.repeat(5),
    name: 'Odoo tests (demo_fail)',
  })
  expect(job.summary()).toContain('TestDemo.test_two')
  expectNothingLeft(prefix, job.project())
})

it('a module whose only test skips: error, and the comment, summary and check run say which test and why', async () => {
  const job = new GhaJob(
    fixtureInputs('demo_allskip', prefix, {
      'github-token': 'not-a-real-token-4321',
      'issue-number': '3',
    }),
    {
      GITHUB_API_URL: `${fake.url}${fake.prefix}`,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_SHA: 'a11sk1p'.padEnd(40, '0'),
      GITHUB_JOB: 'allskip',
    },
  )
  const event = join(job.dir, 'event.json')
  writeFileSync(event, '{}')
  job.extraEnv.GITHUB_EVENT_PATH = event
  const main = await job.run('main')
  expect(main.code, main.stdout).toBe(1)
  expect(job.outputs()).toMatchObject({ result: 'error', 'exit-code': '0', 'tests-skipped': '1' })
  const post = await job.run('post')
  expect(post.code, post.stdout).toBe(0)

  const ws = 'websocket-client module is not installed'
  const reason = `Module demo_allskip: every selected test was skipped, so nothing was proven (1 test skipped: ${ws}).`
  const skipped = `- <code>demo_allskip</code>: <b>1 test skipped</b>: ${ws} (<code>TestTour.test_web_client_loads</code>)`
  const comment = fake.comments.find((c) => c.issue === 3 && c.body.includes('job=allskip'))?.body
  expect(comment).toBeDefined()
  const check = fake
    .requestsTo('POST', /\/check-runs$/)
    .find((r) => (r.body as { name: string }).name === 'Odoo tests (demo_allskip)')
  const output = check?.body as { conclusion: string; output: { title: string; summary: string } }
  expect(output.conclusion).toBe('failure')
  expect(output.output.title).toContain(reason)
  for (const [where, md] of [
    ['comment', comment ?? ''],
    ['summary', job.summary()],
    ['check run', output.output.summary],
  ]) {
    expect(md, where).toContain('Odoo tests did not complete (error)')
    expect(md, where).toContain(`- ${reason}`)
    expect(md, where).toContain(`#### Skipped tests (1)\n\n${skipped}`)
  }
  expect(comment).toMatch(/Cleanup verification/i)
  expectNothingLeft(prefix, job.project())
})

it('a token in the log is redacted in the comment, the summary and the report', async () => {
  const secret = `ghp_${'A1b2C3d4E5'.repeat(4)}`
  // An ERROR record carrying a token: it reaches the reasons, the report and the log tail.
  const line = `echo 2025-01-01 10:00:00,000 1 ERROR db odoo.sql_db: leaked ${secret}`
  const job = new GhaJob(
    fixtureInputs('demo_pass', prefix, {
      'github-token': 'not-a-real-token-5678',
      'issue-number': '3',
      'test-command': line,
    }),
    {
      GITHUB_API_URL: `${fake.url}${fake.prefix}`,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_JOB: 'redact',
    },
  )
  const event = join(job.dir, 'event.json')
  writeFileSync(event, '{}')
  job.extraEnv.GITHUB_EVENT_PATH = event
  const main = await job.run('main')
  expect(main.code).toBe(1)
  expect(readFileSync(job.outputs()['log-file'] as string, 'utf8')).toContain(secret) // the raw log is local
  await job.run('post')
  const comment = fake.comments.find((c) => c.issue === 3 && c.body.includes('redact'))?.body ?? ''
  const report = readFileSync(job.outputs()['report-file'] as string, 'utf8')
  for (const [where, text] of [
    ['comment', comment],
    ['summary', job.summary()],
    ['report', report],
  ]) {
    expect(text, where).toContain('***')
    expect(text, where).not.toContain(secret)
  }
  expectNothingLeft(prefix, job.project())
})

it('behind a proxy, main and post talk to the API through it', async () => {
  const proxy = await startConnectProxy()
  try {
    // A host that does not resolve (and is no loopback address, which
    // @actions/http-client never proxies): only the proxy can reach it.
    const api = `http://api.github.invalid:${new URL(fake.url).port}`
    const job = new GhaJob(
      fixtureInputs('demo_pass', prefix, {
        'github-token': 'not-a-real-token-9',
        'issue-number': '3',
      }),
      {
        GITHUB_API_URL: `${api}${fake.prefix}`,
        GITHUB_SERVER_URL: 'https://github.example',
        GITHUB_JOB: 'via-proxy',
        HTTP_PROXY: proxy.url,
      },
    )
    const event = join(job.dir, 'event.json')
    writeFileSync(event, '{}')
    job.extraEnv.GITHUB_EVENT_PATH = event
    const main = await job.run('main')
    expect(main.code, main.stdout).toBe(0)
    expect(job.outputs()['comment-url']).toMatch(/issues\/3#issuecomment-\d+/)
    const post = await job.run('post')
    expect(post.code, post.stdout).toBe(0)
    const comment = fake.comments.find((c) => c.issue === 3 && c.body.includes('via-proxy'))
    expect(comment?.body).toMatch(/Cleanup verification/i) // written by main, edited by post
    expect(new Set(proxy.targets)).toEqual(new Set([new URL(api).host]))
    expectNothingLeft(prefix, job.project())
  } finally {
    await proxy.close()
  }
})
