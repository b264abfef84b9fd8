#!/usr/bin/env node
// Issue 15's real-workload benchmark (a script, not a test): rtr_tested on the
// real-Postgres fixture with the fixture addons mounted and a modelled install
// cost per module (FIXTURE_INSTALL_COST_MS in the Odoo stand-in), so that, as
// with real Odoo, most of a run is installing the dependencies. Variants,
// interleaved (rotated each round): the seed's shell procedure, the tuned
// compose sequence, the action without cache (cache: off), the action cold (a
// miss: empty cache directory, builds and saves the template) and the action
// warm (a hit). Medians and ratios go to stdout and bench/results/workload.json.
//
//   npm run bench -- --workload [--reps 3] [--cost-ms 1000]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Job, ROOT } from './lib/gha.mjs'
import { count, leftovers, PREFIX, sweep } from './lib/leftovers.mjs'
import { docker, lines, nowMs, sleep } from './lib/proc.mjs'
import { machineInfo, writeResults } from './lib/report.mjs'

const { values: args } = parseArgs({
  options: {
    workload: { type: 'boolean' },
    reps: { type: 'string', default: '3' },
    'cost-ms': { type: 'string', default: '1000' },
  },
})
const reps = Number(args.reps)
const costMs = args['cost-ms']
const MODULE = 'rtr_tested'
const PASSED = /0 failed, 0 error\(s\) of 3 tests/
const scratch = mkdtempSync(join(tmpdir(), 'rtr-bench-workload-'))
const costFile = join(scratch, 'compose.cost.yml')
writeFileSync(
  costFile,
  `services:\n  odoo:\n    environment:\n      FIXTURE_INSTALL_COST_MS: '${costMs}'\n`,
)
const FILES = [
  join(ROOT, 'test/fixtures/compose.test.yml'),
  join(ROOT, 'test/fixtures/compose.addons.yml'),
  costFile,
]
const odooTest = (db) => [
  ...['/entrypoint.sh', 'odoo', '-d', db, '-i', MODULE, '--test-enable'],
  ...['--test-tags', `/${MODULE}`, '--stop-after-init', '--http-port', '18069'],
]
const log = (m) => console.error(`[workload ${new Date().toISOString().slice(11, 19)}] ${m}`)

async function raw(kind, steps) {
  const id = Math.random().toString(16).slice(2, 8)
  const project = `${PREFIX}wl-${kind}-${id}`
  const env = { ...process.env, RTR_HOST_PORT: '8497' }
  const compose = (a) =>
    docker(['compose', '-p', project, ...FILES.flatMap((f) => ['-f', f]), ...a], { env, ok: true })
  const t0 = nowMs()
  let ok = false
  try {
    ok = await steps(compose, `bench_${id}`)
  } finally {
    await compose(['down', '-v', '--remove-orphans', ...(kind === 'seed' ? [] : ['-t', '0'])])
  }
  return { project, totalMs: nowMs() - t0, ok }
}

const seed = () =>
  raw('seed', async (compose, db) => {
    await compose(['up', '-d'])
    const ids = lines((await compose(['ps', '-q'])).stdout)
    for (let i = 0; i < 60; i++) {
      const r = await docker(['inspect', '-f', '{{.State.Health.Status}}', ...ids], { ok: true })
      if (lines(r.stdout).every((s) => s === 'healthy')) break
      await sleep(2000)
    }
    const t = await compose(['run', '--rm', 'odoo', ...odooTest(db)])
    return PASSED.test(t.stdout + t.stderr)
  })

const tuned = () =>
  raw('tuned', async (compose, db) => {
    if ((await compose(['up', '-d', '--wait'])).code !== 0) return false
    const t = await compose(['exec', '-T', 'odoo', ...odooTest(db)])
    return PASSED.test(t.stdout + t.stderr)
  })

const warmDir = join(scratch, 'warm-cache')
async function action(inputs) {
  const job = new Job({
    module: MODULE,
    'compose-file': FILES.join(','),
    'project-prefix': `${PREFIX}wl-action`,
    'port-range': '8400-8490',
    ...inputs,
  })
  try {
    const main = await job.step('main')
    const post = await job.step('post')
    const out = job.outputs()
    const cache = job.report()?.cache
    return {
      project: job.project(),
      totalMs: post.t1 - main.t0,
      ok:
        main.code === 0 && post.code === 0 && out.result === 'passed' && out['tests-total'] === '3',
      cacheHit: out['cache-hit'],
      cache,
    }
  } finally {
    job.remove()
  }
}

const VARIANTS = {
  seed,
  tuned,
  'action-off': () => action({ cache: 'off' }),
  'action-cold': () => action({ cache: 'local', 'cache-dir': mkdtempSync(join(scratch, 'cold-')) }),
  'action-warm': () => action({ cache: 'local', 'cache-dir': warmDir }),
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

const results = {
  version: 1,
  date: new Date().toISOString(),
  costMs: Number(costMs),
  reps,
  runs: {},
}
let failed = false
try {
  await sweep()
  results.machine = await machineInfo()
  log(`seeding the warm cache (${warmDir})`)
  const seeded = await VARIANTS['action-warm']()
  if (!seeded.ok || seeded.cacheHit !== 'false') throw new Error('seeding the warm cache failed')
  const names = Object.keys(VARIANTS)
  for (const n of names) results.runs[n] = []
  for (let rep = 0; rep < reps; rep++) {
    for (const name of names.map((_, i) => names[(i + rep) % names.length])) {
      const r = await VARIANTS[name]()
      const left = count(await leftovers(r.project ?? PREFIX))
      const expectHit =
        name === 'action-warm' ? 'true' : name.startsWith('action') ? 'false' : undefined
      const ok = r.ok && left === 0 && (expectHit === undefined || r.cacheHit === expectHit)
      failed ||= !ok
      results.runs[name].push({ ...r, leftovers: left, ok })
      log(`round ${rep + 1}/${reps} ${name}: ${Math.round(r.totalMs)} ms${ok ? '' : ' FAILED'}`)
    }
  }
} finally {
  await sweep()
  rmSync(scratch, { recursive: true, force: true })
}
const med = Object.fromEntries(
  Object.entries(results.runs).map(([n, rs]) => [n, median(rs.map((r) => r.totalMs))]),
)
const ratio = (a, b) => Math.round((med[a] / med[b]) * 100) / 100
results.summary = {
  medianMs: Object.fromEntries(Object.entries(med).map(([n, v]) => [n, Math.round(v)])),
  ratios: {
    'action-warm / seed': ratio('action-warm', 'seed'),
    'action-warm / tuned': ratio('action-warm', 'tuned'),
    'action-cold / action-off': ratio('action-cold', 'action-off'),
    'action-off / seed': ratio('action-off', 'seed'),
    'action-off / tuned': ratio('action-off', 'tuned'),
  },
}
console.log(JSON.stringify(results.summary, null, 2))
for (const f of await writeResults(results, [join(ROOT, 'bench/results/workload.json')]))
  log(`wrote ${f}`)
process.exit(failed ? 1 : 0)
