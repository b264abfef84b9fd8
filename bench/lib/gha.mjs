// The few lines of the GitHub runner the action needs (the same contract as
// test/helpers/gha-runner.ts, re-done in plain ESM because the benchmark runs
// without tsx): INPUT_* variables, file commands, and the post step started
// with STATE_* built from what main wrote to GITHUB_STATE.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { run } from './proc.mjs'

export const ROOT = resolve(import.meta.dirname, '../..')

/** Where the bundles are run from: dist/, or a snapshot of it (snapshotDist). */
export const DIST = { dir: join(ROOT, 'dist') }

/**
 * Copies dist/{main,post,watchdog} (main finds the watchdog as ../watchdog)
 * to a temporary <dir>/dist, so every run of the benchmark uses one build:
 * other engineers rebuild dist/ on this machine, and a build deletes the
 * bundle before writing it again. Returns a function that removes the copy.
 */
export function snapshotDist() {
  const top = mkdtempSync(join(tmpdir(), 'rtr-bench-dist-'))
  for (const entry of ['main', 'post', 'watchdog'])
    cpSync(join(ROOT, 'dist', entry), join(top, 'dist', entry), { recursive: true })
  DIST.dir = join(top, 'dist')
  return () => rmSync(top, { recursive: true, force: true })
}

/** `key<<DELIM\nvalue\nDELIM` and `key=value` records of GITHUB_STATE / GITHUB_OUTPUT. */
export function parseFileCommands(text) {
  const out = {}
  const all = text.split('\n')
  for (let i = 0; i < all.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(all[i])
    if (heredoc) {
      const value = []
      while (++i < all.length && all[i] !== heredoc[2]) value.push(all[i])
      out[heredoc[1]] = value.join('\n')
    } else if (all[i].includes('=')) {
      out[all[i].slice(0, all[i].indexOf('='))] = all[i].slice(all[i].indexOf('=') + 1)
    }
  }
  return out
}

export class Job {
  constructor(inputs, extraEnv = {}) {
    this.inputs = inputs
    this.extraEnv = extraEnv
    this.dir = mkdtempSync(join(tmpdir(), 'rtr-bench-job-'))
    this.files = {
      state: join(this.dir, 'state'),
      output: join(this.dir, 'output'),
      summary: join(this.dir, 'summary.md'),
    }
    for (const f of Object.values(this.files)) writeFileSync(f, '')
    this.runId = String(100000 + Math.floor(Math.random() * 99999))
  }

  env(step) {
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'healthrt/hub',
      GITHUB_RUN_ID: this.runId,
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKSPACE: this.dir,
      GITHUB_STATE: this.files.state,
      GITHUB_OUTPUT: this.files.output,
      GITHUB_STEP_SUMMARY: this.files.summary,
      RUNNER_TEMP: this.dir,
      ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}),
      ...this.extraEnv,
    }
    // The runner keeps '-' in input names: INPUT_PROJECT-PREFIX.
    for (const [k, v] of Object.entries(this.inputs))
      env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
    if (step === 'post') for (const [k, v] of Object.entries(this.state())) env[`STATE_${k}`] = v
    return env
  }

  /** One step as its own `node dist/<step>/index.js` process, timed from spawn to exit. */
  step(step) {
    return run(process.execPath, [join(DIST.dir, step, 'index.js')], {
      env: this.env(step),
      cwd: this.dir,
    })
  }

  state() {
    return parseFileCommands(readFileSync(this.files.state, 'utf8'))
  }

  outputs() {
    return parseFileCommands(readFileSync(this.files.output, 'utf8'))
  }

  project() {
    const s = this.state().run
    return s ? JSON.parse(s).project : undefined
  }

  /** The JSON report next to the log (phases with their ISO times). */
  report() {
    try {
      return JSON.parse(
        readFileSync(join(this.dir, 'proof_of_execution_tests.report.json'), 'utf8'),
      )
    } catch {
      return undefined
    }
  }

  remove() {
    rmSync(this.dir, { recursive: true, force: true })
  }
}
