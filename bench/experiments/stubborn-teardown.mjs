// Experiment (issue 17): the post step of the action on a project whose
// database ignores SIGTERM (test/fixtures/compose.stubborn-db.yml), with the
// stop grace a throw-away run used to give (down-timeout 2, the old default)
// and with the default now (none: the volumes are deleted right after).
// Interleaved, the order rotating each round; medians and the ratio.
//   node bench/experiments/stubborn-teardown.mjs [rounds] [--before DIST] [--out FILE]
// --before DIST adds a third variant: that build of dist/ with its own
// default (e.g. `git archive effcd0d dist | tar -x -C /tmp/before`).
import { writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { DIST, Job, ROOT, snapshotDist } from '../lib/gha.mjs'
import { leftovers, count, PREFIX, sweep } from '../lib/leftovers.mjs'
import { actionInputs } from '../lib/variants.mjs'

const args = process.argv.slice(2)
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const rounds = Number(args.find((a) => /^\d+$/.test(a)) ?? 8)
const compose = join(ROOT, 'test/fixtures/compose.stubborn-db.yml')
// A prefix of its own: the check and the sweep below never touch another
// benchmark's rtr-bench-* projects running on the same engine.
const prefix = `${PREFIX}stubborn`
const removeSnapshot = snapshotDist()
const current = DIST.dir
const variants = [
  { name: 'down-timeout 2 (the old default)', dist: current, inputs: { 'down-timeout': '2' } },
  { name: 'default (no grace)', dist: current, inputs: {} },
]
if (opt('--before'))
  variants.push({
    name: 'build before, its default',
    dist: resolve(opt('--before'), 'dist'),
    inputs: {},
  })

const samples = Object.fromEntries(variants.map((v) => [v.name, []]))
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
let failures = 0
const loadBefore = loadavg()[0]
try {
  for (let i = 0; i < rounds; i++) {
    const order = variants.map((_, k) => variants[(k + i) % variants.length])
    for (const v of order) {
      DIST.dir = v.dist
      const job = new Job(
        actionInputs({ 'compose-file': compose, 'project-prefix': prefix, ...v.inputs }),
      )
      const main = await job.step('main')
      const post = await job.step('post')
      const ok = main.code === 0 && post.code === 0 && job.report()?.cleanup?.verified === true
      if (!ok) {
        failures++
        console.error(`${v.name} failed: ${main.stdout.slice(-400)}\n${post.stdout.slice(-400)}`)
      } else samples[v.name].push(post.ms)
      job.remove()
    }
  }
} finally {
  removeSnapshot()
}
const loadAfter = loadavg()[0]
const left = await leftovers(prefix)
if (count(left)) await sweep(prefix)
const base = median(samples[variants[0].name])
const result = variants.map((v) => ({
  variant: v.name,
  n: samples[v.name].length,
  median_ms: Math.round(median(samples[v.name])),
  min_ms: Math.round(Math.min(...samples[v.name])),
  max_ms: Math.round(Math.max(...samples[v.name])),
  ratio_to_first: Number((median(samples[v.name]) / base).toFixed(2)),
  samples_ms: samples[v.name].map(Math.round),
}))
for (const r of result)
  console.log(
    `${r.variant.padEnd(36)} post median ${r.median_ms} ms (min ${r.min_ms}, max ${r.max_ms}, n ${r.n}), ratio ${r.ratio_to_first}`,
  )
console.log(
  `failures: ${failures}, leftovers: ${count(left)}, load average ${loadBefore.toFixed(1)} -> ${loadAfter.toFixed(1)}`,
)
if (opt('--out'))
  writeFileSync(
    opt('--out'),
    `${JSON.stringify({ rounds, compose, loadavg: [loadBefore, loadAfter], result, failures, leftovers: count(left) }, null, 2)}\n`,
  )
process.exit(failures || count(left) ? 1 : 0)
