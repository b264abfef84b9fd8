// How the engine talks to a person: the action's job log or a terminal. The
// engine never writes to stdout itself, so both front ends stay in control.
export interface Reporter {
  info(message: string): void
  warning(message: string): void
  /** A foldable section in the job log; a heading on a terminal. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>
  /** Raw output of a child process (compose, the tests), echoed as it comes. */
  output(chunk: Buffer): void
}

/** Drops everything: for tests and for `--json` runs that print only the report. */
export const silentReporter: Reporter = {
  info: () => undefined,
  warning: () => undefined,
  group: (_title, fn) => fn(),
  output: () => undefined,
}
