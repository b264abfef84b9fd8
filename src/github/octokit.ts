// The Octokit the action talks to GitHub with: GITHUB_API_URL (GitHub
// Enterprise), GitHub's write spacing and rate limits (plugin-throttling), and
// retries of server errors (plugin-retry). Timing is injectable so tests of a
// 500-then-success run in milliseconds.
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'

export type Octokit = ReturnType<typeof getOctokit>

export interface OctokitTiming {
  /** Milliseconds per unit of retry-after: 1000 (seconds) on GitHub, 1 in tests. */
  retryAfterBaseMs: number
  /** Retries of a failed request (5xx, network errors). */
  retries: number
  /** Rate limits asking to wait longer than this (seconds) are not waited for. */
  maxRateLimitWaitS: number
  /** Rate-limited requests are retried this many times. */
  rateLimitRetries: number
  /** Extra throttle options, e.g. Bottleneck groups without minimum spacing in tests. */
  throttle?: Partial<ThrottlingOptions>
}

export const GITHUB_TIMING: OctokitTiming = {
  retryAfterBaseMs: 1000,
  retries: 3,
  maxRateLimitWaitS: 120,
  rateLimitRetries: 2,
}

export interface OctokitLog {
  debug: (message: string) => void
  warning: (message: string) => void
}

export interface CreateOctokitOptions {
  /** GITHUB_API_URL; default https://api.github.com. */
  apiUrl?: string
  timing?: OctokitTiming
  log?: OctokitLog
}

export function createOctokit(token: string, opts: CreateOctokitOptions = {}): Octokit {
  const timing = opts.timing ?? GITHUB_TIMING
  const log = opts.log ?? { debug: () => {}, warning: () => {} }
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _o: unknown, count: number) => {
      const again = count < timing.rateLimitRetries && retryAfter <= timing.maxRateLimitWaitS
      log.warning(
        `GitHub ${kind} rate limit on ${options.method} ${options.url}: ${again ? `retrying in ${retryAfter} s` : 'giving up'}.`,
      )
      return again
    }
  const throttle = {
    onRateLimit: onLimit('primary'),
    onSecondaryRateLimit: onLimit('secondary'),
    retryAfterBaseValue: timing.retryAfterBaseMs,
    ...timing.throttle,
  } as ThrottlingOptions
  return getOctokit(
    token,
    {
      baseUrl: (opts.apiUrl || 'https://api.github.com').replace(/\/+$/, ''),
      throttle,
      retry: { retries: timing.retries, retryAfterBaseValue: timing.retryAfterBaseMs },
      log: {
        debug: (m: string) => log.debug(m),
        info: (m: string) => log.debug(m),
        warn: (m: string) => log.warning(m),
        error: (m: string) => log.debug(m),
      },
    },
    throttling,
    retry,
  )
}
