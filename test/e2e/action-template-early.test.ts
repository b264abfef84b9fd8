// The template cache starts with `up`: the Odoo image is read by a one-off
// container while compose starts Postgres (the restore then begins as soon as
// Postgres answers), unless compose builds or may pull the image, in which
// case the facts are asked of the running service after `up`. Both paths end
// in the same verdicts, a miss then a hit, and nothing left: not the
// project's containers, nor the one-off reader (labelled with the project).
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { expectNothingLeft, FIXTURE_COMPOSE, runActionCase } from '../helpers/action-case.js'
import { forceRemovePrefix } from '../helpers/docker.js'
import { ROOT } from '../helpers/gha-runner.js'
import { pinImage } from '../helpers/pinned-image.js'
import type { ReportCache, RunReport } from '../../src/verdict/report.js'

const scratch = mkdtempSync(join(tmpdir(), 'rtr-tc-early-'))
const pinned = pinImage()
const built = `${pinned.image}-built`
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
  spawnSync('docker', ['rmi', '--no-prune', built])
  pinned.release()
})
const prefixes: string[] = []
afterEach(() => prefixes.splice(0).forEach(forceRemovePrefix))

/** The fixture addons and an override: the pinned image as is, or built by compose from it. */
function workspace(tag: string, build: boolean) {
  const dir = mkdtempSync(join(scratch, `${tag}-`))
  const addons = join(dir, 'addons')
  cpSync(join(ROOT, 'test/fixtures/addons'), addons, { recursive: true })
  const override = join(dir, 'compose.addons.yml')
  const image = build
    ? `    image: ${built}\n    build:\n      context: .\n      dockerfile_inline: |\n        FROM ${pinned.image}\n        LABEL rtr.test.built=1\n`
    : `    image: ${pinned.image}\n`
  writeFileSync(
    override,
    `services:\n  odoo:\n${image}    volumes:\n      - ${addons}:/mnt/extra-addons:ro\n`,
  )
  return { cacheDir: join(dir, 'cache'), composeFile: `${FIXTURE_COMPOSE},${override}` }
}

/**
 * Our one-off containers created while `fn` runs, by the project they were
 * for (other test files' runs included: the caller keeps its own prefix's).
 */
async function helpersDuring<T>(fn: () => Promise<T>): Promise<{ value: T; projects: string[] }> {
  const events = spawn('docker', [
    'events',
    '--filter',
    'type=container',
    '--filter',
    'event=create',
    '--filter',
    'label=io.healthrt.rtr.helper',
    '--format',
    '{{index .Actor.Attributes "io.healthrt.rtr.id"}}',
  ])
  let text = ''
  events.stdout.on('data', (b: Buffer) => (text += b.toString('utf8')))
  await new Promise((r) => setTimeout(r, 500)) // subscribed before the run starts
  try {
    const value = await fn()
    await new Promise((r) => setTimeout(r, 300))
    return { value, projects: text.split('\n').filter(Boolean) }
  } finally {
    events.kill()
  }
}

async function run(ws: ReturnType<typeof workspace>) {
  const c = await runActionCase('tce', 'rtr_tested', {
    'compose-file': ws.composeFile,
    cache: 'local',
    'cache-dir': ws.cacheDir,
  })
  prefixes.push(c.prefix)
  expect(c.post.code, c.post.stdout).toBe(0)
  expectNothingLeft(c.prefix, c.project)
  const file = c.outputs['report-file'] as string
  const report = JSON.parse(readFileSync(file, 'utf8')) as RunReport & { cache: ReportCache }
  expect(existsSync(file)).toBe(true)
  return { ...c, report }
}

const ours = (h: { value: { prefix: string }; projects: string[] }) =>
  h.projects.filter((p) => p.startsWith(`${h.value.prefix}-`))

const lineIndex = (stdout: string, re: RegExp) => stdout.split('\n').findIndex((l) => re.test(l))

describe('template cache: started with up', () => {
  it('an image compose will run as is: read before up by a one-off container, which is gone; miss then hit', async () => {
    const ws = workspace('asis', false)
    const cold = await helpersDuring(() => run(ws))
    expect(ours(cold)).toEqual([cold.value.project])
    expect(cold.value.outputs.result).toBe('passed')
    expect(cold.value.outputs['cache-hit']).toBe('false')
    const warm = await helpersDuring(() => run(ws))
    expect(ours(warm)).toEqual([warm.value.project])
    expect(warm.value.outputs.result).toBe('passed')
    expect(warm.value.outputs['cache-hit']).toBe('true')
    expect(warm.value.outputs['cache-key']).toBe(cold.value.outputs['cache-key'])
    expect(warm.value.outputs['tests-passed']).toBe(cold.value.outputs['tests-passed'])
  })

  it('an image compose builds: asked of the running service after up, no one-off container; miss then hit, its own key', async () => {
    const asIs = workspace('asis2', false)
    const ws = workspace('built', true)
    const cold = await helpersDuring(() => run(ws))
    expect(ours(cold)).toEqual([])
    expect(cold.value.outputs.result).toBe('passed')
    expect(cold.value.outputs['cache-hit']).toBe('false')
    const out = cold.value.main.stdout
    // The key needs the running service here: it comes after `up`.
    expect(lineIndex(out, /Template cache: key /)).toBeGreaterThan(
      lineIndex(out, /Host port \d+ allocated; waiting/),
    )
    const warm = await helpersDuring(() => run(ws))
    expect(ours(warm)).toEqual([])
    expect(warm.value.outputs['cache-hit']).toBe('true')
    expect(warm.value.outputs['cache-key']).toBe(cold.value.outputs['cache-key'])
    expect(warm.value.outputs['tests-passed']).toBe(cold.value.outputs['tests-passed'])
    // Another image, another key: the one it was built from keys differently.
    const other = await run(asIs)
    expect(other.outputs['cache-key']).not.toBe(cold.value.outputs['cache-key'])
  })
})
