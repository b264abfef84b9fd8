// The GitHub side of the proof of execution: comment, check run, job summary.
// main calls publishRun, saves its state; post calls publishCleanup.
export { createOctokit, GITHUB_TIMING, type Octokit, type OctokitTiming } from './octokit.js'
export { octokitApi, type GitHubApi } from './api.js'
export { runContextFrom, runUrl, type RunContext, type ActionsContextLike } from './context.js'
export {
  parseGithubSettings,
  GITHUB_DEFAULTS,
  type GithubSettings,
  type RawGithubSettings,
} from './settings.js'
export { Redactor, createRedactor, REDACTED } from './redact.js'
export { readLogTail, DEFAULT_TAIL_BYTES } from './log-tail.js'
export {
  publishRun,
  renderJobSummary,
  type PublishDeps,
  type PublishLog,
  type PublishRunResult,
} from './publish-run.js'
export {
  publishCleanup,
  type PublishCleanupInput,
  type PublishCleanupResult,
} from './publish-cleanup.js'
export { parsePublishState, serializePublishState, type PublishState } from './state.js'
export type { ProofInput, LogTail } from './types.js'
