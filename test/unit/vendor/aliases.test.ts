// The guard of the bundles' stand-ins (src/tsconfig.json `paths` ->
// src/vendor/): every installed production dependency that imports an aliased
// package is found and read, and must use only names its stand-in exports. An
// upgrade that makes, say, @actions/http-client use another undici export then
// fails here, not in production. (An ES import of a missing name would also
// fail ncc; a CommonJS `undici_1.X` would not, it would be undefined at run
// time.) Where the stand-in loads the real package, the importer must resolve
// the very copy the stand-in loads, and that copy must have the names.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { namesUsed } from '../../helpers/import-names.js'

const ROOT = resolve(import.meta.dirname, '../../..')
const rel = (p: string) => relative(ROOT, p)

function readAliases(): Map<string, string> {
  const file = join(ROOT, 'src/tsconfig.json')
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile)
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'))
  const paths = (config.compilerOptions?.paths ?? {}) as Record<string, string[]>
  return new Map(
    Object.entries(paths).map(([pkg, [target]]) => [pkg, resolve(dirname(file), target ?? '')]),
  )
}

/** Directories of the installed packages that are not dev-only, from package-lock.json. */
function productionPackages(skip: string[]): string[] {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>
  }
  return Object.entries(lock.packages)
    .filter(([path, p]) => path !== '' && !p.dev && !p.devOptional)
    .map(([path]) => path)
    .filter((path) => !skip.some((s) => path === s || path.startsWith(`${s}/`)))
}

/** The package's own .js/.cjs/.mjs files (nested node_modules are packages of their own). */
function jsFiles(pkgDir: string): string[] {
  let entries: string[]
  try {
    entries = readdirSync(join(ROOT, pkgDir), { recursive: true, encoding: 'utf8' })
  } catch {
    return [] // an optional dependency that is not installed on this platform
  }
  return entries
    .filter((f) => /\.[cm]?js$/.test(f) && !/(^|\/)node_modules\//.test(f))
    .map((f) => join(ROOT, pkgDir, f))
}

const aliases = readAliases()
const aliased = [...aliases.keys()]
// The aliased packages themselves (and what they alone bring) are not bundled.
const importers = productionPackages(aliased.map((p) => `node_modules/${p}`))
  .flatMap(jsFiles)
  .flatMap((file) => {
    const text = readFileSync(file, 'utf8')
    return aliased
      .filter((pkg) => text.includes(`'${pkg}'`) || text.includes(`"${pkg}"`))
      .map((pkg) => ({ file, pkg, text, importer: rel(file) }))
  })

/** The subpath a stand-in loads the real package from, if it does (`import('undici/index.js')`). */
const realSubpath = (standIn: string) =>
  /\bimport\(\s*'([^']+)'\s*\)/.exec(readFileSync(standIn, 'utf8'))?.[1]

describe('the aliased packages', () => {
  it.each(aliased)('%s has importers in the production dependencies', (pkg) => {
    // Otherwise the alias is dead weight (or discovery broke): remove it or fix this file.
    expect(importers.filter((i) => i.pkg === pkg).map((i) => i.importer)).not.toEqual([])
  })
})

for (const { file, pkg, text, importer } of importers) {
  describe(`${importer}, on ${pkg}`, () => {
    const standIn = aliases.get(pkg) as string
    const { names, unknown } = namesUsed(text, pkg)

    it('uses it in a way the guard can read', () => {
      expect(unknown).toEqual([])
    })

    it('uses only names its stand-in exports', async () => {
      const exported = Object.keys((await import(pathToFileURL(standIn).href)) as object)
      const missing = [...names].filter((n) => !exported.includes(n))
      expect(missing, `add them to ${rel(standIn)}`).toEqual([])
    })

    const sub = realSubpath(standIn)
    if (sub)
      it('gets, through the stand-in, the copy it would resolve itself, with those names', async () => {
        const loaded = createRequire(standIn).resolve(sub)
        expect(createRequire(file).resolve(sub)).toBe(loaded)
        const real = (await import(pathToFileURL(loaded).href)) as { default?: object }
        for (const n of names) expect(real.default ?? real).toHaveProperty(n)
      })
  })
}
