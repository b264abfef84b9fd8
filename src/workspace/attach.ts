// Commands a person attaches to (`logs --follow`, an Odoo shell, psql):
// compose with the caller's stdin, so a script can be piped in, and the
// program's output straight through. A terminal on both ends gets a TTY
// (no -T); a pipe gets none, as `docker compose exec -T`.
import { spawn } from 'node:child_process'
import type { Readable } from 'node:stream'
import { composeArgs, composeEnv, type ComposeTarget } from '../compose/compose.js'
import { composeCommand } from '../compose/command.js'

export interface AttachIo {
  /** Undefined: the program gets an empty stdin (logs). */
  stdin?: Readable & { isTTY?: boolean }
  stdout: { write(b: Uint8Array | string): unknown; isTTY?: boolean }
  stderr: { write(b: Uint8Array | string): unknown }
}

/** Pure: `exec` with -T unless both ends are terminals. */
export function execArgs(service: string, cmd: string[], tty: boolean): string[] {
  return ['exec', ...(tty ? [] : ['-T']), service, ...cmd]
}

export function attachCompose(
  target: ComposeTarget,
  args: string[],
  io: AttachIo,
  signal?: AbortSignal,
): Promise<number> {
  const { file, prefix } = composeCommand()
  const tty = args[0] === 'exec' && !args.includes('-T')
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...prefix, ...composeArgs(target), ...args], {
      cwd: target.workingDirectory,
      env: composeEnv(target),
      stdio: tty ? 'inherit' : ['pipe', 'pipe', 'pipe'],
      signal,
    })
    if (!tty) {
      // stdin closed by a program that does not read it is not an error.
      child.stdin?.on('error', () => undefined)
      if (!io.stdin || io.stdin.isTTY) child.stdin?.end()
      else io.stdin.pipe(child.stdin as NodeJS.WritableStream)
      child.stdout?.on('data', (b: Buffer) => io.stdout.write(b))
      child.stderr?.on('data', (b: Buffer) => io.stderr.write(b))
    }
    child.on('error', (e) => (signal?.aborted ? resolve(130) : reject(e)))
    child.on('close', (code, sig) => {
      io.stdin?.unpipe()
      resolve(code ?? (sig ? 128 + 2 : 1))
    })
  })
}
