// A newcomer's `npm test` brings up what the docker tests need by itself: as
// root, a Docker engine that does not answer is installed and started with
// scripts/install-docker.sh (Debian's packages); otherwise one line says what
// to run. The decision is a function of what it is given, so it is unit tested.

export interface DockerProbe {
  answers: () => boolean
  isRoot: boolean
  /** Runs scripts/install-docker.sh (inherits the terminal); throws when it fails. */
  install: () => void
  log: (line: string) => void
}

export const NOT_ROOT_MESSAGE =
  'The docker tests need a running Docker engine with Compose v2: run `sudo bash scripts/install-docker.sh` (or start Docker), then `npm test` again; `npm run test:unit` needs no Docker.'

export function ensureDocker(p: DockerProbe): void {
  if (p.answers()) return
  if (!p.isRoot) throw new Error(NOT_ROOT_MESSAGE)
  p.log('Docker does not answer: installing and starting it with scripts/install-docker.sh ...')
  p.install()
  if (!p.answers())
    throw new Error(
      'scripts/install-docker.sh ran but Docker still does not answer: see its output above (`docker info` says why).',
    )
}
