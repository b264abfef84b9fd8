// The three ways to run demo_pass on the fixture project that the benchmark
// compares. Each resolves with its total wall time, its phases and `ok`
// (tests passed and, for the action, teardown verified); each tears its
// project down even when a step fails, so a failed rep leaves nothing.
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { Job, ROOT } from './gha.mjs'
import { PREFIX } from './leftovers.mjs'
import { docker, interruption, lines, nowMs, sleep } from './proc.mjs'

export const COMPOSE_FILE = join(ROOT, 'test/fixtures/compose.test.yml')
const PASSED = /0 failed, 0 error\(s\) of 3 tests/

const odooTest = (db) => [
  ...['/entrypoint.sh', 'odoo', '-d', db, '-i', 'demo_pass', '--test-enable'],
  ...['--test-tags', '/demo_pass', '--stop-after-init', '--http-port', '18069'],
]

/** A raw compose project driven from here, the way a shell script would. */
function rawProject(kind, port) {
  const id = randomBytes(3).toString('hex')
  const project = `${PREFIX}${kind}-${id}`
  const env = { ...process.env, RTR_HOST_PORT: String(port) }
  const compose = (args) =>
    docker(['compose', '-p', project, '-f', COMPOSE_FILE, ...args], { env, ok: true })
  return { project, db: `bench_${id}`, compose }
}

/** Runs `steps(p, phase)` then always `down`; `phase(name, res)` records a step's time. */
async function rawRun(kind, port, downArgs, steps) {
  const p = rawProject(kind, port)
  const phases = {}
  const errors = []
  const phase = (name, res) => {
    phases[name] = (phases[name] ?? 0) + res.ms
    if (res.code !== 0) errors.push(`${name} exited ${res.code}: ${res.stderr.slice(-300)}`)
    return res
  }
  const t0 = nowMs()
  try {
    await steps(p, phase, errors)
  } finally {
    phase('down', await p.compose(['down', '-v', '--remove-orphans', ...downArgs]))
  }
  return { project: p.project, totalMs: nowMs() - t0, phases, ok: errors.length === 0, errors }
}

/**
 * Issue 7's "seed": up -d, `docker inspect` every 2 s until every container
 * is healthy, the tests in a NEW container (`compose run --rm`, which pays a
 * create + start + healthcheck inheritance), down with compose's default
 * stop timeout (the fixture's stop_grace_period: 2 s).
 */
export function seed(port) {
  return rawRun('seed', port, [], async (p, phase, errors) => {
    if (phase('up', await p.compose(['up', '-d'])).code !== 0) return
    const ids = lines(phase('health', await p.compose(['ps', '-q'])).stdout)
    for (let tries = 0; ; tries++) {
      const inspect = ['inspect', '-f', '{{.State.Health.Status}}', ...ids]
      const res = phase('health', await docker(inspect, { ok: true }))
      if (lines(res.stdout).every((s) => s === 'healthy')) break
      if (tries > 60) return void errors.push('not healthy after 120 s')
      if (interruption.signal) return void errors.push(`interrupted by ${interruption.signal}`)
      const t = nowMs()
      await sleep(2000)
      phase('health', { ms: nowMs() - t, code: 0 })
    }
    const test = phase('test', await p.compose(['run', '--rm', 'odoo', ...odooTest(p.db)]))
    if (!PASSED.test(test.stdout + test.stderr)) errors.push('test output lacks the pass line')
  })
}

/**
 * Hand-tuned raw compose: `up -d --wait` (compose polls health every 500 ms),
 * the tests with `exec -T` in the running service (flavour 'exec') or in a
 * one-off container (`run --rm -T`, flavour 'run'), `down -t 0`.
 */
export function tuned(port, flavour) {
  return rawRun(`tuned-${flavour}`, port, ['-t', '0'], async (p, phase, errors) => {
    if (phase('up', await p.compose(['up', '-d', '--wait'])).code !== 0) return
    const how = flavour === 'exec' ? ['exec', '-T'] : ['run', '--rm', '-T']
    const test = phase('test', await p.compose([...how, 'odoo', ...odooTest(p.db)]))
    if (!PASSED.test(test.stdout + test.stderr)) errors.push('test output lacks the pass line')
  })
}

/**
 * The least any procedure that brings the fixture up with compose and takes it
 * down again can take: `up -d` (which starts odoo once db is healthy: compose's
 * own dependency wait) and at once `down -v --remove-orphans -t 0`, with no
 * health wait and no tests. Against the seed, it says whether goal 1 is
 * reachable at all on this fixture and machine.
 */
export function floor(port) {
  return rawRun('floor', port, ['-t', '0'], async (p, phase) => {
    phase('up', await p.compose(['up', '-d']))
  })
}

/** Inputs every action run gets on top of the defaults (`--input name=value`). */
export const ACTION_INPUTS = {}

export const actionInputs = (extra = {}) => ({
  module: 'demo_pass',
  'compose-file': COMPOSE_FILE,
  'project-prefix': `${PREFIX}action`,
  'port-range': '8400-8499',
  ...ACTION_INPUTS,
  ...extra,
})

const at = (report, name, end = false) => {
  const e = report?.timeline?.findLast((x) => x.phase === name)
  const iso = end ? e?.ended_at : e?.started_at
  return iso ? Date.parse(iso) : NaN
}

/**
 * The action as the runner runs it: main, then post (post-if: always(), so
 * also after a failed or interrupted main). `jobs` collects the Job so that
 * bench.mjs can still run post and remove its directory after an interrupt.
 */
export async function action(jobs, extraInputs = {}) {
  const job = new Job(actionInputs(extraInputs))
  jobs.push(job)
  const main = await job.step('main')
  const post = await job.step('post')
  job.posted = true
  const r = job.report()
  const out = job.outputs()
  const errors = []
  if (main.code !== 0 || out.result !== 'passed')
    errors.push(`main exited ${main.code}, result ${out.result}: ${main.stdout.slice(-500)}`)
  if (post.code !== 0 || r?.cleanup?.verified !== true)
    errors.push(
      `post exited ${post.code}, verified ${r?.cleanup?.verified}: ${post.stdout.slice(-500)}`,
    )
  // Where main's and post's time goes, from the report's timeline (ms precision).
  const phases = {
    'main boot': at(r, 'validated') - main.t0, // node + bundle load, ping, compose version
    'label+port': at(r, 'up') - at(r, 'validated'), // compose config, labels override, port
    up: at(r, 'up', true) - at(r, 'up'),
    health: at(r, 'healthy', true) - at(r, 'healthy'),
    test: at(r, 'testing', true) - at(r, 'testing'),
    'main exit': main.t1 - at(r, 'testing', true), // verdict, summary, process exit
    'post boot': at(r, 'teardown') - post.t0,
    down: at(r, 'verified', true) - at(r, 'teardown'), // down + verification
    'post exit': post.t1 - at(r, 'verified', true),
  }
  return {
    project: job.project(),
    totalMs: post.t1 - main.t0,
    mainMs: main.ms,
    postMs: post.ms,
    teardownTimelineMs: phases.down,
    testingStartedAt: at(r, 'testing'),
    phases,
    ok: errors.length === 0,
    errors,
  }
}
