// The files a change touched, from git: `git diff --name-only base...head`
// (what head changed since it left base, as a pull request's "Files changed"
// shows). A shallow checkout lacks the base or the history between the two;
// then the base is fetched once from origin (deepening the clone), and if
// that is not enough the plan fails saying how to check out.
import { execFile } from 'node:child_process'
import { InputError } from '../errors.js'

export interface GitResult {
  code: number
  stdout: string
  stderr: string
}

export type GitRunner = (args: string[], cwd: string) => Promise<GitResult>

export const runGit: GitRunner = (args, cwd) =>
  new Promise((resolve) => {
    execFile(
      'git',
      args,
      { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 127) : 0
        resolve({ code, stdout, stderr: stderr || (err && !stderr ? err.message : '') })
      },
    )
  })

export interface ChangedFiles {
  /** Paths relative to the repository's top level, deleted files included. */
  files: string[]
  /** The repository's top level (absolute). */
  root: string
}

const CHECKOUT_HINT =
  'The checkout needs the history back to the base: use actions/checkout with `fetch-depth: 0`, or fetch the base commit before this step'

export async function changedFiles(
  cwd: string,
  base: string,
  log: (line: string) => void,
  git: GitRunner = runGit,
  head = 'HEAD',
): Promise<ChangedFiles> {
  const top = await git(['rev-parse', '--show-toplevel'], cwd)
  if (top.code !== 0)
    throw new InputError(
      `${cwd} is not a git checkout (${top.stderr.trim()}): changed files need git. Check the repository out first (actions/checkout).`,
    )
  const root = top.stdout.trim()
  const resolves = async (rev: string) =>
    (await git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], root)).code === 0
  const mergeBase = async () => (await git(['merge-base', base, head], root)).code === 0
  let baseRev = base
  if (!(await resolves(base)) || !(await mergeBase())) {
    const shallow =
      (await git(['rev-parse', '--is-shallow-repository'], root)).stdout.trim() === 'true'
    log(
      `The base ${base} or its history with ${head} is not in the checkout${shallow ? ' (a shallow clone)' : ''}: fetching it from origin.`,
    )
    const args = ['fetch', '--no-tags', '--quiet', ...(shallow ? ['--unshallow'] : []), 'origin']
    const fetched = await git([...args, base], root)
    if (fetched.code !== 0)
      throw new InputError(
        `Cannot compare with the base ${base}: it is not in the checkout and fetching it from origin failed (${fetched.stderr.trim()}). ${CHECKOUT_HINT}.`,
      )
    if (!(await resolves(base))) baseRev = 'FETCH_HEAD'
    if ((await git(['merge-base', baseRev, head], root)).code !== 0)
      throw new InputError(
        `Cannot compare ${head} with the base ${base}: they have no common history in the checkout. ${CHECKOUT_HINT}.`,
      )
  }
  const diff = await git(
    ['diff', '--name-only', '--no-renames', '-z', `${baseRev}...${head}`],
    root,
  )
  if (diff.code !== 0)
    throw new InputError(
      `git diff ${base}...${head} failed: ${diff.stderr.trim()}. ${CHECKOUT_HINT}.`,
    )
  return { files: diff.stdout.split('\0').filter(Boolean), root }
}
