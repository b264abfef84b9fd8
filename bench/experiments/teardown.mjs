// Experiment (teardown, goal < 1.5 s): `compose down -v` (what
// src/engine/teardown.ts runs, with the action's default -t 2, and with -t 0)
// against removing the project's containers in parallel through the Engine
// API (force, with volumes), then its network and volumes in parallel.
//   node bench/experiments/teardown.mjs [reps]
import { nowMs } from '../lib/proc.mjs'
import { api, fixture, report } from './engine.mjs'

const reps = Number(process.argv[2] ?? 5)
const samples = { 'down -t 2': [], 'down -t 0': [], 'API parallel': [] }
for (let i = 0; i < reps; i++)
  for (const how of Object.keys(samples)) {
    const p = fixture(`td-${i}-${how.replace(/\W+/g, '')}`.toLowerCase(), 8471)
    try {
      await p.compose(['up', '-d', '--wait'])
      const ids = await Promise.all(['odoo', 'db'].map((s) => p.id(s)))
      const t0 = nowMs()
      if (how === 'API parallel') {
        await Promise.all(ids.map((id) => api('DELETE', `/containers/${id}?force=true&v=true`)))
        await Promise.all([
          api('DELETE', `/networks/${p.project}_default`),
          api('DELETE', `/volumes/${p.project}_db-data?force=true`),
          api('DELETE', `/volumes/${p.project}_odoo-data?force=true`),
        ])
      } else await p.compose(['down', '-v', '--remove-orphans', '-t', how.slice(-1)])
      samples[how].push(nowMs() - t0)
    } finally {
      await p.down() // a no-op when the variant removed everything
    }
  }
report(samples, 'teardown')
