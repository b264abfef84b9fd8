// `docker run --rm --network none --entrypoint E IMAGE CMD...` through the
// Engine API: a short process in a new container of an image, its two streams
// kept apart (stdout may be JSON). Used to ask an image something before its
// project is up (the template cache reads the core addons' manifests this
// way, while compose starts the database). AutoRemove: Docker removes the
// container when the process ends, even when this process is killed first.
import { PassThrough } from 'node:stream'
import type Docker from 'dockerode'
import type { ImageRun, ImageRunResult } from './client.js'

export async function runImage(
  docker: Docker,
  image: string,
  req: ImageRun,
): Promise<ImageRunResult> {
  const container = await docker.createContainer({
    name: req.name,
    Image: image,
    Entrypoint: req.entrypoint,
    Cmd: req.cmd,
    Labels: req.labels,
    AttachStdout: true,
    AttachStderr: true,
    Tty: false,
    HostConfig: { AutoRemove: true, NetworkMode: 'none' },
  })
  // Attached before the start: output written at once is not lost.
  const stream = await container.attach({ stream: true, stdout: true, stderr: true })
  const out: Buffer[] = []
  const err: Buffer[] = []
  const stdout = new PassThrough().on('data', (b: Buffer) => out.push(b))
  const stderr = new PassThrough().on('data', (b: Buffer) => err.push(b))
  docker.modem.demuxStream(stream, stdout, stderr)
  const ended = new Promise<void>((resolve) => {
    stream.on('end', resolve)
    stream.on('close', resolve)
    stream.on('error', () => resolve())
  })
  const timer = setTimeout(() => void container.kill().catch(() => undefined), req.timeoutMs)
  try {
    await container.start()
    const waited = (await container.wait()) as { StatusCode?: number }
    await ended
    return {
      exitCode: typeof waited.StatusCode === 'number' ? waited.StatusCode : null,
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8').slice(-4000),
    }
  } catch (e) {
    // Never started (or the wait failed): AutoRemove only acts on an exit.
    await container.remove({ force: true }).catch(() => undefined)
    throw e
  } finally {
    clearTimeout(timer)
  }
}

/** The ID of a local image (`sha256:...`), or undefined when the engine does not have it. */
export async function localImageId(docker: Docker, ref: string): Promise<string | undefined> {
  try {
    return (await docker.getImage(ref).inspect()).Id
  } catch {
    return undefined
  }
}
