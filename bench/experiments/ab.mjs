// Experiment: two builds of the action side by side, interleaved (A B, B A,
// ...), main + post as the runner runs them on the fixture; medians of main,
// post and the total. For a change's effect on a noisy machine.
//   node bench/experiments/ab.mjs <distA> <distB> [rounds]
import { resolve } from 'node:path'
import { DIST, Job } from '../lib/gha.mjs'
import { actionInputs } from '../lib/variants.mjs'

const [a, b, n = '6'] = process.argv.slice(2)
const builds = { A: resolve(a), B: resolve(b) }
const samples = { A: [], B: [] }
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]
for (let i = 0; i < Number(n); i++) {
  for (const k of i % 2 ? ['B', 'A'] : ['A', 'B']) {
    DIST.dir = builds[k]
    const job = new Job(actionInputs())
    const main = await job.step('main')
    const post = await job.step('post')
    const ok = main.code === 0 && post.code === 0 && job.report()?.cleanup?.verified === true
    if (!ok) console.error(`${k} failed: ${main.stdout.slice(-300)} ${post.stdout.slice(-300)}`)
    samples[k].push({ main: main.ms, post: post.ms, total: post.t1 - main.t0 })
    job.remove()
  }
}
for (const k of ['A', 'B']) {
  const m = (f) => median(samples[k].map((s) => s[f])).toFixed(0)
  console.log(
    `${k} ${builds[k]}: main ${m('main')} ms, post ${m('post')} ms, total ${m('total')} ms`,
  )
}
