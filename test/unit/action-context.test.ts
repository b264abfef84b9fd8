// readActionsContext must read what @actions/github's `context` reads (the
// action no longer loads that package to render a summary without a token).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readActionsContext } from '../../src/action/actions-context.js'

// The class behind `context`, which the package's exports do not name.
const contextFile = new URL('../../node_modules/@actions/github/lib/context.js', import.meta.url)
type Ctx = { new (): Record<string, unknown> }
const { Context } = (await import(contextFile.href)) as { Context: Ctx }

const FIELDS = ['eventName', 'sha', 'ref', 'job', 'runId', 'runAttempt', 'apiUrl', 'serverUrl']
const pick = (c: Record<string, unknown>) =>
  Object.fromEntries([...FIELDS, 'payload'].map((k) => [k, c[k]]))

const saved = { ...process.env }
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
  Object.assign(process.env, saved)
  vi.restoreAllMocks()
})

function both(env: Record<string, string>) {
  for (const k of Object.keys(process.env)) if (k.startsWith('GITHUB_')) delete process.env[k]
  Object.assign(process.env, env)
  const writes: string[] = []
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (writes.push(String(s)), true))
  const theirs = pick(new Context())
  const ours = pick(readActionsContext({ ...process.env }) as unknown as Record<string, unknown>)
  return { theirs, ours, writes }
}

describe('readActionsContext', () => {
  it('a pull request event: same fields and payload', () => {
    const event = join(mkdtempSync(join(tmpdir(), 'rtr-ctx-')), 'event.json')
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { sha: 'abc' } } }))
    const { theirs, ours } = both({
      GITHUB_EVENT_PATH: event,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_JOB: 'odoo-tests',
      GITHUB_RUN_ID: '123456',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_API_URL: 'https://ghe.example/api/v3',
      GITHUB_SERVER_URL: 'https://ghe.example',
    })
    expect(ours).toEqual(theirs)
    expect(ours.runId).toBe(123456)
  })

  it('nothing set: same defaults (undefined, NaN, github.com)', () => {
    const { theirs, ours } = both({})
    expect(ours).toEqual(theirs)
    expect(ours.apiUrl).toBe('https://api.github.com')
  })

  it('a missing event file: the same line on stdout, an empty payload', () => {
    const { theirs, ours, writes } = both({ GITHUB_EVENT_PATH: '/nonexistent/event.json' })
    expect(ours).toEqual(theirs)
    expect(writes).toHaveLength(2)
    expect(writes[1]).toBe(writes[0])
  })
})
