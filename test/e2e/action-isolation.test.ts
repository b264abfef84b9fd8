// Parallel runs of compose files that would collide as written: the old
// agent template's "${PORT:-8090}:8069" with container_name on both
// services, and a fixed "5432:5432" on db. Every run is alive at once (all
// mains, then Docker is asked, then all posts, as on GitHub where the
// containers live until post), passes, reports the port Docker publishes for
// it, and leaves nothing.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { expectNothingLeft, fixtureInputs } from '../helpers/action-case.js'
import { dockerPublished, forceRemovePrefix, uniquePrefix } from '../helpers/docker.js'
import { GhaJob, ROOT, type StepResult } from '../helpers/gha-runner.js'

const FIXED_PORTS = join(ROOT, 'test/fixtures/compose.fixed-ports.yml')
const FIXED_DB_PORT = join(ROOT, 'test/fixtures/compose.fixed-db-port.yml')

interface Live {
  prefix: string
  job: GhaJob
  main: StepResult
  post?: StepResult
}
let runs: Live[] = []
afterEach(() => runs.forEach((r) => forceRemovePrefix(r.prefix)))

/** `n` runs of `compose`: every main at once, then `whileAlive`, then every post. */
async function atOnce(
  n: number,
  compose: string,
  extra: Record<string, string>,
  whileAlive: (r: Live) => void,
): Promise<Live[]> {
  runs = await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const prefix = uniquePrefix(`iso${i}`)
      const job = new GhaJob(
        fixtureInputs('demo_pass', prefix, { 'compose-file': compose, ...extra }),
      )
      return { prefix, job, main: await job.run('main') }
    }),
  )
  runs.forEach(whileAlive)
  await Promise.all(runs.map(async (r) => (r.post = await r.job.run('post'))))
  return runs
}

describe('parallel runs of files that would collide as written', () => {
  it('"${PORT:-8090}:8069" and container_name: four runs on four ports, each reporting Docker\'s port', async () => {
    const published = new Map<Live, number[]>()
    await atOnce(4, FIXED_PORTS, { 'port-range': '8640-8643' }, (r) =>
      published.set(r, dockerPublished(r.job.project() as string, 'odoo', 8069)),
    )
    for (const r of runs) {
      expect(r.main.code, r.main.stdout.slice(-3000)).toBe(0)
      expect(r.job.outputs().result).toBe('passed')
      // The port output is the one Docker published for this run, and the only one.
      expect(published.get(r)).toEqual([Number(r.job.outputs().port)])
      // The report and the job summary carry that port too.
      const report = JSON.parse(readFileSync(r.job.outputs()['report-file'] as string, 'utf8'))
      expect(report.port).toBe(Number(r.job.outputs().port))
      expect(r.job.summary()).toContain(`| Host port | <code>${r.job.outputs().port}</code> |`)
      // Said once each: what the override changed.
      expect(
        r.main.stdout.match(
          /container_name removed from db \(rtr-fixed-db\), odoo \(rtr-fixed-odoo\)/g,
        ),
      ).toHaveLength(1)
      expect(r.main.stdout).toMatch(
        /Service odoo: container port 8069 is published on the run's host port instead of 8090/,
      )
      expect(r.main.stdout).toContain(
        `Host port ${r.job.outputs().port}: Docker publishes odoo:8069 there.`,
      )
      expect(r.post?.code, r.post?.stdout).toBe(0)
    }
    const ports = runs.map((r) => Number(r.job.outputs().port)).sort()
    expect(ports).toEqual([8640, 8641, 8642, 8643])
    for (const r of runs) expectNothingLeft(r.prefix, r.job.project())
  })

  it('a fixed "5432:5432" on db: two runs at once pass, db on ephemeral host ports', async () => {
    const dbPorts = new Map<Live, number[]>()
    await atOnce(2, FIXED_DB_PORT, {}, (r) =>
      dbPorts.set(r, dockerPublished(r.job.project() as string, 'db', 5432)),
    )
    for (const r of runs) {
      expect(r.main.code, r.main.stdout.slice(-3000)).toBe(0)
      expect(r.job.outputs().result).toBe('passed')
      expect(r.main.stdout).toMatch(
        /Service db: fixed host port 5432:5432 published on ephemeral host ports/,
      )
      expect(dbPorts.get(r)).toHaveLength(1)
      expect(dbPorts.get(r)).not.toContain(5432)
      expect(r.post?.code, r.post?.stdout).toBe(0)
    }
    const [a, b] = runs.map((r) => dbPorts.get(r)?.[0])
    expect(a).not.toBe(b)
    for (const r of runs) expectNothingLeft(r.prefix, r.job.project())
  })
})
