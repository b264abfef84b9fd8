// Helpers of github-store.test.ts: template entries as the engine writes them,
// and the GitHub store run in a process of its own (restore there, save here),
// so nothing in memory carries an entry from the saving to the restoring side.
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import ts from 'typescript'
import {
  describeFile,
  ENTRY_FILES,
  ENTRY_FORMAT,
  type EntryManifest,
} from '../../../src/template-cache/store.js'

export const ROOT = resolve(import.meta.dirname, '../../..')

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
  /** The child's whole stdout: the store must leave it to the caller (the CLI's --json). */
  stdout: string
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
        try {
          done({ ...(JSON.parse(stdout) as Omit<ChildResult, 'stdout'>), stdout })
        } catch {
          fail(new Error(`child ${op} wrote more than its result to stdout:\n${stdout}`))
        }
      },
    )
  })
}
