// Teardown against real Docker: while compose's `down` runs, every container of
// the project gets its stop signal at once (teardown.ts, stopAll), where
// compose alone stops them one after the other, dependents first. Proven by
// the daemon's own events, not by timing: the containers ignore SIGTERM (sleep
// as PID 1), so each dies only when the grace (-t 1) is over; with the stops
// at once, both got their signal before either died. The control, without our
// stops, shows that the check tells the two apart.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCompose, type ComposeTarget } from '../../src/compose/compose.js'
import type { DockerClient } from '../../src/docker/client.js'
import { createDockerClient } from '../../src/docker/dockerode-client.js'
import { silentReporter } from '../../src/engine/reporter.js'
import { teardown } from '../../src/engine/teardown.js'
import { forceRemovePrefix, NOTHING, projectLeftovers, uniquePrefix } from '../helpers/docker.js'

const dir = mkdtempSync(join(tmpdir(), 'rtr-stops-'))
const file = join(dir, 'compose.yml')
const sleeper = {
  image: 'rtr-fixture-postgres:15',
  pull_policy: 'never',
  entrypoint: ['sleep', '3600'],
}
writeFileSync(
  file,
  JSON.stringify({
    services: { base: sleeper, app: { ...sleeper, depends_on: ['base'] } },
    volumes: { data: {} },
  }),
)
const prefix = uniquePrefix('stops')
const docker = createDockerClient()

/** The project's container events between two instants: "<action> <service>". */
function events(project: string, since: number, until: number): string[] {
  return execFileSync(
    'docker',
    [
      'events',
      ...['--since', (since / 1000).toFixed(3), '--until', (until / 1000).toFixed(3)],
      ...['--filter', 'type=container', '--filter', `label=com.docker.compose.project=${project}`],
      ...['--format', '{{.Action}} {{index .Actor.Attributes "com.docker.compose.service"}}'],
    ],
    { encoding: 'utf8' },
  )
    .split('\n')
    .filter((l) => /^(kill|die) /.test(l))
}

async function tornDown(tag: string, client: DockerClient) {
  const target: ComposeTarget = {
    project: `${prefix}-${tag}`,
    files: [file],
    workingDirectory: dir,
    port: null,
  }
  const up = await runCompose(target, ['up', '-d'], { timeoutMs: 60_000 })
  expect(up.exitCode, up.tail).toBe(0)
  const since = Date.now() - 50
  const report = await teardown(target, client, runCompose, silentReporter, { downTimeoutS: 1 })
  await new Promise((r) => setTimeout(r, 200)) // the last events reach `docker events`
  return { report, events: events(target.project, since, Date.now()), project: target.project }
}

/** Services that got a stop signal before the first container died. */
const signalledBeforeFirstDeath = (evs: string[]) => {
  const firstDie = evs.findIndex((e) => e.startsWith('die '))
  return [...new Set(evs.slice(0, firstDie).map((e) => e.split(' ')[1]))].sort()
}

describe('teardown stops every container at once (real Docker)', () => {
  afterAll(() => forceRemovePrefix(prefix))

  it('both containers get their stop before either dies; nothing is left', async () => {
    const { report, events: evs, project } = await tornDown('at-once', docker)
    expect(report.warnings).toEqual([])
    expect(report.verified).toBe(true)
    expect(report.before.containers.sort()).toEqual([`${project}-app-1`, `${project}-base-1`])
    expect(projectLeftovers(project)).toEqual(NOTHING)
    expect(evs.filter((e) => e.startsWith('die ')).sort(), evs.join('\n')).toEqual([
      'die app',
      'die base',
    ])
    expect(signalledBeforeFirstDeath(evs), evs.join('\n')).toEqual(['app', 'base'])
  })

  it('control: compose alone stops app, waits for it, then base', async () => {
    const composeOnly: DockerClient = { ...docker, stopContainer: async () => undefined }
    const { report, events: evs, project } = await tornDown('control', composeOnly)
    expect(report.verified).toBe(true)
    expect(projectLeftovers(project)).toEqual(NOTHING)
    expect(signalledBeforeFirstDeath(evs), evs.join('\n')).toEqual(['app'])
  })
})
