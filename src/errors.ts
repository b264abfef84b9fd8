// Error kinds the front ends map to exit codes and messages. Every message is
// written for the person who has to act on it: what is wrong and what to do.

/** A bad input or flag: nothing was started. */
export class InputError extends Error {
  override name = 'InputError'
}

/** Docker or compose missing, unreachable or misbehaving. */
export class EnvironmentError extends Error {
  override name = 'EnvironmentError'
}

/** The project did not become healthy (unhealthy, exited, timed out). */
export class HealthError extends Error {
  override name = 'HealthError'
}

/** The run was cancelled by a signal. */
export class CancelledError extends Error {
  override name = 'CancelledError'
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
