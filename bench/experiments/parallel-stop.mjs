// Experiment (teardown): does stopping (or killing) the project's containers
// through the Engine API, all at once, while `compose down -v` starts, speed
// it up? Compose stops them one after the other in reverse dependency order;
// a run's containers are disposable. src/engine/teardown.ts (stopAll) does
// the stop variant, with the action's -t.
//   node bench/experiments/parallel-stop.mjs [reps]
import { nowMs } from '../lib/proc.mjs'
import { api, fixture, report } from './engine.mjs'

const reps = Number(process.argv[2] ?? 5)
const samples = { 'down -t 2': [], 'kill || down': [], 'stop -t 2 || down': [] }
const kill = (ids) =>
  Promise.all(ids.map((id) => api('POST', `/containers/${id}/kill`).catch(() => {})))
const stop = (ids) =>
  Promise.all(ids.map((id) => api('POST', `/containers/${id}/stop?t=2`).catch(() => {})))
for (let i = 0; i < reps; i++)
  for (const how of Object.keys(samples)) {
    const p = fixture(`ps-${i}-${how.replace(/\W+/g, '')}`.toLowerCase(), 8472)
    try {
      await p.compose(['up', '-d', '--wait'])
      const ids = await Promise.all(['odoo', 'db'].map((s) => p.id(s)))
      const down = () => p.compose(['down', '-v', '--remove-orphans', '-t', '2'])
      const t0 = nowMs()
      if (how === 'kill || down') await Promise.all([kill(ids), down()])
      else if (how === 'stop -t 2 || down') await Promise.all([stop(ids), down()])
      else await down()
      samples[how].push(nowMs() - t0)
    } finally {
      await p.down()
    }
  }
report(samples, 'teardown')
