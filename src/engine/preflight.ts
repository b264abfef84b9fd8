// Before a run creates anything: the engine must answer and compose must be v2.
import type { DockerClient } from '../docker/client.js'
import { hostEndpoint } from '../docker/endpoint.js'
import { EnvironmentError, errorMessage } from '../errors.js'
import { ENGINE_ANSWER_MS, withDeadline } from './deadline.js'

/** Where the engine is expected, for messages: DOCKER_HOST, the docker context or the default socket. */
export function engineAddress(): string {
  return hostEndpoint().description
}

export async function checkEngine(
  docker: DockerClient,
  timeoutMs = ENGINE_ANSWER_MS,
): Promise<void> {
  try {
    await withDeadline(docker.ping(), timeoutMs)
  } catch (err) {
    throw new EnvironmentError(
      `The Docker engine does not answer at ${engineAddress()}: ${errorMessage(err)}. Start Docker (on a Debian host: sudo bash scripts/install-docker.sh; elsewhere: start Docker Desktop or 'sudo systemctl start docker'), or point DOCKER_HOST (or the docker context) at a running engine.`,
    )
  }
}
