// Setup of the docker test project: a Docker engine must answer (these tests
// never skip: a green run without them would prove nothing), the fixture
// images must exist, and dist/ must be built (the e2e tests run the bundles).
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { dockerAnswers } from './docker.js'
import { ROOT } from './gha-runner.js'

export default function setup(): void {
  if (!dockerAnswers()) {
    throw new Error(
      'The docker tests need a running Docker engine with Compose v2 (sudo bash scripts/install-docker.sh). Run `npm run test:unit` for the tests that do not.',
    )
  }
  execFileSync('bash', [join(ROOT, 'test/fixtures/build-images.sh')], { stdio: 'inherit' })
  if (
    !existsSync(join(ROOT, 'dist/main/index.js')) ||
    !existsSync(join(ROOT, 'dist/post/index.js'))
  ) {
    throw new Error('dist/ is missing: run `npm run build` first.')
  }
}
