// Fails when dist/ is not what `npm run build` makes of the committed src/:
// the action runs dist/, so a stale bundle would run stale code.
import { execFileSync } from 'node:child_process'

execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' })
const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' })
if (status.trim()) {
  console.error('dist/ differs from a fresh build of src/:\n' + status)
  console.error(execFileSync('git', ['diff', '--stat', '--', 'dist'], { encoding: 'utf8' }))
  console.error('Run `npm run build` and commit dist/.')
  process.exit(1)
}
console.log('dist/ is up to date with src/.')
