import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { runCompose, type ComposeTarget } from '../../src/compose/compose.js'
import { createDockerClient } from '../../src/docker/dockerode-client.js'
import { labelProject } from '../../src/engine/label-project.js'
import { currentOwner } from '../../src/engine/ownership.js'
import { silentReporter } from '../../src/engine/reporter.js'
import { NOTHING, projectLeftovers, uniquePrefix } from '../helpers/docker.js'

// The generated override must be accepted by compose and reach the engine:
// Docker then probes every start_interval while the containers start.
const composeFile = fileURLToPath(new URL('../fixtures/compose.test.yml', import.meta.url))
const deps = {
  compose: runCompose,
  docker: createDockerClient(),
  reporter: silentReporter,
  tempDir: mkdtempSync(join(tmpdir(), 'rtr-health-')),
}
const projects: ComposeTarget[] = []

interface Healthcheck {
  StartInterval?: number
  StartPeriod?: number
  Interval?: number
}
function healthchecks(project: string): Record<string, Healthcheck> {
  const ids = execFileSync(
    'docker',
    ['ps', '-aq', '--filter', `label=com.docker.compose.project=${project}`],
    {
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter(Boolean)
  const out = JSON.parse(execFileSync('docker', ['inspect', ...ids], { encoding: 'utf8' })) as {
    Config: { Labels: Record<string, string>; Healthcheck: Healthcheck }
  }[]
  return Object.fromEntries(
    out.map((c) => [c.Config.Labels['com.docker.compose.service'], c.Config.Healthcheck]),
  )
}

async function upWith(startIntervalMs: number): Promise<ComposeTarget> {
  const target: ComposeTarget = {
    project: uniquePrefix('hc'),
    files: [composeFile],
    workingDirectory: deps.tempDir,
    port: 0,
  }
  projects.push(target)
  const owner = currentOwner('run', target.project, 'rtr-t-hc', new Date())
  target.files = (await labelProject(target, owner, deps, startIntervalMs)).files
  // `create`: the containers' configuration is what is checked, nothing needs to run.
  const created = await runCompose(target, ['create'], { timeoutMs: 60_000 })
  expect(created.exitCode, created.tail).toBe(0)
  return target
}

afterEach(async () => {
  for (const t of projects.splice(0)) {
    await runCompose(t, ['down', '-v', '--remove-orphans', '-t', '0'])
    expect(projectLeftovers(t.project)).toEqual(NOTHING)
  }
})

const ms = 1_000_000 // Docker's durations are in ns

describe('health-start-interval through the generated override (real Docker)', () => {
  it('sets start_interval, and a start_period where the file has none', async () => {
    const t = await upWith(100)
    const hc = healthchecks(t.project)
    expect(hc.odoo).toMatchObject({
      StartInterval: 100 * ms,
      StartPeriod: 5000 * ms,
      Interval: 1000 * ms,
    })
    expect(hc.db).toMatchObject({
      StartInterval: 100 * ms,
      StartPeriod: 30_000 * ms, // interval x retries
      Interval: 1000 * ms,
    })
  })

  it("0 leaves the file's healthchecks as written", async () => {
    const t = await upWith(0)
    const hc = healthchecks(t.project)
    expect(hc.odoo?.StartInterval ?? 0).toBe(0)
    expect(hc.db?.StartInterval ?? 0).toBe(0)
    expect(hc.db?.StartPeriod ?? 0).toBe(0)
  })
})
