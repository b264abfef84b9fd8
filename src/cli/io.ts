// The process's streams and environment behind a small interface, so the
// commands can be driven from unit tests and the JSON mode can move every
// message for people to stderr.

export interface Sink {
  write(text: string | Uint8Array): unknown
  isTTY?: boolean
}

export interface CliIo {
  stdout: Sink
  stderr: Sink
  env: NodeJS.ProcessEnv
  cwd: string
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }
}

/** Where messages for people go: stderr when stdout is reserved for the JSON object. */
export function humanSink(io: CliIo, json: boolean): Sink {
  return json ? io.stderr : io.stdout
}

/** Live, redrawn status lines only on a terminal and never under CI. */
export function isLive(sink: Sink, env: NodeJS.ProcessEnv): boolean {
  return sink.isTTY === true && !env.CI
}
