// How every bundle ends: explicitly, once its output is out. A Docker call
// that was given up on (an engine that never answers: engine/deadline.ts)
// and the Docker client's keep-alive sockets would otherwise hold the
// process, and with it the job step, open.
export async function exitWhenFlushed(code?: number): Promise<never> {
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()))
  // Not process.exit(undefined): an explicit undefined resets process.exitCode
  // (set by core.setFailed) to 0.
  if (code !== undefined) process.exitCode = code
  process.exit()
}
