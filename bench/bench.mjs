#!/usr/bin/env node
// Issue 7's benchmark (a script, not a test): the seed's shell procedure, a
// hand-tuned raw compose sequence (and a stricter one), compose's floor (up,
// then down at once) and this action, on the fixture project and
// module demo_pass, side by side in one run; readiness and teardown latency;
// 1/4/10 concurrent action runs; the bundle's cold start. See
// docs/benchmarks.md for what each number means.
//
//   node bench/bench.mjs [--reps 5] [--warmup 1] [--levels 1,4,10] [--out FILE]
//                        [--input name=value ...]  (an action input for every action run)
//                        [--what-if]  (adds the action with health-start-interval 0:
//                                      the compose file's health probes as written)
//
// Variants are interleaved (rotated each round: A B C D, B C D A, ...) so that
// the machine's drift (other jobs on the engine, page cache) hits all alike.
// Uses only ports 8400-8499 and compose projects named rtr-bench-*; whatever
// happens (failure, SIGINT), it tears down and sweeps what it created.
import { execFileSync } from 'node:child_process'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { bundleSizes, coldStart } from './lib/coldstart.mjs'
import { recordEvents } from './lib/events.mjs'
import { ROOT, snapshotDist } from './lib/gha.mjs'
import { count, leftovers, PREFIX, reapWatchdogs, sweep, waitForEngine } from './lib/leftovers.mjs'
import { children, docker, interruption, nowMs, sleep } from './lib/proc.mjs'
import { machineInfo, writeResults } from './lib/report.mjs'
import { summarize } from './lib/summary.mjs'
import { action, ACTION_INPUTS, floor, seed, tuned } from './lib/variants.mjs'

// Issue 15's real-workload comparison (template cache) is a script of its own.
if (process.argv.includes('--workload')) {
  await import('./workload.mjs')
  process.exit(0) // workload.mjs exits itself; not reached
}
const { values: args } = parseArgs({
  options: {
    reps: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    levels: { type: 'string', default: '1,4,10' },
    out: { type: 'string' },
    'what-if': { type: 'boolean', default: false },
    input: { type: 'string', multiple: true, default: [] },
  },
})
for (const kv of args.input) {
  const eq = kv.indexOf('=')
  if (eq < 1) throw new Error(`--input ${kv}: expected name=value (an action input)`)
  ACTION_INPUTS[kv.slice(0, eq)] = kv.slice(eq + 1)
}
const reps = Number(args.reps)
const levels = args.levels.split(',').filter(Boolean).map(Number) // '' = none
// Raw variants get fixed ports at the top of the range; they never run while
// an action run (which allocates from 8400 up) does.
const VARIANTS = {
  seed: () => seed(8498),
  'tuned-exec': () => tuned(8499, 'exec'),
  'tuned-run': () => tuned(8499, 'run'),
  floor: () => floor(8499),
  action: () => action(jobs),
}
if (args['what-if']) {
  VARIANTS['action+probes-as-written'] = () => action(jobs, { 'health-start-interval': '0' })
}

const jobs = [] // every action Job, so an interrupted one still gets its post step
let removeSnapshot = () => {}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (interruption.signal) return console.error(`${sig}: still cleaning up, please wait.`)
    interruption.signal = sig
    console.error(`\n${sig}: stopping the running step, then tearing everything down...`)
    // Ctrl+C reaches the children already (same process group); `kill` does not.
    for (const c of children) c.kill('SIGINT')
  })
}
const checkStop = () => {
  if (interruption.signal) throw new Error(`interrupted by ${interruption.signal}`)
}
const log = (m) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`)
// The machine is shared (other engineers' docker tests): the load goes with the numbers.
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')

/** One variant run, then the proof that its project left nothing. */
async function once(name, round) {
  const r = await VARIANTS[name]()
  const left = await leftovers(r.project ?? `${PREFIX}${name}`)
  log(
    `${round} ${name}: ${Math.round(r.totalMs)} ms${r.ok ? '' : ` FAILED ${r.errors.join('; ')}`}${count(left) ? ` LEFTOVERS ${JSON.stringify(left)}` : ''}`,
  )
  checkStop()
  return { ...r, leftovers: count(left) }
}

async function concurrent(n, rep) {
  const t0 = nowMs()
  const runs = await Promise.all(Array.from({ length: n }, () => action(jobs)))
  const wallMs = nowMs() - t0
  const left = count(await leftovers(`${PREFIX}action`))
  log(
    `concurrency ${n} rep ${rep}: ${Math.round(wallMs)} ms, ${runs.filter((r) => r.ok).length}/${n} ok, ${left} left`,
  )
  checkStop()
  return { n, rep, wallMs, leftovers: left, ok: runs.every((r) => r.ok), runs }
}

async function benchmark(results) {
  // Up to date in ~0.1 s (a hash label); builds what is missing or stale.
  execFileSync('bash', [join(ROOT, 'test/fixtures/build-images.sh')], { stdio: 'inherit' })
  // Leftovers of an earlier run killed with SIGKILL (one benchmark at a time).
  const stale = await sweep()
  if (count(stale)) log(`removed leftovers of an earlier run: ${JSON.stringify(stale)}`)
  results.machine = await machineInfo()
  results.machine.loadavgStart = load()
  const others = await docker(['ps', '-q'])
  results.machine.otherRunningContainersAtStart = others.stdout
    .trim()
    .split('\n')
    .filter(Boolean).length
  removeSnapshot = snapshotDist() // one build for the whole run
  results.bundles = bundleSizes()
  // Which build that is: the commit, and whether dist/ differs from it.
  const git = (a) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim()
  try {
    results.commit = git(['rev-parse', '--short', 'HEAD'])
    results.distModified = git(['status', '--porcelain', '--', 'dist']) !== ''
  } catch {
    results.commit = null // not a git checkout
  }
  const names = Object.keys(VARIANTS)
  for (let w = 0; w < Number(args.warmup); w++)
    for (const name of names) await once(name, `warmup ${w + 1}`)
  for (let rep = 0; rep < reps; rep++) {
    const order = names.map((_, i) => names[(i + rep) % names.length])
    for (const name of order) results.runs[name].push(await once(name, `round ${rep + 1}/${reps}`))
  }
  results.machine.loadavgAfterRounds = load()
  // Before the concurrent runs, which leave the machine busy for a while.
  log('cold start of dist/main/index.js')
  results.coldStart = await coldStart(reps)
  for (let rep = 0; rep < reps; rep++)
    for (const n of levels.map((_, i) => levels[(i + rep) % levels.length]))
      results.concurrency.push(await concurrent(n, rep + 1))
  results.machine.loadavgEnd = load()
}

/** Post for every job main ran but post did not, wait for all children, then sweep. */
async function cleanup() {
  for (const c of children) c.kill('SIGINT')
  for (let i = 0; children.size && i < 600; i++) await sleep(100)
  await waitForEngine() // a daemon restarted under us (it happens here) comes back first
  for (const job of jobs) if (!job.posted && job.project()) await job.step('post').catch(() => {})
  const watchdogsKilled = await reapWatchdogs()
  const swept = await sweep()
  for (const job of jobs) job.remove()
  removeSnapshot()
  const left = await leftovers()
  return { swept: count(swept), watchdogsKilled, left }
}

const results = {
  version: 1,
  date: new Date().toISOString(),
  argv: process.argv.slice(2),
  config: {
    reps,
    warmup: Number(args.warmup),
    levels,
    ports: '8400-8499',
    actionInputs: ACTION_INPUTS,
  },
  runs: Object.fromEntries(Object.keys(VARIANTS).map((n) => [n, []])),
  concurrency: [],
}
const events = recordEvents(nowMs() - 1000)
let failure
try {
  await benchmark(results)
} catch (err) {
  failure = err
  log(`stopped: ${err.stack ?? err}`)
} finally {
  await events.stop()
  const c = await cleanup().catch((err) => ({ error: String(err) }))
  results.cleanup = c
  log(
    `cleanup: swept ${c.swept ?? '?'} leftover(s); now left: ${JSON.stringify(c.left ?? c.error)}`,
  )
}
if (failure) process.exit(interruption.signal ? 130 : 1)

const { text, summary } = summarize(results, events)
results.summary = summary
console.log(text)
const outputs = [join(ROOT, 'bench/results/latest.json'), ...(args.out ? [resolve(args.out)] : [])]
for (const file of await writeResults(results, outputs)) log(`wrote ${file}`)
const bad = Object.values(results.runs)
  .flat()
  .concat(results.concurrency)
  .some((r) => !r.ok || r.leftovers)
process.exit(
  bad || count(results.cleanup.left ?? { containers: [1], networks: [], volumes: [] }) ? 1 : 0,
)
