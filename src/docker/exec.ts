// An exec through the Engine API: create + start reach the daemon in about
// 2 ms, where `docker compose exec` spends ~90 ms starting the CLI, loading
// the project and finding the container before the process starts
// (docs/benchmarks.md). Output is read frame by frame with backpressure: the
// consumer's pace, not the process's, sets how much is held in memory.
import type Docker from 'dockerode'
import type { ExecRequest, ExecSession } from './client.js'
import { FrameDecoder } from './frames.js'

export async function startExec(
  docker: Docker,
  containerId: string,
  req: ExecRequest,
): Promise<ExecSession> {
  const exec = await docker.getContainer(containerId).exec({
    Cmd: req.cmd,
    Env: req.env,
    User: req.user,
    AttachStdin: false,
    AttachStdout: true,
    AttachStderr: true,
    Tty: false, // no TTY: no colours, and the two streams stay framed
  })
  const stream = (await exec.start({ Detach: false, Tty: false })) as NodeJS.ReadableStream & {
    destroy(): void
  }
  async function* output(): AsyncGenerator<Buffer> {
    const decoder = new FrameDecoder()
    for await (const chunk of stream) yield* decoder.push(chunk as Buffer)
  }
  return {
    output: output(),
    async exitCode() {
      // The stream can end a moment before the daemon records the exit.
      for (let i = 0; i < 100; i++) {
        const info = await exec.inspect()
        if (!info.Running) return info.ExitCode ?? null
        await new Promise((r) => setTimeout(r, 20))
      }
      return null
    },
    close: () => stream.destroy(),
  }
}
