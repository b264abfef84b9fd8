// Stands in for ssh2 in the bundles (src/tsconfig.json `paths`). docker-modem
// requires it at the top of lib/ssh.js, but uses it only when DOCKER_HOST is
// ssh://: evaluating it cost ~77 ms of dockerode's load, on main's critical
// path. The real package is a chunk of its own, loaded by loadSsh2(), which
// dockerode-client.ts awaits when DOCKER_HOST is ssh:// (docker-modem builds
// its `new Client()` on each request, after that). test/unit/vendor/
// aliases.test.ts fails when docker-modem starts using another name.
import type { SshClient } from 'ssh2/lib/index.js'
import { onDemand } from './on-demand.js'

const ssh2 = onDemand('ssh2', 'loadSsh2() (src/vendor/ssh2.ts)', async () => {
  // A subpath: the alias matches 'ssh2' exactly, so this is the real package
  // (it has no exports map), and webpack makes the dynamic import a chunk.
  const m = await import('ssh2/lib/index.js')
  return m.default ?? m
})

export const loadSsh2 = ssh2.load

/** DOCKER_HOST=ssh://...: the one case in which docker-modem uses ssh2. */
export const needsSsh2 = (dockerHost = process.env.DOCKER_HOST ?? ''): boolean =>
  /^ssh:\/\//i.test(dockerHost)

/** `new Client()` builds the real one (a constructor may return another object). */
export const Client = class Client {
  constructor() {
    return new (ssh2.get().Client)()
  }
} as unknown as new () => SshClient
