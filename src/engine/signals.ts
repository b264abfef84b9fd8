// Cancellation by signal for a process that owns what it created. The first
// SIGINT/SIGTERM/SIGHUP aborts the work in progress; it never exits the
// process: the caller's teardown must still run. Every later signal is only
// reported (a second Ctrl+C while tearing down must not abandon the teardown,
// or the project it was removing stays behind half removed).

export const CANCEL_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

export interface SignalTrap {
  /** Aborted at the first signal. */
  readonly signal: AbortSignal
  /** The first signal received, if any. */
  readonly received: NodeJS.Signals | undefined
  /** Restores the default behaviour (a signal ends the process). */
  release(): void
}

type SignalSource = Pick<NodeJS.Process, 'on' | 'off'>

/**
 * `onSignal` is told each signal and how many have come so far (1 for the
 * first); the front end decides what to say, depending on its phase.
 */
export function trapSignals(
  onSignal: (signal: NodeJS.Signals, count: number) => void,
  source: SignalSource = process,
  signals: readonly NodeJS.Signals[] = CANCEL_SIGNALS,
): SignalTrap {
  const controller = new AbortController()
  let received: NodeJS.Signals | undefined
  let count = 0
  const handler = (signal: NodeJS.Signals) => {
    count++
    received ??= signal
    onSignal(signal, count)
    controller.abort()
  }
  for (const s of signals) source.on(s, handler)
  return {
    signal: controller.signal,
    get received() {
      return received
    },
    release: () => {
      for (const s of signals) source.off(s, handler)
    },
  }
}
