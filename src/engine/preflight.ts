// Before a run creates anything: the engine must answer and compose must be v2.
import type { DockerClient } from '../docker/client.js'
import { EnvironmentError, errorMessage } from '../errors.js'

export async function checkEngine(docker: DockerClient, timeoutMs = 15_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs)
  })
  try {
    await Promise.race([docker.ping(), timeout])
  } catch (err) {
    const where = process.env.DOCKER_HOST
      ? `DOCKER_HOST (${process.env.DOCKER_HOST})`
      : 'the default socket /var/run/docker.sock'
    throw new EnvironmentError(
      `The Docker engine does not answer at ${where}: ${errorMessage(err)}. Start Docker (on a Debian host: sudo bash scripts/install-docker.sh; elsewhere: start Docker Desktop or 'sudo systemctl start docker'), or point DOCKER_HOST at a running engine.`,
    )
  } finally {
    clearTimeout(timer)
  }
}
