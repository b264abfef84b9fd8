// From the raw samples to issue 7's table: medians, ratios (ratio of the
// medians; the spread is that of the per-round paired ratios, which the
// interleaving makes meaningful), readiness from the daemon's events, and
// each goal met or missed. Also returns the numbers as JSON for later runs.
import { readiness } from './events.mjs'
import { fmtMs, renderTable, ROW_HEAD, row, stat } from './report.mjs'

const GOALS = { vsSeed: 0.3, vsTuned: 0.85, readinessMs: 50, teardownMs: 1500 }

export function summarize(results, events) {
  const all = results.runs
  for (const r of Object.values(all).flat()) {
    r.readiness = readiness(events.of(r.project))
    if (r.testingStartedAt !== undefined && r.readiness.allHealthyAt !== null)
      r.readiness.timelineLatencyMs = r.testingStartedAt - r.readiness.allHealthyAt
  }
  // A failed run (tests not passed, teardown not verified, a step that crashed,
  // e.g. while someone rebuilt dist/) stays in the JSON but out of every
  // statistic; null keeps the rounds aligned for the paired ratios.
  const R = Object.fromEntries(
    Object.entries(all).map(([n, rs]) => [n, rs.map((r) => (r.ok ? r : null))]),
  )
  const failed = Object.entries(all)
    .map(([n, rs]) => [n, rs.filter((r) => !r.ok).length])
    .filter(([, k]) => k > 0)
  const total = (name) => stat(R[name].map((r) => r?.totalMs))
  const paired = (a, b) =>
    stat(R[a].map((r, i) => (r && R[b][i] ? r.totalMs / R[b][i].totalMs : NaN)))
  const ratio = (a, b) => ({ ...paired(a, b), median: total(a).median / total(b).median })
  // Goal 2's hand-tuned sequence is issue 7's own: `up -d --wait`, the tests
  // with `compose run --rm -T`, `down -t 0` (tuned-run). tuned-exec, which
  // runs them in the running service as the action does, is stricter than
  // the issue asks: reported next to it, judged against nothing.
  const tunedName = 'tuned-run'
  const stricter = 'tuned-exec'
  const latency = (name, key = 'latencyMs') => stat(R[name].map((r) => r?.readiness[key]))
  const summary = {
    tuned: tunedName,
    vsSeed: ratio('action', 'seed'),
    vsTuned: ratio('action', tunedName),
    vsTunedExec: ratio('action', stricter),
    // compose's own up + down, with nothing around it: goal 1 is reachable
    // on this fixture and machine only if this is below it.
    floorVsSeed: R.floor ? ratio('floor', 'seed') : undefined,
    readinessEvents: latency('action'),
    readinessTimeline: latency('action', 'timelineLatencyMs'),
    postStep: stat(R.action.map((r) => r?.postMs)),
    teardownTimeline: stat(R.action.map((r) => r?.teardownTimelineMs)),
  }
  summary.goals = {
    vsSeed: summary.vsSeed.median <= GOALS.vsSeed,
    vsSeedReachable: summary.floorVsSeed ? summary.floorVsSeed.median <= GOALS.vsSeed : null,
    vsTuned: summary.vsTuned.median <= GOALS.vsTuned,
    readiness: summary.readinessEvents.median < GOALS.readinessMs,
    teardown: summary.postStep.median < GOALS.teardownMs,
    noLeftovers:
      results.concurrency.every((c) => c.leftovers === 0) &&
      Object.values(all)
        .flat()
        .every((r) => r.leftovers === 0),
  }
  const g = summary.goals
  const main = [
    ...Object.keys(R).map((n) => row(`total: ${n}`, total(n))),
    row('ratio action / seed', summary.vsSeed, {
      ratio: true,
      goal: `<= ${GOALS.vsSeed}`,
      met: g.vsSeed,
    }),
    ...(summary.floorVsSeed
      ? [
          row('ratio floor / seed (compose up + down alone)', summary.floorVsSeed, {
            ratio: true,
            goal: `goal 1 reachable if <= ${GOALS.vsSeed}`,
            met: g.vsSeedReachable,
          }),
        ]
      : []),
    row(`ratio action / ${tunedName} (issue 7's tuned sequence)`, summary.vsTuned, {
      ratio: true,
      goal: `<= ${GOALS.vsTuned}`,
      met: g.vsTuned,
    }),
    row(`ratio action / ${stricter} (stricter: no goal)`, summary.vsTunedExec, { ratio: true }),
    // Opt-in what-if variants (--what-if): ratios only, no goal.
    ...Object.keys(R)
      .filter((n) => n.startsWith('action+'))
      .flatMap((n) => [
        row(`ratio ${n} / seed`, ratio(n, 'seed'), { ratio: true }),
        row(`ratio ${n} / ${tunedName}`, ratio(n, tunedName), { ratio: true }),
        row(`ratio ${n} / ${stricter}`, ratio(n, stricter), { ratio: true }),
      ]),
    row('readiness: action (events: last healthy -> exec_start)', summary.readinessEvents, {
      goal: `< ${GOALS.readinessMs} ms`,
      met: g.readiness,
    }),
    row('readiness: action (events healthy -> timeline "testing")', summary.readinessTimeline),
    ...['seed', 'tuned-exec', 'tuned-run'].map((n) => row(`readiness: ${n} (events)`, latency(n))),
    row('teardown: action post step (process)', summary.postStep, {
      goal: `< ${GOALS.teardownMs / 1000} s`,
      met: g.teardown,
    }),
    row('teardown: action timeline teardown+verified', summary.teardownTimeline),
    ...['seed', 'tuned-exec', 'tuned-run', 'floor']
      .filter((n) => R[n])
      .map((n) => row(`teardown: ${n} (down)`, stat(R[n].map((r) => r?.phases.down)))),
  ]
  // Where each variant's time goes (medians of the phases).
  const phaseNames = [
    ...new Set(
      Object.values(R)
        .flat()
        .flatMap((r) => Object.keys(r?.phases ?? {})),
    ),
  ]
  const phases = phaseNames.map((p) => [
    p,
    ...Object.keys(R).map((n) => {
      const s = stat(R[n].map((r) => r?.phases[p]))
      return s.n ? fmtMs(s.median) : ''
    }),
  ])
  // Concurrency: wall time, its share per run, and each run's time outside the tests.
  const conc = [...new Set(results.concurrency.map((c) => c.n))]
    .sort((a, b) => a - b)
    .map((n) => {
      // Only batches where every run passed and verified its teardown.
      const cs = results.concurrency.filter((c) => c.n === n && c.ok)
      const runs = cs.flatMap((c) => c.runs)
      const wall = stat(cs.map((c) => c.wallMs))
      const single = stat(
        results.concurrency.filter((c) => c.n === 1 && c.ok).map((c) => c.wallMs),
      ).median
      return {
        n,
        wall,
        wallPerRun: stat(cs.map((c) => c.wallMs / n)),
        // What each run beyond the first adds to the wall time.
        marginal: n > 1 && single !== null ? (wall.median - single) / (n - 1) : null,
        perRun: stat(runs.map((r) => r.totalMs)),
        overhead: stat(runs.map((r) => r.totalMs - r.phases.test)),
        ok: `${cs.length}/${results.concurrency.filter((c) => c.n === n).length} batches`,
        leftovers: Math.max(0, ...cs.map((c) => c.leftovers)),
      }
    })
  summary.concurrency = conc
  const cs = results.coldStart?.samples
  const cold = cs
    ? {
        firstRequest: results.coldStart.firstRequest,
        main: stat(cs.main.map((s) => s.ms)),
        mainExit: stat(cs.main.map((s) => s.exitMs)),
        baseline: stat(cs.baseline.map((s) => s.ms)),
        postNoState: stat(cs.postNoState),
        watchdogNoConfig: stat(cs.watchdogNoConfig ?? []),
        composeVersion: stat(cs.composeVersion),
        composeConfig: stat(cs.composeConfig),
      }
    : undefined
  summary.coldStart = cold
  const text = [
    `## Machine\n\n${Object.entries(results.machine)
      .map(([k, v]) => `- ${k}: ${v}`)
      .join('\n')}`,
    `## End to end, readiness, teardown (${results.config.reps} interleaved rounds)\n\n${renderTable(ROW_HEAD, main)}${
      failed.length
        ? `\n\nFailed runs, left out of the statistics: ${failed.map(([n, k]) => `${n} ${k}`).join(', ')}.`
        : ''
    }`,
    `## Phases (medians)\n\n${renderTable(['phase', ...Object.keys(R)], phases)}`,
    `## Concurrent action runs (main + post each, all started at once)\n\n${renderTable(
      [
        'runs',
        'wall (median)',
        'wall / runs',
        'each extra run adds',
        'per run (median)',
        'per run outside the tests',
        'batches all passed',
        'leftovers after',
      ],
      conc.map((c) => [
        c.n,
        fmtMs(c.wall.median),
        fmtMs(c.wallPerRun.median),
        fmtMs(c.marginal),
        fmtMs(c.perRun.median),
        fmtMs(c.overhead.median),
        c.ok,
        c.leftovers,
      ]),
    )}`,
    cold &&
      `## Cold start of dist/main/index.js (first API call: ${cold.firstRequest})\n\n${renderTable(
        ROW_HEAD,
        [
          row('spawn -> first Docker API connection: node dist/main/index.js', cold.main),
          row('spawn -> first connection: bare node -e (baseline)', cold.baseline),
          row('spawn -> exit of main (engine check fails)', cold.mainExit),
          row('spawn -> exit: node dist/post/index.js, no state (bundle load)', cold.postNoState),
          row(
            'spawn -> exit: dist/watchdog, no config (bundle w/o GitHub code)',
            cold.watchdogNoConfig,
          ),
          row('docker compose version --short', cold.composeVersion),
          row('docker compose config --format json (fixture)', cold.composeConfig),
        ],
      )}`,
    `## Bundles (the snapshot of dist/ the runs used: commit ${results.commit ?? '?'}${results.distModified ? ', dist/ modified' : ''})\n\n${renderTable(
      ['bundle', 'bytes', 'gzip', 'sha256', 'loaded on demand (chunks)'],
      Object.entries(results.bundles).map(([k, b]) => [
        `dist/${k}/index.js`,
        b?.bytes ?? 'missing',
        b?.gzipBytes ?? '',
        b?.sha256 ?? '',
        Object.entries(b?.chunks ?? {})
          .map(([c, n]) => `${c} ${n}`)
          .join(', ') || '-',
      ]),
    )}`,
  ]
    .filter(Boolean)
    .join('\n\n')
  return { text, summary }
}
