// Bundles each entry point with ncc into dist/<entry>/index.js (ES modules,
// because the @actions packages are ESM-only). dist/ is committed: the runner
// executes it as is. dist/cli/index.js is package.json's `bin`: ncc keeps its
// `#!/usr/bin/env node` line; the check below fails the build if it ever stops.
//
// Code loaded with a dynamic import() (Octokit in main and post, dockerode,
// undici and ssh2 (see below), the teardown in the watchdog) becomes chunk
// files next to index.js (`<id>.index.js`, ids stable across machines), which
// index.js imports relative to itself: they are part of the bundle and
// committed with it. ncc's license plugin writes one
// file per chunk, all under the one name it is given, so each overwrote the
// last; it gets `[name].licenses.txt` here and the parts are joined into
// licenses.txt (a package split across chunks is then listed once per chunk).
//
// Packages that dependencies load eagerly but this action needs late (undici,
// ssh2: chunks of their own, loaded on demand) or never (dockerode's BuildKit
// dependencies) are replaced in the bundles by stand-ins from src/vendor/
// (src/tsconfig.json `paths`, which ncc reads through TS_NODE_PROJECT);
// stand-ins.mjs checks in ncc's stats that they applied, and
// test/unit/vendor/ that they export what the importers use.
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUNDLE_TSCONFIG, checkStandIns } from './stand-ins.mjs'

const entries = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['main', 'post', 'watchdog', 'cli', 'plan']
const scratch = mkdtempSync(join(tmpdir(), 'rtr-build-'))
try {
  for (const entry of entries) build(entry)
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

function build(entry) {
  const src = `src/entries/${entry}.ts`
  const out = `dist/${entry}`
  const stats = join(scratch, `${entry}.json`)
  rmSync(out, { recursive: true, force: true })
  execFileSync(
    'npx',
    [
      'ncc',
      'build',
      src,
      '-o',
      out,
      '--license',
      '[name].licenses.txt',
      '-q',
      '--stats-out',
      stats,
    ],
    { stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: BUNDLE_TSCONFIG } },
  )
  checkStandIns(entry, JSON.parse(readFileSync(stats, 'utf8')))
  joinLicenses(out)
  if (entry === 'cli') {
    const bin = `${out}/index.js`
    if (!readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n'))
      throw new Error(`${bin} lost its shebang: npx resilient-test-runner would not run it`)
    chmodSync(bin, 0o755)
  }
  const chunks = readdirSync(out).filter((f) => /^\d+\.index\.js$/.test(f))
  console.log(`built ${out}/index.js${chunks.length ? ` (+ ${chunks.join(', ')})` : ''}`)
}

/** main.licenses.txt (the entry chunk) first, then the other chunks' by id. */
function joinLicenses(dir) {
  const byId = (f) => (f.startsWith('main.') ? -1 : parseInt(f, 10))
  const parts = readdirSync(dir)
    .filter((f) => f.endsWith('.licenses.txt'))
    .sort((a, b) => byId(a) - byId(b))
  if (parts.length === 0) return
  writeFileSync(
    `${dir}/licenses.txt`,
    parts.map((f) => readFileSync(`${dir}/${f}`, 'utf8')).join('\n'),
  )
  for (const f of parts) rmSync(`${dir}/${f}`)
}
