// Everything with a side effect the engine uses, in one injectable bundle:
// tests swap the port probe, the clock or the random part for deterministic
// runs; the front ends use the real ones.
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { checkComposeV2, runCompose, type ComposeRunner } from '../compose/compose.js'
import type { DockerClient } from '../docker/client.js'
import { lazyDockerClient } from '../docker/lazy-client.js'
import { execThroughApi } from './api-exec.js'
import { probeWithGetPort, type PortProbe } from './ports.js'
import type { Reporter } from './reporter.js'

export interface EngineDeps {
  docker: DockerClient
  compose: ComposeRunner
  checkCompose: () => Promise<string>
  probePort: PortProbe
  now: () => Date
  /** The short random part of project names. */
  random: () => string
  reporter: Reporter
  /** Where generated files (the labels override) live until the post step. */
  tempDir: string
}

export function defaultDeps(reporter: Reporter): EngineDeps {
  // dockerode loads on the first Docker call (lazy-client.ts).
  const docker = lazyDockerClient(() =>
    import('../docker/dockerode-client.js').then((m) => m.createDockerClient()),
  )
  return {
    docker,
    // Execs in running services go through the Engine API (api-exec.ts).
    compose: execThroughApi(runCompose, docker),
    checkCompose: checkComposeV2,
    probePort: probeWithGetPort,
    now: () => new Date(),
    random: () => randomBytes(3).toString('hex'),
    reporter,
    tempDir: process.env.RUNNER_TEMP || tmpdir(),
  }
}
