// The plan end to end, on a real git repository made here: a base commit of
// addons a, b (depends on a), c and d, and one head branch per change. Through
// the bundles as they run: dist/plan/index.js the way the runner runs an
// action (INPUT_*, GITHUB_EVENT_PATH with the pull request's base and head,
// GITHUB_OUTPUT), and dist/cli/index.js `plan --changed-since`.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GhaJob, ROOT } from '../helpers/gha-runner.js'
import { GitRepo } from '../helpers/git-fixture.js'

const CLI = join(ROOT, 'dist/cli/index.js')
const manifest = (depends: string[]) =>
  `# -*- coding: utf-8 -*-\n{\n    'name': 'Demo',  # a comment\n    'depends': [${depends.map((d) => `'${d}'`).join(', ')},],\n    'license': 'LGPL-3',\n}\n`

const repo = new GitRepo()
let base = ''
const heads: Record<string, string> = {}

/** A branch from base with `change` applied; returns its head sha. */
function branch(name: string, change: (r: GitRepo) => void): string {
  repo.git('checkout', '--quiet', '-b', name, base)
  change(repo)
  return (heads[name] = repo.commit(name))
}

beforeAll(() => {
  repo.init().write({
    'addons/a/__manifest__.py': manifest(['mail']),
    'addons/a/models/a.py': 'x = 1\n',
    'addons/b/__manifest__.py': manifest(['a', 'sale']),
    'addons/c/__manifest__.py': manifest(['mail']),
    'addons/d/__manifest__.py': manifest(['base']),
    'addons/d/models/d.py': 'y = 1\n',
    'docker-compose.agent.yml': 'services: {}\n',
    'README.md': '# repo\n',
  })
  base = repo.commit('base')
  branch('change-a', (r) => r.write({ 'addons/a/models/a.py': 'x = 2\n' }))
  branch('change-c', (r) => r.write({ 'addons/c/data.xml': '<odoo/>\n' }))
  branch('change-compose', (r) => r.write({ 'docker-compose.agent.yml': 'services: {x: {}}\n' }))
  branch('delete-d', (r) => r.remove('addons/d'))
  branch('readme', (r) => r.write({ 'README.md': '# changed\n' }))
  branch('cycle', (r) => r.write({ 'addons/a/__manifest__.py': manifest(['b']) }))
  branch('bad-manifest', (r) =>
    r.write({ 'addons/c/__manifest__.py': "{'depends': ['mail'] + EXTRA}\n" }),
  )
})
afterAll(() => repo.cleanup())

async function planAction(dir: string, head: string, inputs: Record<string, string> = {}) {
  const job = new GhaJob(
    { 'addons-path': 'addons', ...inputs },
    { GITHUB_EVENT_NAME: 'pull_request', GITHUB_WORKSPACE: dir },
  )
  const event = join(job.dir, 'event.json')
  writeFileSync(
    event,
    JSON.stringify({ pull_request: { number: 7, base: { sha: base }, head: { sha: head } } }),
  )
  job.extraEnv.GITHUB_EVENT_PATH = event
  const r = await job.run('plan')
  return { ...r, outputs: job.outputs(), summary: job.summary() }
}

describe('plan action (dist/plan/index.js) on a pull request', () => {
  it.each([
    ['change-a', ['a', 'b']],
    ['change-c', ['c']],
    ['change-compose', ['a', 'b', 'c', 'd']],
    ['delete-d', []],
    ['readme', []],
  ])('%s selects %j', async (name, want) => {
    repo.git('checkout', '--quiet', name)
    const r = await planAction(repo.dir, heads[name] as string)
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(JSON.parse(r.outputs.modules as string)).toEqual(want)
    expect(JSON.parse(r.outputs.matrix as string)).toEqual({ module: want })
    expect(r.outputs.count).toBe(String(want.length))
    expect(Object.keys(JSON.parse(r.outputs.reasons as string) as object)).toEqual(want)
  })

  it('says which file selected every addon', async () => {
    repo.git('checkout', '--quiet', 'change-compose')
    const r = await planAction(repo.dir, heads['change-compose'] as string)
    expect(r.stdout).toMatch(/docker-compose\.agent\.yml changed .*every addon is selected/)
    expect(r.summary).toContain('| `d` | docker-compose.agent.yml changed')
  })

  it('b is selected because it depends on a', async () => {
    repo.git('checkout', '--quiet', 'change-a')
    const r = await planAction(repo.dir, heads['change-a'] as string)
    expect(JSON.parse(r.outputs.reasons as string)).toEqual({
      a: 'changed: addons/a/models/a.py',
      b: 'depends on a (changed)',
    })
  })

  it.each([
    ['cycle', /Plan failed: dependency cycle: a -> b -> a/],
    [
      'bad-manifest',
      /Plan failed: .*addons\/c\/__manifest__\.py: not a Python literal: expected "," or "}", found "\+"/,
    ],
  ])('%s fails the step naming the addon, and sets no output', async (name, msg) => {
    repo.git('checkout', '--quiet', name)
    const r = await planAction(repo.dir, heads[name] as string)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(msg)
    expect(r.outputs).toEqual({})
  })

  it('changed-only false lists every addon', async () => {
    repo.git('checkout', '--quiet', 'change-c')
    const r = await planAction(repo.dir, heads['change-c'] as string, { 'changed-only': 'false' })
    expect(JSON.parse(r.outputs.modules as string)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('a bad input fails naming it', async () => {
    const r = await planAction(repo.dir, heads['change-c'] as string, { 'changed-only': 'maybe' })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('Invalid input \'changed-only\': "maybe"')
  })
})

describe('plan action on other events', () => {
  async function onEvent(name: string, payload: object, inputs: Record<string, string> = {}) {
    const job = new GhaJob(
      { 'addons-path': 'addons', ...inputs },
      { GITHUB_EVENT_NAME: name, GITHUB_WORKSPACE: repo.dir },
    )
    const event = join(job.dir, 'event.json')
    writeFileSync(event, JSON.stringify(payload))
    job.extraEnv.GITHUB_EVENT_PATH = event
    const r = await job.run('plan')
    return { ...r, modules: JSON.parse(job.outputs().modules ?? 'null') as unknown }
  }

  it('push with changed-only: what changed since the previous commit of the push', async () => {
    repo.git('checkout', '--quiet', 'change-c')
    const r = await onEvent('push', { before: base }, { 'changed-only': 'true' })
    expect(r.code, r.stdout).toBe(0)
    expect(r.modules).toEqual(['c'])
  })

  it('push by default (changed-only auto): every addon', async () => {
    repo.git('checkout', '--quiet', 'change-c')
    const r = await onEvent('push', { before: base })
    expect(r.modules).toEqual(['a', 'b', 'c', 'd'])
  })

  it('a push that created the branch: every addon, and the log says why', async () => {
    repo.git('checkout', '--quiet', 'change-c')
    const r = await onEvent('push', { before: '0'.repeat(40) }, { 'changed-only': 'true' })
    expect(r.modules).toEqual(['a', 'b', 'c', 'd'])
    expect(r.stdout).toContain('the push created the branch: no previous commit')
  })

  it('changed-since on workflow_dispatch', async () => {
    repo.git('checkout', '--quiet', 'change-a')
    const r = await onEvent('workflow_dispatch', {}, { 'changed-since': base })
    expect(r.modules).toEqual(['a', 'b'])
  })
})

describe('plan action on a shallow checkout (actions/checkout without fetch-depth)', () => {
  it('fetches the base from origin itself and selects the same', async () => {
    const clone = repo.shallowClone('change-a')
    try {
      expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('true')
      const r = await planAction(clone.dir, heads['change-a'] as string)
      expect(r.code, r.stdout).toBe(0)
      expect(r.stdout).toMatch(/not in the checkout \(a shallow clone\): fetching it from origin/)
      expect(JSON.parse(r.outputs.modules as string)).toEqual(['a', 'b'])
    } finally {
      clone.cleanup()
    }
  })

  it('without an origin to fetch from, fails saying to use fetch-depth: 0', async () => {
    const clone = repo.shallowClone('change-a')
    try {
      clone.git('remote', 'remove', 'origin')
      const r = await planAction(clone.dir, heads['change-a'] as string)
      expect(r.code).toBe(1)
      expect(r.stdout).toMatch(/Cannot compare with the base .*fetch-depth: 0/)
      expect(r.outputs).toEqual({})
    } finally {
      clone.cleanup()
    }
  })
})

describe('CLI plan --changed-since (dist/cli/index.js)', () => {
  const cli = (dir: string, ...args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' })

  it.each([
    ['change-a', ['a', 'b']],
    ['change-compose', ['a', 'b', 'c', 'd']],
    ['delete-d', []],
  ])('%s --json: modules, matrix and reasons', (name, want) => {
    repo.git('checkout', '--quiet', name)
    const r = cli(repo.dir, 'plan', '--changed-since', base, '--json')
    expect(r.status, r.stderr).toBe(0)
    const json = JSON.parse(r.stdout) as { modules: string[]; matrix: unknown; reasons: object }
    expect(json.modules).toEqual(want)
    expect(json.matrix).toEqual({ module: want })
    expect(Object.keys(json.reasons)).toEqual(want)
  })

  it('without --changed-since lists every addon, one per line with the reason', () => {
    repo.git('checkout', '--quiet', 'delete-d')
    const r = cli(repo.dir, 'plan')
    expect(r.status).toBe(0)
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(/\s+/)[0]),
    ).toEqual(['a', 'b', 'c'])
  })

  it('a cycle exits 2 naming the addons', () => {
    repo.git('checkout', '--quiet', 'cycle')
    const r = cli(repo.dir, 'plan', '--changed-since', base)
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('dependency cycle: a -> b -> a')
  })
})
