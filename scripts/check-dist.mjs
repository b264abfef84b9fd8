// Fails when dist/ is not what `npm run build` makes of the committed src/:
// the action runs dist/, so a stale bundle would run stale code. New files
// count as a difference, each one listed: a chunk that index.js imports but
// that is not committed would break the action at the moment it loads it.
import { execFileSync } from 'node:child_process'

execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' })
const status = execFileSync(
  'git',
  ['status', '--porcelain', '--untracked-files=all', '--', 'dist'],
  { encoding: 'utf8' },
)
if (status.trim()) {
  console.error('dist/ differs from a fresh build of src/:\n' + status)
  console.error(execFileSync('git', ['diff', '--stat', '--', 'dist'], { encoding: 'utf8' }))
  console.error('Run `npm run build` and commit dist/ (new chunk files included).')
  process.exit(1)
}
console.log('dist/ is up to date with src/.')
