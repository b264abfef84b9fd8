// A git repository of Odoo addons in a temp directory, for the plan: a base
// commit and head commits made from it, as a pull request or push has them.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const IDENTITY = {
  GIT_AUTHOR_NAME: 'rtr',
  GIT_AUTHOR_EMAIL: 'rtr@example.invalid',
  GIT_COMMITTER_NAME: 'rtr',
  GIT_COMMITTER_EMAIL: 'rtr@example.invalid',
}

export class GitRepo {
  readonly dir: string

  constructor(dir = mkdtempSync(join(tmpdir(), 'rtr-plan-repo-'))) {
    this.dir = dir
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, ...IDENTITY },
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim()
  }

  init(): this {
    this.git('init', '--quiet', '--initial-branch=main')
    return this
  }

  write(files: Record<string, string>): this {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, path)), { recursive: true })
      writeFileSync(join(this.dir, path), text)
    }
    return this
  }

  remove(path: string): this {
    this.git('rm', '-r', '--quiet', path)
    return this
  }

  /** Commits everything; returns the commit's sha. */
  commit(message: string): string {
    this.git('add', '-A')
    this.git('commit', '--quiet', '--allow-empty', '-m', message)
    return this.git('rev-parse', 'HEAD')
  }

  /** A clone of `ref` with only its last commit (what actions/checkout does by default). */
  shallowClone(ref: string): GitRepo {
    const clone = new GitRepo()
    execFileSync(
      'git',
      ['clone', '--quiet', '--depth', '1', '--branch', ref, `file://${this.dir}`, clone.dir],
      { stdio: 'ignore' },
    )
    return clone
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}
