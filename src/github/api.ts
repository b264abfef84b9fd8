// The few GitHub calls the reporting part makes, as a narrow interface: the
// publishing logic is tested against it, and the Octokit version below is
// tested against a fake HTTP server.
import type { Octokit } from './octokit.js'

export interface IssueSummary {
  number: number
  title: string
  isPullRequest: boolean
}

export interface Comment {
  id: number
  body: string
  htmlUrl: string
  user: { login: string; type: string } | null
}

export interface PullRequestInfo {
  number: number
  body: string | null
  headSha: string
}

export interface Annotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title?: string
  raw_details?: string
}

export interface CheckRunOutput {
  title: string
  summary: string
  text?: string
  annotations?: Annotation[]
}

export type Conclusion = 'success' | 'failure'

export interface CheckRun {
  id: number
  htmlUrl: string
  output: { title: string | null; summary: string | null; text: string | null }
}

export interface NewCheckRun {
  name: string
  headSha: string
  conclusion: Conclusion
  startedAt: string
  completedAt: string
  detailsUrl: string
  output: CheckRunOutput
}

export interface GitHubApi {
  /** Open issues (pull requests excluded), all pages. */
  listOpenIssues(): Promise<IssueSummary[]>
  getPullRequest(number: number): Promise<PullRequestInfo>
  /** All comments of an issue or pull request, all pages, oldest first. */
  listComments(issue: number): Promise<Comment[]>
  getComment(id: number): Promise<Comment>
  createComment(issue: number, body: string): Promise<Comment>
  updateComment(id: number, body: string): Promise<Comment>
  createCheckRun(run: NewCheckRun): Promise<CheckRun>
  updateCheckRun(
    id: number,
    update: { conclusion?: Conclusion; output: CheckRunOutput },
  ): Promise<CheckRun>
  getCheckRun(id: number): Promise<CheckRun>
}

interface RawComment {
  id: number
  body?: string | null
  html_url: string
  user?: { login: string; type: string } | null
}

const comment = (c: RawComment): Comment => ({
  id: c.id,
  body: c.body ?? '',
  htmlUrl: c.html_url,
  user: c.user ? { login: c.user.login, type: c.user.type } : null,
})

interface RawCheckRun {
  id: number
  html_url: string | null
  output?: { title: string | null; summary: string | null; text: string | null }
}

const checkRun = (r: RawCheckRun): CheckRun => ({
  id: r.id,
  htmlUrl: r.html_url ?? '',
  output: {
    title: r.output?.title ?? null,
    summary: r.output?.summary ?? null,
    text: r.output?.text ?? null,
  },
})

export function octokitApi(octokit: Octokit, repo: { owner: string; repo: string }): GitHubApi {
  const { owner, repo: name } = repo
  const base = { owner, repo: name }
  const rest = octokit.rest
  return {
    async listOpenIssues() {
      const issues = await octokit.paginate(rest.issues.listForRepo, {
        ...base,
        state: 'open',
        per_page: 100,
      })
      return issues
        .filter((i) => !i.pull_request)
        .map((i) => ({ number: i.number, title: i.title, isPullRequest: false }))
    },
    async getPullRequest(number) {
      const { data } = await rest.pulls.get({ ...base, pull_number: number })
      return { number: data.number, body: data.body, headSha: data.head.sha }
    },
    async listComments(issue) {
      const all = await octokit.paginate(rest.issues.listComments, {
        ...base,
        issue_number: issue,
        per_page: 100,
      })
      return all.map(comment)
    },
    async getComment(id) {
      return comment((await rest.issues.getComment({ ...base, comment_id: id })).data)
    },
    async createComment(issue, body) {
      return comment((await rest.issues.createComment({ ...base, issue_number: issue, body })).data)
    },
    async updateComment(id, body) {
      return comment((await rest.issues.updateComment({ ...base, comment_id: id, body })).data)
    },
    async createCheckRun(r) {
      const { data } = await rest.checks.create({
        ...base,
        name: r.name,
        head_sha: r.headSha,
        status: 'completed',
        conclusion: r.conclusion,
        started_at: r.startedAt,
        completed_at: r.completedAt,
        details_url: r.detailsUrl,
        output: r.output,
      })
      return checkRun(data)
    },
    async updateCheckRun(id, u) {
      const { data } = await rest.checks.update({
        ...base,
        check_run_id: id,
        ...(u.conclusion ? { conclusion: u.conclusion } : {}),
        output: u.output,
      })
      return checkRun(data)
    },
    async getCheckRun(id) {
      return checkRun((await rest.checks.get({ ...base, check_run_id: id })).data)
    },
  }
}
