// Bundles each entry point with ncc into dist/<entry>/index.js (ES modules,
// because the @actions packages are ESM-only). dist/ is committed: the runner
// executes it as is. dist/cli/index.js is package.json's `bin`: ncc keeps its
// `#!/usr/bin/env node` line; the check below fails the build if it ever stops.
//
// Code loaded with a dynamic import() (Octokit in main and post, the teardown
// in the watchdog) becomes chunk files next to index.js (`<id>.index.js`, ids
// stable across machines), which index.js imports relative to itself: they are
// part of the bundle and committed with it. ncc's license plugin writes one
// file per chunk, all under the one name it is given, so each overwrote the
// last; it gets `[name].licenses.txt` here and the parts are joined into
// licenses.txt (a package split across chunks is then listed once per chunk).
import { execFileSync } from 'node:child_process'
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

const entries = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['main', 'post', 'watchdog', 'cli']
for (const entry of entries) {
  const src = `src/entries/${entry}.ts`
  const out = `dist/${entry}`
  rmSync(out, { recursive: true, force: true })
  execFileSync('npx', ['ncc', 'build', src, '-o', out, '--license', '[name].licenses.txt', '-q'], {
    stdio: 'inherit',
  })
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
