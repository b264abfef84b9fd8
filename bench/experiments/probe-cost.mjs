// Experiment (health-start-interval): what Docker's health probes cost a
// start-up that needs the CPU, as real Odoo's does. Two containers on the two
// cores each run a fixed shell loop (a CPU-bound start-up) and time it with
// /proc/uptime; each is probed every 0 (no probe during the loop), 500, 250 or
// 100 ms. Every probe is a process the runtime starts in the container, so the
// loop's time grows with the probe rate. Settings are interleaved per round;
// the result is read from the container's log once a second.
//   node bench/experiments/probe-cost.mjs [rounds]
import { docker, lines, sleep } from '../lib/proc.mjs'
import { report } from './engine.mjs'

const rounds = Number(process.argv[2] ?? 4)
const LABEL = 'rtr-bench-x-probe=1'
const loop =
  'a=$(cut -d" " -f1 /proc/uptime); i=0; while [ $i -lt 1500000 ]; do i=$((i+1)); done;' +
  ' b=$(cut -d" " -f1 /proc/uptime); echo "$a $b" | tee /tmp/ready; sleep 3600'
const settings = ['0', '500ms', '250ms', '100ms']
const samples = Object.fromEntries(settings.map((s) => [`start_interval ${s}`, []]))

async function once(startInterval) {
  const health = ['--health-cmd', 'test -e /tmp/ready', '--health-interval', '30s']
  if (startInterval !== '0')
    health.push('--health-start-period', '60s', '--health-start-interval', startInterval)
  const ids = []
  try {
    for (let k = 0; k < 2; k++) {
      const run = ['run', '-d', '--label', LABEL, ...health, '--entrypoint', 'sh']
      ids.push(lines((await docker([...run, 'rtr-fixture-odoo:18', '-c', loop])).stdout)[0])
    }
    const seconds = []
    for (const id of ids) {
      let out = ''
      // The log, not an exec: polling must not add processes in the container.
      while (!(out = (await docker(['logs', id], { ok: true })).stdout.trim())) await sleep(1000)
      const [a, b] = out.split(' ').map(Number)
      seconds.push(b - a)
    }
    return (1000 * (seconds[0] + seconds[1])) / 2
  } finally {
    if (ids.length) await docker(['rm', '-f', ...ids], { ok: true })
  }
}

for (let r = 0; r < rounds; r++)
  for (const s of settings) samples[`start_interval ${s}`].push(await once(s))
report(samples, 'CPU-bound start-up (mean of 2)')
