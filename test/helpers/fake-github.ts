// A local stand-in for the GitHub REST API (node:http on 127.0.0.1): the few
// endpoints the reporting part uses, real pagination (Link headers), every
// request recorded with its parsed body, and scriptable failures.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Bottleneck from 'bottleneck'
import type { OctokitTiming } from '../../src/github/octokit.js'

export interface RecordedRequest {
  method: string
  /** Path without the API prefix and query, e.g. `/repos/o/r/issues/1/comments`. */
  path: string
  /** The path as requested, API prefix included. */
  rawPath: string
  query: URLSearchParams
  body: unknown
  headers: IncomingHttpHeaders
}

export interface FakeUser {
  login: string
  type: 'Bot' | 'User'
}
export interface FakeIssue {
  number: number
  title: string
  state?: 'open' | 'closed'
  pullRequest?: boolean
}
export interface FakeComment {
  id: number
  issue: number
  body: string
  user: FakeUser
}
type Output = { title: string | null; summary: string | null; text: string | null }
export interface FakeCheckRun {
  id: number
  name: string
  head_sha: string
  conclusion: string | null
  output: Output
  annotations: unknown[]
}

export interface FailureRule {
  method?: string
  path: RegExp
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** Answers that many matching requests, then lets them through (default: all). */
  times?: number
}

export const INTEGRATION_403 = { message: 'Resource not accessible by integration' }
export const GITHUB_ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' }

/** Throttle and retry timing without waits: Bottleneck groups with no spacing, 1 ms per retry unit. */
export function fastTiming(): OctokitTiming {
  const group = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 })
  return {
    retryAfterBaseMs: 1,
    retries: 3,
    maxRateLimitWaitS: 5,
    rateLimitRetries: 2,
    throttle: { write: group(), notifications: group() },
  }
}

type Json = Record<string, unknown>
interface Reply {
  status: number
  data: unknown
  headers?: Record<string, string>
}
const ok = (data: unknown, status = 200): Reply => ({ status, data })
const notFound: Reply = { status: 404, data: { message: 'Not Found' } }

export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  issues: FakeIssue[] = []
  comments: FakeComment[] = []
  checkRuns: FakeCheckRun[] = []
  pulls = new Map<number, { body: string | null; headSha: string }>()
  /** Who the token is: the author of comments it creates. */
  actor: FakeUser = GITHUB_ACTIONS_BOT
  /** Largest page served, whatever per_page asks (small values exercise pagination). */
  maxPerPage = 100
  /** Requests may come under this prefix, like GitHub Enterprise's `/api/v3`. */
  readonly prefix = '/api/v3'
  /** Base URL (GITHUB_API_URL without the prefix). */
  url = ''
  private rules: FailureRule[] = []
  private nextId = 1000
  private readonly server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      send(res, this.handle(req.method ?? 'GET', req.url ?? '/', req.headers, text))
    })
  })

  static async start(): Promise<FakeGitHub> {
    const fake = new FakeGitHub()
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve))
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`
    return fake
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  fail(rule: FailureRule): void {
    this.rules.push({ ...rule })
  }

  /** The read-only token of a fork: 403 "Resource not accessible by integration" on writes. */
  readOnlyToken(): void {
    for (const method of ['POST', 'PATCH'])
      this.fail({ method, path: /./, status: 403, body: INTEGRATION_403 })
  }

  writes = () => this.requests.filter((r) => r.method !== 'GET')
  requestsTo = (method: string, path: RegExp) =>
    this.requests.filter((r) => r.method === method && path.test(r.path))

  addComment(issue: number, body: string, user: FakeUser = this.actor): FakeComment {
    const c = { id: this.nextId++, issue, body, user }
    this.comments.push(c)
    return c
  }

  private commentJson = (c: FakeComment) => ({
    id: c.id,
    body: c.body,
    user: c.user,
    html_url: `https://github.example/o/r/issues/${c.issue}#issuecomment-${c.id}`,
  })

  private checkRunJson = ({ annotations, ...r }: FakeCheckRun) => ({
    ...r,
    status: 'completed',
    html_url: `https://github.example/o/r/runs/${r.id}`,
    output: { ...r.output, annotations_count: annotations.length },
  })

  private page(url: URL, items: unknown[]): Reply {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.maxPerPage)
    const page = Number(url.searchParams.get('page') ?? 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const link = (p: number, rel: string) => {
      const u = new URL(url)
      u.searchParams.set('page', String(p))
      u.searchParams.set('per_page', String(perPage))
      return `<${u}>; rel="${rel}"`
    }
    const headers: Record<string, string> =
      page < last ? { link: `${link(page + 1, 'next')}, ${link(last, 'last')}` } : {}
    return { status: 200, data: items.slice((page - 1) * perPage, page * perPage), headers }
  }

  private comment = (id: number) => this.comments.find((c) => c.id === id)
  private run = (id: number) => this.checkRuns.find((r) => r.id === id)

  private route(method: string, path: string, b: Json, url: URL): Reply {
    const rest = path.replace(/^\/repos\/[^/]+\/[^/]+\//, '')
    const n = Number(/\d+/.exec(rest)?.[0])
    const comment = this.comment(n)
    const run = this.run(n)
    const o = (b.output ?? {}) as Json
    switch (`${method} ${rest.replace(/\d+/g, ':n')}`) {
      case 'GET issues': {
        const state = url.searchParams.get('state') ?? 'open'
        const list = this.issues.filter((i) => state === 'all' || (i.state ?? 'open') === state)
        const pr = (i: FakeIssue) =>
          i.pullRequest ? { pull_request: { url: `pulls/${i.number}` } } : {}
        return this.page(
          url,
          list.map((i) => ({ ...i, state: i.state ?? 'open', ...pr(i) })),
        )
      }
      case 'GET issues/:n/comments':
        return this.page(url, this.comments.filter((c) => c.issue === n).map(this.commentJson))
      case 'POST issues/:n/comments':
        return ok(this.commentJson(this.addComment(n, String(b.body))), 201)
      case 'GET issues/comments/:n':
        return comment ? ok(this.commentJson(comment)) : notFound
      case 'PATCH issues/comments/:n':
        if (comment) comment.body = String(b.body)
        return comment ? ok(this.commentJson(comment)) : notFound
      case 'GET pulls/:n': {
        const pr = this.pulls.get(n)
        return pr ? ok({ number: n, body: pr.body, head: { sha: pr.headSha } }) : notFound
      }
      case 'POST check-runs': {
        const created: FakeCheckRun = {
          id: this.nextId++,
          name: String(b.name),
          head_sha: String(b.head_sha),
          conclusion: (b.conclusion as string) ?? null,
          output: outputOf(o, null),
          annotations: [...((o.annotations as unknown[]) ?? [])],
        }
        this.checkRuns.push(created)
        return ok(this.checkRunJson(created), 201)
      }
      case 'GET check-runs/:n':
        return run ? ok(this.checkRunJson(run)) : notFound
      case 'PATCH check-runs/:n':
        if (!run) return notFound
        if (b.conclusion) run.conclusion = String(b.conclusion)
        if (b.output) run.output = outputOf(o, run.output.text)
        run.annotations.push(...((o.annotations as unknown[]) ?? []))
        return ok(this.checkRunJson(run))
    }
    return { status: 404, data: { message: `Not Found (the fake has no ${method} ${path})` } }
  }

  private handle(method: string, raw: string, headers: IncomingHttpHeaders, text: string): Reply {
    const url = new URL(raw, this.url)
    const rawPath = url.pathname
    const path = rawPath.startsWith(this.prefix) ? rawPath.slice(this.prefix.length) : rawPath
    let body: unknown = text
    try {
      body = text === '' ? undefined : JSON.parse(text)
    } catch {
      // Recorded as text.
    }
    this.requests.push({ method, path, rawPath, query: url.searchParams, body, headers })
    const rule = this.rules.find(
      (r) => (r.method ?? method) === method && r.path.test(path) && (r.times ?? 1) > 0,
    )
    if (rule) {
      if (rule.times !== undefined) rule.times--
      return {
        status: rule.status,
        data: rule.body ?? { message: 'scripted' },
        headers: rule.headers,
      }
    }
    return this.route(method, path, (body ?? {}) as Json, url)
  }
}

function outputOf(o: Json, text: string | null): Output {
  const s = (v: unknown) => (typeof v === 'string' ? v : null)
  return { title: s(o.title), summary: s(o.summary), text: s(o.text) ?? text }
}

function send(res: ServerResponse, r: Reply): void {
  res.writeHead(r.status, { 'content-type': 'application/json; charset=utf-8', ...r.headers })
  res.end(JSON.stringify(r.data))
}
