// Stopping what a test run started inside a container that stays up. Killing
// the `docker compose exec` client does not stop the process it started in
// the container: in a throw-away project teardown removes it anyway, in a
// long-lived environment it would run on (and hold its database). So every
// exec of a test run carries a marker variable (`exec -e`), inherited by all
// it starts (the coverage wrapper, Odoo, its children), and a cancel kills
// every process of the container whose environment holds that marker. The
// marker is a positional parameter of a fixed script, never spliced into it.
import type { ComposeRunner, ComposeTarget } from '../compose/compose.js'

export const MARKER_ENV = 'RTR_TEST_RUN'

/** `RTR_TEST_RUN=<id>`: the variable every marked exec gets. */
export const marker = (id: string) => `${MARKER_ENV}=${id}`

/** A compose runner whose `exec` calls carry the marker; anything else passes through. */
export function markExecs(compose: ComposeRunner, mark: string): ComposeRunner {
  return (target, args, opts) =>
    args[0] === 'exec'
      ? compose(target, ['exec', '-e', mark, ...args.slice(1)], opts)
      : compose(target, args, opts)
}

// TERM to every marked process, up to 5 s for them to end, then KILL. Reads
// /proc directly: sh, tr and grep exist in every image (pkill does not).
const KILL_SCRIPT = `
pids() {
  for d in /proc/[0-9]*; do
    tr '\\0' '\\n' < "$d/environ" 2>/dev/null | grep -qxF "$0" && echo "\${d#/proc/}"
  done
}
p=$(pids)
[ -n "$p" ] || exit 0
kill -TERM $p 2>/dev/null
for i in 1 2 3 4 5; do
  sleep 1
  p=$(pids)
  [ -n "$p" ] || exit 0
done
kill -KILL $p 2>/dev/null
exit 0
`

/** True when no marked process is left (or none ran). */
export async function killMarked(
  target: ComposeTarget,
  service: string,
  mark: string,
  compose: ComposeRunner,
): Promise<boolean> {
  const res = await compose(target, ['exec', '-T', service, 'sh', '-c', KILL_SCRIPT, mark], {
    timeoutMs: 30_000,
  }).catch(() => undefined)
  return res?.exitCode === 0
}
