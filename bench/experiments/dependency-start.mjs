// Experiment (up + health): compose's own depends_on gating (`up -d`, odoo
// started once compose has noticed that db is healthy) against creating the
// project with compose and starting each container through the Engine API
// the moment the daemon's health event of its dependency arrives (the event
// stream src/engine/health.ts already subscribes to). Measured: from the
// first command to odoo's health_status: healthy event.
//   node bench/experiments/dependency-start.mjs [reps]
import { recordEvents } from '../lib/events.mjs'
import { nowMs, sleep } from '../lib/proc.mjs'
import { api, fixture, report } from './engine.mjs'

const reps = Number(process.argv[2] ?? 5)
const events = recordEvents(nowMs() - 500)
const healthyAt = async (project, id) => {
  for (let e; ; await sleep(5))
    if ((e = events.of(project).find((x) => x.id === id && x.action === 'health_status: healthy')))
      return e.t
}
const samples = { 'compose up -d': [], 'event-ordered': [] }
try {
  for (let i = 0; i < reps; i++)
    for (const how of Object.keys(samples)) {
      const p = fixture(`dep-${i}-${how.replace(/\W+/g, '')}`.toLowerCase(), 8472)
      try {
        const t0 = nowMs()
        if (how === 'compose up -d') await p.compose(['up', '-d'])
        else {
          await p.compose(['create'])
          // src/ would have the ids from its API listing; here a CLI call each (counted).
          const [db, odoo] = await Promise.all([p.id('db'), p.id('odoo')])
          await api('POST', `/containers/${db}/start`)
          await healthyAt(p.project, db)
          await api('POST', `/containers/${odoo}/start`)
        }
        samples[how].push((await healthyAt(p.project, await p.id('odoo'))) - t0)
      } finally {
        await p.down()
      }
    }
  report(samples, 'start -> all healthy')
} finally {
  await events.stop()
}
