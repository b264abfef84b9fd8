// Experiment (readiness, goal < 50 ms): from the moment a runner decides to
// start the tests to the daemon's exec_start event, for `docker compose exec
// -T` (what src/engine/test-phase.ts does) and for the Engine API (exec
// create + start, what dockerode would do). The daemon's event time is the
// end point in both cases.   node bench/experiments/exec-latency.mjs [reps]
import { recordEvents } from '../lib/events.mjs'
import { nowMs, sleep } from '../lib/proc.mjs'
import { api, fixture, report } from './engine.mjs'

const reps = Number(process.argv[2] ?? 7)
const p = fixture('exec', 8470)
const events = recordEvents(nowMs() - 500)
try {
  await p.compose(['up', '-d', '--wait'])
  const odoo = await p.id('odoo')
  const samples = { 'compose exec': [], 'Engine API': [] }
  for (let i = 0; i < reps; i++)
    for (const how of Object.keys(samples)) {
      const marker = `rtr-bench-${i}-${how.replace(' ', '-')}`
      const t0 = nowMs()
      if (how === 'compose exec') await p.compose(['exec', '-T', 'odoo', 'echo', marker])
      else {
        const exec = await api('POST', `/containers/${odoo}/exec`, {
          Cmd: ['echo', marker],
          AttachStdout: true,
          AttachStderr: true,
        })
        await api('POST', `/exec/${exec.Id}/start`, { Detach: false, Tty: false })
      }
      await sleep(300) // the event stream lags by a few ms
      samples[how].push(events.of(p.project).find((e) => e.action.includes(marker)).t - t0)
    }
  report(samples, 'call -> exec_start')
} finally {
  await p.down()
  await events.stop()
}
