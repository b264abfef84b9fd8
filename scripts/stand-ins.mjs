// The bundles' stand-ins (src/tsconfig.json `paths` -> src/vendor/): build.mjs
// checks them in ncc's stats of each entry, so an alias cannot stop applying
// unnoticed. ncc resolves with the `paths` of the tsconfig that tsconfig-paths
// loads: the one TS_NODE_PROJECT names (build.mjs sets it), else the one in
// the working directory, the root one, which has no `paths` on purpose (tsc,
// eslint and vitest keep the real packages).
import { dirname, relative, resolve } from 'node:path'
import ts from 'typescript'

export const BUNDLE_TSCONFIG = resolve('src/tsconfig.json')

/** Aliased package -> absolute path of its stand-in. */
export function standIns() {
  const { config, error } = ts.readConfigFile(BUNDLE_TSCONFIG, ts.sys.readFile)
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'))
  return Object.fromEntries(
    Object.entries(config.compilerOptions?.paths ?? {}).map(([pkg, [target]]) => [
      pkg,
      resolve(dirname(BUNDLE_TSCONFIG), target),
    ]),
  )
}

/**
 * Throws unless, in one entry's webpack stats, every import of an aliased
 * package got its stand-in, and no module of a real aliased package is in the
 * chunk loaded at start-up (index.js). (An ES import of a name a stand-in
 * lacks already fails ncc; a CJS one is test/unit/vendor/'s business.)
 */
export function checkStandIns(entry, stats) {
  const aliases = standIns()
  const problems = []
  const initial = new Set(stats.chunks.filter((c) => c.initial).map((c) => c.id))
  for (const top of stats.modules) {
    // A concatenated module lists the modules it joined under `modules`.
    for (const m of [top, ...(top.modules ?? [])]) {
      const file = m.nameForCondition ?? ''
      for (const r of m.reasons ?? []) {
        const standIn = aliases[r.userRequest]
        if (standIn && file !== standIn)
          problems.push(
            `${r.moduleName} imports ${r.userRequest} as ${file}, not as ${relative('.', standIn)}`,
          )
      }
      const pkg = Object.keys(aliases).find((p) => file.includes(`/node_modules/${p}/`))
      if (pkg && top.chunks.some((c) => initial.has(c)))
        problems.push(`${pkg} is in the chunk loaded at start-up (index.js)`)
    }
  }
  const listed = [...new Set(problems)]
  if (listed.length)
    throw new Error(
      `dist/${entry}: the stand-ins of src/vendor/ did not apply:\n${listed.join('\n')}`,
    )
}
