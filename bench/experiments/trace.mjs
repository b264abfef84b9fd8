// Experiment: one action run (main then post, as the runner runs them) on a
// merged timeline: processes, every docker CLI call (through a PATH shim
// that logs start and end), the daemon's events and the report's phases.
//   node bench/experiments/trace.mjs
import { spawn } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Job } from '../lib/gha.mjs'
import { nowMs, sleep } from '../lib/proc.mjs'
import { actionInputs } from '../lib/variants.mjs'

const dir = mkdtempSync(join(tmpdir(), 'rtr-trace-'))
const log = join(dir, 'cli.log')
writeFileSync(log, '')
const real = (await import('node:child_process'))
  .execFileSync('sh', ['-c', 'command -v docker'])
  .toString()
  .trim()
writeFileSync(
  join(dir, 'docker'),
  `#!/bin/bash\necho "$(date +%s%N) start $$ $*" >> ${log}\n${real} "$@"\nrc=$?\necho "$(date +%s%N) end $$ rc=$rc" >> ${log}\nexit $rc\n`,
)
chmodSync(join(dir, 'docker'), 0o755)
// The compose plugin too (src/compose/command.ts starts it directly): a
// DOCKER_CONFIG of our own whose cli-plugins/docker-compose logs and runs it.
mkdirSync(join(dir, 'config', 'cli-plugins'), { recursive: true })
writeFileSync(
  join(dir, 'config', 'cli-plugins', 'docker-compose'),
  `#!/bin/bash\necho "$(date +%s%N) start $$ compose $*" >> ${log}\n/usr/libexec/docker/cli-plugins/docker-compose "$@"\nrc=$?\necho "$(date +%s%N) end $$ rc=$rc" >> ${log}\nexit $rc\n`,
)
chmodSync(join(dir, 'config', 'cli-plugins', 'docker-compose'), 0o755)

const t0 = nowMs()
const ev = spawn(real, ['events', '--format', '{{json .}}', '--since', (t0 / 1000).toFixed(3)], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
let evText = ''
ev.stdout.on('data', (c) => (evText += c))
await sleep(300)
const rows = []
const job = new Job(actionInputs(), {
  PATH: `${dir}:${process.env.PATH}`,
  DOCKER_CONFIG: join(dir, 'config'),
})
const main = await job.step('main')
rows.push([main.t0, 'proc main spawn'], [main.t1, `proc main exit ${main.code}`])
const post = await job.step('post')
rows.push([post.t0, 'proc post spawn'], [post.t1, `proc post exit ${post.code}`])
await sleep(500)
ev.kill()
const project = job.project()
for (const line of evText.split('\n').filter(Boolean)) {
  const e = JSON.parse(line)
  const a = e.Actor?.Attributes ?? {}
  const mine = a['com.docker.compose.project'] === project || (a.name ?? '').startsWith(project)
  if (!mine) continue
  rows.push([Number(e.timeNano) / 1e6, `event ${e.Type} ${e.Action.slice(0, 60)} ${a.name ?? ''}`])
}
const pids = new Map()
for (const l of readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
  const [ns, kind, pid, ...rest] = l.split(' ')
  const t = Number(BigInt(ns) / 1000n) / 1000
  if (kind === 'start') pids.set(pid, [t, rest.join(' ').slice(0, 70)])
  else {
    const [s, what] = pids.get(pid)
    rows.push([s, `cli  ${what}`, t - s])
  }
}
for (const p of job.report()?.timeline ?? [])
  rows.push([
    Date.parse(p.started_at),
    `phase ${p.phase}`,
    Date.parse(p.ended_at) - Date.parse(p.started_at),
  ])
rows.sort((a, b) => a[0] - b[0])
for (const [t, what, ms] of rows)
  console.log(
    `${(t - main.t0).toFixed(0).padStart(6)}  ${what}${ms !== undefined ? `  (${ms.toFixed(0)} ms)` : ''}`,
  )
console.log(`total ${(post.t1 - main.t0).toFixed(0)} ms`)
job.remove()
