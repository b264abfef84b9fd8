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
    // A signal to us ends the program first, then us with its exit code: node
    // must not die and leave compose running (a `kill -INT` of node alone).
    // With a TTY the terminal's Ctrl+C reaches the program itself (psql
    // cancels a query with it), so that one is only kept from killing us.
    const onSignal = (sig: NodeJS.Signals) => {
      if (!(tty && sig === 'SIGINT')) child.kill('SIGTERM')
    }
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']
    for (const s of signals) process.on(s, onSignal)
    const done = () => signals.forEach((s) => process.off(s, onSignal))
    child.on('error', (e) => {
      done()
      if (signal?.aborted) resolve(130)
      else reject(e)
    })
    child.on('close', (code, sig) => {
      done()
      io.stdin?.unpipe()
      resolve(code ?? (sig ? 130 : 1))
    })
  })
}
