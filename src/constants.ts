// Every name the outside world sees, in one place: action inputs and outputs,
// state keys shared by main and post, the variable compose interpolates the
// host port from, and the labels that say what belongs to a run.

export const Input = {
  Module: 'module',
  ProjectPrefix: 'project-prefix',
  ComposeFile: 'compose-file',
  WorkingDirectory: 'working-directory',
  Service: 'service',
  PortRange: 'port-range',
  PortWaitTimeout: 'port-wait-timeout',
  ReapAfter: 'reap-after',
  HealthTimeout: 'health-timeout',
  HealthStartInterval: 'health-start-interval',
  TestTimeout: 'test-timeout',
  TestCommand: 'test-command',
  LogFile: 'log-file',
  DownTimeout: 'down-timeout',
  LogIgnore: 'log-ignore',
  StrictLog: 'strict-log',
  LintCommand: 'lint-command',
  LintIn: 'lint-in',
  Coverage: 'coverage',
  CoverageThreshold: 'coverage-threshold',
  JunitPath: 'junit-path',
  GithubToken: 'github-token',
  IssueNumber: 'issue-number',
  Comment: 'comment',
  CommentMode: 'comment-mode',
  WorkOrderPattern: 'work-order-pattern',
  CheckRun: 'check-run',
  CommentAuthor: 'comment-author',
  Cache: 'cache',
  CacheDir: 'cache-dir',
  CacheMaxSize: 'cache-max-size',
} as const

/** The inputs of the GitHub proof (comment, check run), read by src/action/github.ts. */
export const GITHUB_INPUTS = [
  Input.GithubToken,
  Input.IssueNumber,
  Input.Comment,
  Input.CommentMode,
  Input.WorkOrderPattern,
  Input.CheckRun,
  Input.CommentAuthor,
] as const

export const Output = {
  ProjectName: 'project-name',
  Port: 'port',
  Result: 'result',
  LogFile: 'log-file',
  ExitCode: 'exit-code',
  ReportFile: 'report-file',
  TestsTotal: 'tests-total',
  TestsPassed: 'tests-passed',
  TestsFailed: 'tests-failed',
  TestsErrors: 'tests-errors',
  TestsSkipped: 'tests-skipped',
  GateStatus: 'gate-status',
  Coverage: 'coverage',
  CommentUrl: 'comment-url',
  CheckRunUrl: 'check-run-url',
  CacheHit: 'cache-hit',
  CacheKey: 'cache-key',
} as const

export const State = {
  /** JSON of RunState (src/engine/run-state.ts); written before anything is created. */
  Run: 'run',
  /** PublishState (src/github/state.ts): the comments and check run post completes. */
  Github: 'github',
} as const

/** Compose interpolates the allocated host port from this variable. */
export const PORT_ENV = 'RTR_HOST_PORT'
/** The project name is exported too, for compose files that want it. */
export const PROJECT_ENV = 'RTR_PROJECT'

/** Compose's own label: the source of truth for what belongs to a project. */
export const COMPOSE_PROJECT_LABEL = 'com.docker.compose.project'
export const COMPOSE_SERVICE_LABEL = 'com.docker.compose.service'
/** Ours: the run's project name (or a work order); engine/ownership.ts has the rest. */
export const RTR_ID_LABEL = 'io.healthrt.rtr.id'
/** Ours, on a one-off container outside any project (docker/run-image.ts): what it is for. */
export const HELPER_LABEL = 'io.healthrt.rtr.helper'

export const DEFAULTS = {
  composeFile: 'docker-compose.agent.yml',
  service: 'odoo',
  portRange: '8090-8100',
  healthTimeoutS: 300,
  healthStartInterval: '500ms',
  portWaitTimeoutS: 300,
  reapAfterS: 6 * 3600,
  testTimeoutS: 3600,
  logFile: 'proof_of_execution_tests.log',
  /**
   * Stop grace at teardown when the volumes are deleted right after (a run,
   * `down --cleanup`, reap): none, nothing is gained by a clean stop.
   */
  downTimeoutS: 0,
  /** Stop grace for a work order's `down` that keeps the data: the database shuts down cleanly. */
  keptDownTimeoutS: 2,
  prefixSuffix: '-agent-test',
  /** The template cache (src/template-cache/): where it is and how large it may grow. */
  cache: 'auto',
  cacheMaxSize: '2GB',
} as const

/** The plan action's inputs (plan/action.yml): which addons a push or pull request concerns. */
export const PlanInput = {
  AddonsPath: 'addons-path',
  ChangedOnly: 'changed-only',
  ChangedSince: 'changed-since',
  Include: 'include',
  Exclude: 'exclude',
  GlobalFiles: 'global-files',
  WorkingDirectory: 'working-directory',
} as const

export const PlanOutput = {
  Modules: 'modules',
  Matrix: 'matrix',
  Count: 'count',
  Reasons: 'reasons',
} as const

export const PLAN_DEFAULTS = {
  addonsPath: 'addons',
  /** Files outside any addon whose change concerns every addon (globs; `**` crosses directories). */
  globalFiles: [
    '.github/**',
    // docker-compose.yml, docker-compose.agent.yaml, compose.yaml, compose.override.yml
    '**/docker-compose*.y*ml',
    '**/compose.y*ml',
    '**/compose.*.y*ml',
    '**/requirements*.txt',
    '**/Dockerfile*',
  ],
  /** The key of the matrix output: `matrix.module` in the matrix job. */
  matrixKey: 'module',
} as const
