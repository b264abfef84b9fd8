// Setup of the docker test project: a Docker engine must answer (these tests
// never skip: a green run without them would prove nothing; as root, one is
// installed: ensure-docker.ts), the fixture images must exist, and dist/ must
// be built (the e2e tests run the bundles).
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { dockerAnswers } from './docker.js'
import { ensureDocker } from './ensure-docker.js'
import { ROOT } from './gha-runner.js'

export default function setup(): void {
  ensureDocker({
    answers: dockerAnswers,
    isRoot: process.getuid?.() === 0,
    install: () =>
      execFileSync('bash', [join(ROOT, 'scripts/install-docker.sh')], { stdio: 'inherit' }),
    log: (line) => process.stderr.write(`${line}\n`),
  })
  execFileSync('bash', [join(ROOT, 'test/fixtures/build-images.sh')], { stdio: 'inherit' })
  if (
    !existsSync(join(ROOT, 'dist/main/index.js')) ||
    !existsSync(join(ROOT, 'dist/post/index.js'))
  ) {
    throw new Error('dist/ is missing: run `npm run build` first.')
  }
}
