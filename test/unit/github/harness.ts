// Wiring for the in-process tests against the fake GitHub: a real Octokit
// (plugins included) pointed at the fake, a recording log, a fixed clock.
import { afterEach, beforeEach } from 'vitest'
import { octokitApi } from '../../../src/github/api.js'
import { createOctokit } from '../../../src/github/octokit.js'
import type { PublishDeps } from '../../../src/github/publish-run.js'
import { createRedactor, type Redactor } from '../../../src/github/redact.js'
import { FakeGitHub, fastTiming } from '../../helpers/fake-github.js'

export const TOKEN = `ghs_${'T0k3n'.repeat(8)}`

export interface Logged {
  info: string[]
  notice: string[]
  warning: string[]
}

export function deps(
  fake: FakeGitHub,
  over: { redactor?: Redactor; env?: NodeJS.ProcessEnv } = {},
): PublishDeps & { logged: Logged } {
  const logged: Logged = { info: [], notice: [], warning: [] }
  const octokit = createOctokit(TOKEN, {
    apiUrl: `${fake.url}${fake.prefix}`,
    timing: fastTiming(),
    log: { debug: () => {}, warning: (m) => logged.warning.push(`octokit: ${m}`) },
  })
  return {
    api: octokitApi(octokit, { owner: 'healthrt', repo: 'hub' }),
    redactor: over.redactor ?? createRedactor({ secrets: [TOKEN], env: over.env ?? {} }),
    log: {
      info: (m) => logged.info.push(m),
      notice: (m) => logged.notice.push(m),
      warning: (m) => logged.warning.push(m),
    },
    now: () => new Date('2025-01-01T12:00:00Z'),
    logged,
  }
}

/** A fresh fake GitHub per test. */
export function useFakeGitHub(): { readonly fake: FakeGitHub } {
  const holder: { fake?: FakeGitHub } = {}
  beforeEach(async () => {
    holder.fake = await FakeGitHub.start()
  })
  afterEach(async () => {
    await holder.fake?.close()
  })
  return {
    get fake() {
      if (!holder.fake) throw new Error('fake GitHub not started')
      return holder.fake
    },
  }
}

export const bodyOf = (r: { body: unknown }) => (r.body as { body: string }).body
