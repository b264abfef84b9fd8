// A run killed between creating the template cache's one-off image reader and
// starting it leaves a container that AutoRemove never removes (it removes on
// exit, and the process never started). Teardown finds it by our labels, as
// it finds the project by compose's, and removes it; the verification then
// holds. Real Docker, a container created exactly as run-image.ts creates one.
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCompose, type ComposeTarget } from '../../src/compose/compose.js'
import { createDockerClient } from '../../src/docker/dockerode-client.js'
import { silentReporter } from '../../src/engine/reporter.js'
import { teardown } from '../../src/engine/teardown.js'
import { NOTHING, projectLeftovers, uniquePrefix } from '../helpers/docker.js'

describe('teardown of a run killed beside its one-off container', () => {
  it('removes a helper created for the project and never started; verified', async () => {
    const project = uniquePrefix('helper')
    const name = `${project}-template-facts`
    execFileSync('docker', [
      'create',
      '--name',
      name,
      '--label',
      'io.healthrt.rtr.helper=template-cache: core addons',
      '--label',
      `io.healthrt.rtr.id=${project}`,
      '--network',
      'none',
      '--rm',
      '--entrypoint',
      'python3',
      'rtr-fixture-odoo:18',
      '-c',
      'print(1)',
    ])
    expect(projectLeftovers(project).containers).toEqual([name])
    const target: ComposeTarget = {
      project,
      files: [],
      workingDirectory: mkdtempSync(join(tmpdir(), 'rtr-helper-')),
      port: null,
    }
    const report = await teardown(target, createDockerClient(), runCompose, silentReporter, {
      downTimeoutS: 0,
    })
    expect(report.before.containers).toEqual([name])
    expect(report.after).toEqual(NOTHING)
    expect(report.nameMatches).toEqual([])
    expect(report.verified).toBe(true)
    expect(projectLeftovers(project)).toEqual(NOTHING)
  })
})
