// Runs the bundled action the way the GitHub runner does: INPUT_* variables,
// file commands (GITHUB_STATE, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), the post
// step with STATE_* built from what main saved, run whatever main's outcome.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../..')

export interface StepResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Parses `key<<DELIM\nvalue\nDELIM` (and `key=value`) file-command records. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, key, delim] = heredoc as unknown as [string, string, string]
      const value: string[] = []
      while (++i < lines.length && lines[i] !== delim) value.push(lines[i] ?? '')
      out[key] = value.join('\n')
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return out
}

export class GhaJob {
  readonly dir = mkdtempSync(join(tmpdir(), 'rtr-job-'))
  readonly files = {
    state: join(this.dir, 'state'),
    output: join(this.dir, 'output'),
    summary: join(this.dir, 'summary.md'),
  }

  constructor(
    readonly inputs: Record<string, string>,
    readonly extraEnv: Record<string, string> = {},
  ) {
    for (const f of Object.values(this.files)) writeFileSync(f, '')
  }

  env(step: 'main' | 'post' | 'plan'): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'healthrt/hub',
      GITHUB_RUN_ID: String(100000 + Math.floor(Math.random() * 99999)),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKSPACE: this.dir,
      GITHUB_STATE: this.files.state,
      GITHUB_OUTPUT: this.files.output,
      GITHUB_STEP_SUMMARY: this.files.summary,
      RUNNER_TEMP: this.dir,
      ...this.extraEnv,
    }
    if (process.env.DOCKER_HOST && !('DOCKER_HOST' in this.extraEnv))
      env.DOCKER_HOST = process.env.DOCKER_HOST
    for (const [k, v] of Object.entries(this.inputs))
      env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
    if (step === 'post') for (const [k, v] of Object.entries(this.state())) env[`STATE_${k}`] = v
    return env
  }

  /** Starts a step; `onStdout` sees the output as it comes (to send signals at a phase). */
  start(
    step: 'main' | 'post' | 'plan',
    onStdout?: (text: string, child: ChildProcess) => void,
  ): { child: ChildProcess; done: Promise<StepResult> } {
    const child = spawn(process.execPath, [join(ROOT, 'dist', step, 'index.js')], {
      env: this.env(step),
      cwd: this.dir,
    })
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (c: Buffer) => {
      stdout += c.toString()
      onStdout?.(stdout, child)
    })
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()))
    const done = new Promise<StepResult>((res) =>
      child.on('close', (code, signal) => res({ code, signal, stdout, stderr })),
    )
    return { child, done }
  }

  /**
   * Main under a stand-in for the runner's worker (main's parent: the process
   * that owns the run and that the watchdog watches). The worker prints
   * `MAINPID <pid>`. (node, not sh: dash drops names like INPUT_COMPOSE-FILE.)
   */
  startUnderWorker(onOutput: (out: string) => void): ChildProcess {
    const script =
      "const c = require('node:child_process').spawn(process.execPath, [process.argv[1]], { stdio: 'inherit' }); console.log('MAINPID ' + c.pid)"
    const worker = spawn(process.execPath, ['-e', script, join(ROOT, 'dist', 'main', 'index.js')], {
      env: this.env('main'),
      cwd: this.dir,
    })
    let out = ''
    worker.stdout?.on('data', (c: Buffer) => onOutput((out += c.toString())))
    return worker
  }

  run(step: 'main' | 'post' | 'plan'): Promise<StepResult> {
    return this.start(step).done
  }

  state(): Record<string, string> {
    return parseFileCommands(readFileSync(this.files.state, 'utf8'))
  }

  outputs(): Record<string, string> {
    return parseFileCommands(readFileSync(this.files.output, 'utf8'))
  }

  summary(): string {
    return readFileSync(this.files.summary, 'utf8')
  }

  project(): string | undefined {
    const run = this.state().run
    return run ? (JSON.parse(run) as { project: string }).project : undefined
  }
}
