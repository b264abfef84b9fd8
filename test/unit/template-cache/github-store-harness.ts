// Helpers of the GitHub store's tests: a fake cache service and the runner's
// environment per test, template entries as the engine writes them, and the
// store run in a process of its own (restore there, save here), so nothing in
// memory carries an entry from the saving to the restoring side.
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import ts from 'typescript'
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest'
import { GithubStore } from '../../../src/template-cache/github-store.js'
import {
  describeFile,
  ENTRY_FILES,
  ENTRY_FORMAT,
  type EntryManifest,
} from '../../../src/template-cache/store.js'
import { FakeActionsCache } from '../../helpers/fake-actions-cache.js'

export const ROOT = resolve(import.meta.dirname, '../../..')
export const KEY = `rtr-template-1-${'ab'.repeat(32)}`

/** A fresh fake service, work directory and runner environment per test (in process.env and for children). */
export function cacheTestSetup(options: { azureHost?: boolean } = {}) {
  // Each case runs tar, zstd and often a second Node process: seconds on a busy machine.
  vi.setConfig({ testTimeout: 60_000 })
  const t = {
    fake: undefined as unknown as FakeActionsCache,
    compiled: '',
    work: '',
    env: {} as Record<string, string>,
    /** An empty directory `name` under the work directory. */
    emptyDir(name: string) {
      const dir = join(t.work, name)
      mkdirSync(dir, { recursive: true })
      return dir
    },
    /** A fresh entry of `key` in a directory, not saved anywhere. */
    async builtEntry(key = KEY) {
      const dir = join(t.work, 'built')
      await writeEntry(dir, key)
      return dir
    },
    /** Saves a fresh entry of `key` from this process, without a warning; its directory. */
    async saveHere(key = KEY) {
      const dir = await t.builtEntry(key)
      const s = sink()
      await new GithubStore({ info: s.info }).save(key, dir, s.warn)
      expect(s.lines.warnings).toEqual([])
      return dir
    },
  }
  beforeAll(() => {
    t.compiled = compileStore()
  })
  afterAll(() => rmSync(t.compiled, { recursive: true, force: true }))
  beforeEach(async () => {
    t.fake = await FakeActionsCache.start(options)
    t.work = mkdtempSync(join(tmpdir(), 'rtr-gh-store-'))
    for (const d of ['workspace', 'runner-temp']) mkdirSync(join(t.work, d))
    t.env = {
      ...t.fake.env(),
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: join(t.work, 'workspace'),
      RUNNER_TEMP: join(t.work, 'runner-temp'),
    }
    for (const [k, v] of Object.entries(t.env)) vi.stubEnv(k, v)
    vi.stubEnv('ACTIONS_CACHE_MODE', undefined)
    vi.stubEnv('RUNNER_DEBUG', undefined)
    for (const k of [
      'HTTP_PROXY',
      'HTTPS_PROXY',
      'http_proxy',
      'https_proxy',
      'NO_PROXY',
      'no_proxy',
    ])
      if (!(k in t.env)) vi.stubEnv(k, undefined)
  })
  afterEach(async () => {
    vi.useRealTimers()
    vi.unstubAllEnvs()
    await t.fake.close()
    rmSync(t.work, { recursive: true, force: true })
  })
  return t
}

/** A warn and an info that record their lines. */
export function sink() {
  const lines = { warnings: [] as string[], info: [] as string[] }
  return {
    lines,
    warn: (m: string) => void lines.warnings.push(m),
    info: (l: string) => void lines.info.push(l),
  }
}

/** Writes an entry for `key` into `dir`: a random dump and filestore, their manifest. */
export async function writeEntry(dir: string, key: string, dumpBytes = 200_000) {
  mkdirSync(dir, { recursive: true })
  await writeFile(join(dir, ENTRY_FILES.dump), randomBytes(dumpBytes))
  await writeFile(join(dir, ENTRY_FILES.filestore), randomBytes(30_000))
  const manifest: EntryManifest = {
    format: ENTRY_FORMAT,
    key,
    closure: ['base', 'mail'],
    odooVersion: '18.0',
    image: 'sha256:feed',
    created: new Date(0).toISOString(),
    dump: await describeFile(join(dir, ENTRY_FILES.dump)),
    filestore: await describeFile(join(dir, ENTRY_FILES.filestore)),
  }
  await writeFile(join(dir, ENTRY_FILES.manifest), JSON.stringify(manifest))
  return manifest
}

/** The bytes of each file of an entry, for comparing two entries. */
export function entryBytes(dir: string): Record<string, string> {
  return Object.fromEntries(
    Object.values(ENTRY_FILES).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]),
  )
}

const CHILD = `
import { GithubStore } from './github-store.js'
const [op, key, dir] = process.argv.slice(2)
const info = []
const warnings = []
const store = new GithubStore({ info: (l) => info.push(l) })
const hit = op === 'restore' ? await store.restore(key, dir, (m) => warnings.push(m)) : undefined
if (op === 'save') await store.save(key, dir, (m) => warnings.push(m))
process.stdout.write(JSON.stringify({ hit, warnings, info }))
`

/**
 * The store's sources transpiled to plain ES modules (Node 20 runs no
 * TypeScript) in a directory under node_modules/.cache, where their package
 * imports resolve as in the repository; a child script drives them.
 */
export function compileStore(): string {
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true })
  const dir = mkdtempSync(join(ROOT, 'node_modules/.cache/rtr-github-store-'))
  for (const name of ['github-store', 'core-output', 'store']) {
    const source = readFileSync(join(ROOT, `src/template-cache/${name}.ts`), 'utf8')
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    })
    writeFileSync(join(dir, `${name}.js`), outputText)
  }
  writeFileSync(join(dir, 'child.mjs'), CHILD)
  return dir
}

export interface ChildResult {
  hit?: boolean
  warnings: string[]
  info: string[]
  /** Workflow commands the child wrote to stdout (`::add-mask::...`), for the runner. */
  commands: string[]
}

/** Runs one store operation in a child process with exactly `env` (plus PATH). */
export function runChild(
  compiled: string,
  op: 'restore' | 'save',
  key: string,
  dir: string,
  env: Record<string, string>,
): Promise<ChildResult> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [join(compiled, 'child.mjs'), op, key, dir],
      { env: { PATH: process.env['PATH'] ?? '', ...env } },
      (err, stdout, stderr) => {
        if (err) return fail(new Error(`child ${op} failed: ${err.message}\n${stderr}`))
        // Only workflow commands and the result: the store's lines went to `info`.
        const lines = stdout.split('\n')
        const commands = lines.filter((l) => l.startsWith('::'))
        try {
          const rest = lines.filter((l) => !l.startsWith('::')).join('\n')
          done({ ...(JSON.parse(rest) as Omit<ChildResult, 'commands'>), commands })
        } catch {
          fail(new Error(`child ${op} wrote more than its result to stdout:\n${stdout}`))
        }
      },
    )
  })
}
