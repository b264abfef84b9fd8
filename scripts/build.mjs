// Bundles each entry point with ncc into dist/<entry>/index.js (ES modules,
// because the @actions packages are ESM-only). dist/ is committed: the runner
// executes it as is. dist/cli/index.js is package.json's `bin`: ncc keeps its
// `#!/usr/bin/env node` line; the check below fails the build if it ever stops.
import { execFileSync } from 'node:child_process'
import { chmodSync, readFileSync, rmSync } from 'node:fs'

const entries = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['main', 'post', 'watchdog', 'cli']
for (const entry of entries) {
  const src = `src/entries/${entry}.ts`
  rmSync(`dist/${entry}`, { recursive: true, force: true })
  execFileSync(
    'npx',
    ['ncc', 'build', src, '-o', `dist/${entry}`, '--license', 'licenses.txt', '-q'],
    { stdio: 'inherit' },
  )
  if (entry === 'cli') {
    const bin = `dist/${entry}/index.js`
    if (!readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n'))
      throw new Error(`${bin} lost its shebang: npx resilient-test-runner would not run it`)
    chmodSync(bin, 0o755)
  }
  console.log(`built dist/${entry}/index.js`)
}
