// What the benchmark left in Docker, and the last-resort sweep. Everything it
// creates is named after a compose project starting with `rtr-bench-`
// (containers <project>-<service>-N, network <project>_default, volumes
// <project>_<volume>), so a name prefix is both the check and the sweep, and
// never touches the projects of the engineers testing on the same engine.
import { docker, lines, run, sleep } from './proc.mjs'

export const PREFIX = 'rtr-bench-'

/** Containers, networks and volumes whose name starts with `prefix`. */
export async function leftovers(prefix = PREFIX) {
  const [c, n, v] = await Promise.all([
    docker(['ps', '-a', '--format', '{{.Names}}']),
    docker(['network', 'ls', '--format', '{{.Name}}']),
    docker(['volume', 'ls', '--format', '{{.Name}}']),
  ])
  const mine = (res) => lines(res.stdout).filter((name) => name.startsWith(prefix))
  return { containers: mine(c), networks: mine(n), volumes: mine(v) }
}

export const count = (l) => l.containers.length + l.networks.length + l.volumes.length

/** Waits (up to `ms`) for the engine to answer: it may be restarting under us. */
export async function waitForEngine(ms = 60_000) {
  for (let t = 0; t < ms; t += 1000) {
    if ((await docker(['version', '--format', '{{.Server.Version}}'], { ok: true })).code === 0)
      return true
    await sleep(1000)
  }
  return false
}

/** Force-removes whatever is left under the prefix; returns what it removed. */
export async function sweep(prefix = PREFIX) {
  await waitForEngine()
  const left = await leftovers(prefix)
  // Containers first: a network or volume in use cannot be removed.
  if (left.containers.length) await docker(['rm', '-f', '-v', ...left.containers], { ok: true })
  if (left.networks.length) await docker(['network', 'rm', ...left.networks], { ok: true })
  if (left.volumes.length) await docker(['volume', 'rm', '-f', ...left.volumes], { ok: true })
  return left
}

/**
 * Watchdogs that our action runs started (detached, so not our children) and
 * that are still alive: each exits within its 1 s poll once post recorded a
 * verified cleanup. Waits up to `ms` for them, then ends the rest by pid.
 */
export async function reapWatchdogs(ms = 5000) {
  const alive = async () =>
    lines((await run('ps', ['-eo', 'pid=,args='])).stdout)
      .filter((l) => l.includes('dist/watchdog/index.js') && l.includes(`"project":"${PREFIX}`))
      .map((l) => Number(l.trim().split(' ')[0]))
  let pids = await alive()
  for (let t = 0; pids.length && t < ms; t += 250) {
    await sleep(250)
    pids = await alive()
  }
  for (const pid of pids) process.kill(pid, 'SIGTERM')
  return pids.length
}
