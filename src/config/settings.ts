/**
 * The validated configuration of one run: what both front ends (action inputs,
 * CLI flags) are turned into by `parseSettings`. Everything downstream trusts it.
 */
export interface Settings {
  /** Odoo technical names, each `^[a-z][a-z0-9_]*$`, at least one. */
  modules: string[]
  /** Compose project name prefix, already normalised (`hub-agent-test`). */
  projectPrefix: string
  /** Compose files, relative to `workingDirectory` or absolute; all exist. */
  composeFiles: string[]
  /** Absolute directory compose runs in. */
  workingDirectory: string
  /** The compose service the tests run in (`odoo`). */
  service: string
  /** Inclusive host port range to allocate from. */
  portRange: { from: number; to: number }
  /** How long to wait for a free port when the whole range is taken. */
  portWaitTimeoutMs: number
  /** Age after which a run's project is stale: the watchdog and reapers remove it. */
  reapAfterMs: number
  healthTimeoutMs: number
  /** Health probe interval while containers start (Docker's start_interval); 0: the file's own. */
  healthStartIntervalMs: number
  testTimeoutMs: number
  /** Replaces the default Odoo test command (argv, no shell); empty: default. */
  testCommand: string[]
  /** Absolute path of the proof log. */
  logFile: string
  /**
   * Seconds a container gets to stop at teardown before it is killed (docker
   * stop -t); undefined: not set, each teardown's default (DEFAULTS).
   */
  downTimeoutS: number | undefined
  /** Log records (`<logger>: <message>`) that never count against the run. */
  logIgnore: RegExp[]
  /** checklog-style: an unignored ERROR/WARNING outside tests fails the run. */
  strictLog: boolean
  /** Run once before the tests (argv, no shell); empty: no lint. */
  lintCommand: string[]
  /** Where the lint command runs: in the service container or on the runner. */
  lintIn: 'service' | 'runner'
  /** Measure coverage of the modules' own code during the tests. */
  coverage: boolean
  /** Percentage below which the gate fails; null: no threshold. */
  coverageThreshold: number | null
  /** JUnit XML file or directory (absolute); its counts win over the log's. */
  junitPath: string | null
  /** The template cache: which store (auto: GitHub's cache where offered, else the directory), or off. */
  cache: CacheMode
  /** The directory store's place (absolute); null: the default (src/template-cache/choose.ts). */
  cacheDir: string | null
  /** The directory store's limit; least recently used entries go beyond it. */
  cacheMaxBytes: number
}

export type CacheMode = 'auto' | 'local' | 'github' | 'off'

/** Raw values as a front end read them: strings, unvalidated, maybe empty. */
export interface RawSettings {
  module?: string
  projectPrefix?: string
  composeFile?: string
  workingDirectory?: string
  service?: string
  portRange?: string
  portWaitTimeout?: string
  reapAfter?: string
  healthTimeout?: string
  healthStartInterval?: string
  testTimeout?: string
  testCommand?: string
  logFile?: string
  downTimeout?: string
  logIgnore?: string
  strictLog?: string
  lintCommand?: string
  lintIn?: string
  coverage?: string
  coverageThreshold?: string
  junitPath?: string
  cache?: string
  cacheDir?: string
  cacheMaxSize?: string
}

/** Where defaults that depend on the environment come from. */
export interface SettingsContext {
  /** `owner/name`, from GITHUB_REPOSITORY; the prefix defaults from it. */
  repository?: string
  /** Directory relative paths start from (GITHUB_WORKSPACE or cwd). */
  baseDirectory: string
  /** Checks that a file exists; injectable for unit tests. */
  fileExists: (path: string) => boolean
}
