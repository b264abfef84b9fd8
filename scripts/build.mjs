// Bundles each entry point with ncc into dist/<entry>/index.js (ES modules,
// because the @actions packages are ESM-only). dist/ is committed: the runner
// executes it as is.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const entries = process.argv.slice(2).length ? process.argv.slice(2) : ['main', 'post']
for (const entry of entries) {
  const src = `src/entries/${entry}.ts`
  rmSync(`dist/${entry}`, { recursive: true, force: true })
  execFileSync(
    'npx',
    ['ncc', 'build', src, '-o', `dist/${entry}`, '--license', 'licenses.txt', '-q'],
    { stdio: 'inherit' },
  )
  console.log(`built dist/${entry}/index.js`)
}
