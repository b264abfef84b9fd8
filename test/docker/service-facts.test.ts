import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCompose, type ComposeTarget } from '../../src/compose/compose.js'
import { parseComposeModel } from '../../src/compose/config.js'
import { createDockerClient } from '../../src/docker/dockerode-client.js'
import { imageFacts, runningFacts } from '../../src/template-cache/service-facts.js'
import { NOTHING, projectLeftovers, uniquePrefix } from '../helpers/docker.js'
import { pinImage } from '../helpers/pinned-image.js'

// The key is made from facts read before `up` (the image) or after it (the
// running service): both must say exactly the same, or a warm run would miss.
const pinned = pinImage()
const dir = mkdtempSync(join(tmpdir(), 'rtr-facts-'))
const file = join(dir, 'compose.yml')
const service = { image: pinned.image, pull_policy: 'never', entrypoint: ['sleep', '3600'] }
writeFileSync(file, JSON.stringify({ services: { odoo: service } }))
const target: ComposeTarget = {
  project: uniquePrefix('facts'),
  files: [file],
  workingDirectory: dir,
  port: null,
}
const docker = createDockerClient()

beforeAll(async () => {
  const up = await runCompose(target, ['up', '-d'], { timeoutMs: 120_000, keepTail: 2000 })
  expect(up.exitCode, up.tail).toBe(0)
}, 150_000)
afterAll(async () => {
  await runCompose(target, ['down', '-v', '-t', '0'], { timeoutMs: 60_000 })
  expect(projectLeftovers(target.project)).toEqual(NOTHING)
  pinned.release()
})

describe('service facts before and after up', () => {
  it('the image read by a one-off container says what the running service says', async () => {
    const model = parseComposeModel(JSON.stringify({ services: { odoo: service } }))!
    const before = await imageFacts(docker, model, 'odoo', { 'io.healthrt.rtr.id': target.project })
    const after = await runningFacts(target, 'odoo')
    expect(before).toBeDefined()
    expect(before!.imageId).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(before!.imageId).toBe(after.imageId)
    expect(before!.core).toEqual(after.core)
    expect(Object.keys(before!.core.manifests)).toEqual(
      expect.arrayContaining([expect.stringMatching(/\/odoo\/addons\/base\/__manifest__\.py$/)]),
    )
  })
})
