// The template cache end to end: the bundled action on the real-Postgres
// fixture with the fixture addons mounted (a copy per test, so a test can
// change a dependency), a cache directory of its own per test.
// rtr_tested's stand-in tests check, in the database, that every module of
// its closure is installed with exactly the data its files on disk hold now,
// and that the filestore matches: a lossy restore or a stale template fails them.
import {
  appendFileSync,
  mkdirSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import {
  expectNothingLeft,
  FIXTURE_COMPOSE,
  runActionCase,
  type CaseResult,
} from '../helpers/action-case.js'
import { forceRemovePrefix } from '../helpers/docker.js'
import { ROOT } from '../helpers/gha-runner.js'
import { verifyEntry } from '../../src/template-cache/store.js'
import type { ReportCache, RunReport } from '../../src/verdict/report.js'
import { FakeActionsCache } from '../helpers/fake-actions-cache.js'
import { pinImage } from '../helpers/pinned-image.js'

const scratch = mkdtempSync(join(tmpdir(), 'rtr-tc-e2e-'))
const pinned = pinImage()
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
  pinned.release()
})
const prefixes: string[] = []
afterEach(() => prefixes.splice(0).forEach(forceRemovePrefix))

/** A copy of the fixture addons, an override mounting it, an empty cache directory. */
function workspace(tag: string) {
  const dir = mkdtempSync(join(scratch, `${tag}-`))
  const addons = join(dir, 'addons')
  cpSync(join(ROOT, 'test/fixtures/addons'), addons, { recursive: true })
  const override = join(dir, 'compose.addons.yml')
  writeFileSync(
    override,
    `services:\n  odoo:\n    image: ${pinned.image}\n    volumes:\n      - ${addons}:/mnt/extra-addons:ro\n`,
  )
  return {
    dir,
    addons,
    cacheDir: join(dir, 'cache'),
    composeFile: `${FIXTURE_COMPOSE},${override}`,
  }
}

type Ws = ReturnType<typeof workspace>

async function run(
  ws: Ws,
  module = 'rtr_tested',
  extra: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<CaseResult & { report: RunReport & { cache: ReportCache } }> {
  const c = await runActionCase(
    'tc',
    module,
    {
      'compose-file': ws.composeFile,
      cache: 'local',
      'cache-dir': ws.cacheDir,
      ...extra,
    },
    env,
  )
  prefixes.push(c.prefix)
  const file = c.outputs['report-file']
  const report = file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
  expect(c.post.code, c.post.stdout).toBe(0)
  expectNothingLeft(c.prefix, c.project)
  // The entry was staged under RUNNER_TEMP (the job's directory): nothing of it is left.
  expect(readdirSync(c.job.dir).filter((n) => n.startsWith('rtr-entry-'))).toEqual([])
  return { ...c, report }
}

const entries = (ws: Ws) =>
  existsSync(join(ws.cacheDir, 'templates')) ? readdirSync(join(ws.cacheDir, 'templates')) : []

const verdict = (c: { outputs: Record<string, string> }) => ({
  result: c.outputs.result,
  total: c.outputs['tests-total'],
  passed: c.outputs['tests-passed'],
  failed: c.outputs['tests-failed'],
  errors: c.outputs['tests-errors'],
})

describe('template cache', () => {
  it('cold then warm: the same verdict and counts; a hit the second time; a changed dependency file is a miss and in effect', async () => {
    const ws = workspace('coldwarm')
    const cold = await run(ws)
    expect(verdict(cold)).toEqual({
      result: 'passed',
      total: '3',
      passed: '3',
      failed: '0',
      errors: '0',
    })
    expect(cold.outputs['cache-hit']).toBe('false')
    const key = cold.outputs['cache-key'] as string
    expect(key).toMatch(/^[0-9a-f]{64}$/)
    expect(cold.report.cache).toMatchObject({
      key,
      hit: false,
      store: 'local',
      restore_ms: null,
      note: null,
    })
    expect(cold.report.cache.build_ms).toBeGreaterThan(0)
    expect(cold.report.cache.modules).toEqual(
      expect.arrayContaining(['base', 'mail', 'rtr_base_dep', 'rtr_dep_mail', 'rtr_auto_bridge']),
    )
    expect(cold.report.cache.modules).not.toContain('rtr_tested')
    expect(cold.main.stdout).toContain(`Template cache: key ${key}`)
    expect(cold.main.stdout).toMatch(/Template cache: miss; installing \d+ modules/)
    expect(entries(ws)).toEqual([key])
    expect((await verifyEntry(join(ws.cacheDir, 'templates', key), key)).ok).toBe(true)

    const warm = await run(ws)
    expect(verdict(warm)).toEqual(verdict(cold))
    expect(warm.outputs['cache-hit']).toBe('true')
    expect(warm.outputs['cache-key']).toBe(key)
    expect(warm.report.cache).toMatchObject({ key, hit: true, store: 'local', build_ms: null })
    expect(warm.report.cache.restore_ms).toBeGreaterThan(0)
    expect(warm.main.stdout).toMatch(
      /Template cache: hit; restored [\d.]+ KB into rtr_\w+ in [\d.]+ s/,
    )
    expect(warm.job.summary()).toMatch(
      /\| Template cache \| hit \(local\), restored [\d.]+ KB in [\d.]+ s, key [0-9a-f]{12} \|/,
    )

    // A tested module's change keeps the key: it is not in the template.
    appendFileSync(
      join(ws.addons, 'rtr_tested/data/rtr.module.data.csv'),
      'rtr_tested.extra,extra\n',
    )
    const tested = await run(ws)
    expect(tested.outputs['cache-key']).toBe(key)
    expect(tested.outputs['cache-hit']).toBe('true')

    // A dependency's data file changes: another key, built anew, and
    // test_data_current (rows in the database == the files now) passes on it.
    const csv = join(ws.addons, 'rtr_base_dep/data/rtr.module.data.csv')
    appendFileSync(csv, `rtr_base_dep.changed,changed in this test\n`)
    const changed = await run(ws)
    expect(changed.outputs['cache-hit']).toBe('false')
    expect(changed.outputs['cache-key']).not.toBe(key)
    expect(verdict(changed)).toEqual(verdict(cold))
    const newKey = changed.outputs['cache-key'] as string
    expect(entries(ws).sort()).toEqual([key, newKey].sort())

    // The check above can fail: the old template under the new key (what a
    // key blind to dependency files would restore) fails test_data_current.
    const templates = join(ws.cacheDir, 'templates')
    rmSync(join(templates, newKey), { recursive: true })
    cpSync(join(templates, key), join(templates, newKey), { recursive: true })
    const m = JSON.parse(readFileSync(join(templates, newKey, 'manifest.json'), 'utf8'))
    writeFileSync(join(templates, newKey, 'manifest.json'), JSON.stringify({ ...m, key: newKey }))
    const stale = await run(ws)
    expect(stale.outputs['cache-hit']).toBe('true')
    expect(stale.outputs.result).toBe('failed')
    expect(readFileSync(stale.outputs['log-file'] as string, 'utf8')).toMatch(
      /FAIL: TestDependencies\.test_data_current/,
    )
  })

  it('two runs of one key at once both pass and leave one valid entry', async () => {
    const ws = workspace('together')
    const [a, b] = await Promise.all([run(ws), run(ws)])
    for (const c of [a, b])
      expect(verdict(c)).toEqual({
        result: 'passed',
        total: '3',
        passed: '3',
        failed: '0',
        errors: '0',
      })
    const key = a.outputs['cache-key'] as string
    expect(b.outputs['cache-key']).toBe(key)
    expect(readdirSync(join(ws.cacheDir, 'templates'))).toEqual([key]) // no .tmp-* left either
    expect((await verifyEntry(join(ws.cacheDir, 'templates', key), key)).ok).toBe(true)
  })

  it('a corrupt entry is a warning and a miss; the run passes and the entry is rebuilt', async () => {
    const ws = workspace('corrupt')
    const cold = await run(ws)
    const key = cold.outputs['cache-key'] as string
    truncateSync(join(ws.cacheDir, 'templates', key, 'db.dump'), 100)
    const c = await run(ws)
    expect(c.main.stdout).toMatch(
      /::warning::Template cache: Template cache entry .* is unusable \(db\.dump has 100 bytes/,
    )
    expect(c.outputs['cache-hit']).toBe('false')
    expect(verdict(c)).toEqual(verdict(cold))
    expect((await verifyEntry(join(ws.cacheDir, 'templates', key), key)).ok).toBe(true)
  })

  it('a cache-dir that is not writable is a warning and a run without cache', async () => {
    const ws = workspace('readonly')
    writeFileSync(join(ws.dir, 'a-file'), '')
    const c = await run(ws, 'rtr_tested', { 'cache-dir': join(ws.dir, 'a-file', 'cache') })
    expect(c.main.stdout).toMatch(
      /::warning::cache-dir .*a-file\/cache is not writable .*running without the template cache/,
    )
    expect(verdict(c)).toEqual({
      result: 'passed',
      total: '3',
      passed: '3',
      failed: '0',
      errors: '0',
    })
    expect(c.outputs['cache-hit']).toBe('false')
    expect(c.outputs['cache-key']).toBe('')
    expect(c.report.cache).toMatchObject({ key: null, hit: false, store: null })
    expect(c.report.cache.note).toMatch(/not writable/)
  })

  it('a dependency found nowhere fails the run before any test, naming the addon and the dependency', async () => {
    const ws = workspace('missing')
    const c = await run(ws, 'rtr_broken_missing_dep')
    expect(c.main.code).toBe(1)
    expect(c.main.stdout).toContain(
      'addon "rtr_broken_missing_dep" depends on "rtr_no_such_module", which is in no addons directory',
    )
    expect(c.main.stdout).not.toContain('Running the tests of')
    expect(entries(ws)).toEqual([])
  })

  it('cache: off, and a module without a manifest, say so and run as before', async () => {
    const ws = workspace('off')
    const off = await run(ws, 'rtr_tested', { cache: 'off' })
    expect(off.main.stdout).toContain('Template cache: off (cache: off).')
    expect(verdict(off)).toEqual({
      result: 'passed',
      total: '3',
      passed: '3',
      failed: '0',
      errors: '0',
    })
    const scenario = await run(ws, 'demo_pass')
    expect(scenario.main.stdout).toMatch(
      /Template cache: not used: demo_pass is in no addons directory/,
    )
    expect(scenario.outputs.result).toBe('passed')
    expect(entries(ws)).toEqual([])
  })

  it.each([
    [
      { cache: 'sometimes' },
      "Invalid input 'cache': \"sometimes\". Expected 'auto', 'local', 'github' or 'off'.",
    ],
    [
      { 'cache-max-size': 'lots' },
      'Invalid input \'cache-max-size\': "lots". Expected a size from 1MB to 1TB',
    ],
  ])('refuses %j naming the input, before anything is created', async (extra, says) => {
    const c = await runActionCase('tcbad', 'rtr_tested', extra)
    prefixes.push(c.prefix)
    expect(c.main.code).toBe(1)
    expect(c.main.stdout).toContain(says)
    expect(c.project).toBeUndefined()
    expectNothingLeft(c.prefix, undefined)
  })
})

describe('template cache in the GitHub Actions cache (a local fake of the service)', () => {
  it('cache auto on a runner that offers it: the cold run saves there, the warm run restores from there', async () => {
    const fake = await FakeActionsCache.start()
    try {
      const ws = workspace('github')
      // Hosted runners give every job the same RUNNER_TEMP, where entries are staged.
      const env = { ...fake.env(), RUNNER_TEMP: join(ws.dir, 'runner-temp') }
      mkdirSync(env.RUNNER_TEMP)
      const cold = await run(ws, 'rtr_tested', { cache: 'auto' }, env)
      expect(cold.report, cold.main.stdout + cold.main.stderr).toBeDefined()
      expect(cold.report.cache).toMatchObject({ hit: false, store: 'github' })
      const key = cold.outputs['cache-key'] as string
      expect(fake.entries.filter((e) => e.committed).map((e) => e.key)).toEqual([key])
      expect(entries(ws)).toEqual([]) // not in the directory store
      const warm = await run(ws, 'rtr_tested', { cache: 'auto' }, env)
      expect(warm.report.cache).toMatchObject({ key, hit: true, store: 'github' })
      expect(warm.outputs['cache-hit']).toBe('true')
      expect(verdict(warm)).toEqual(verdict(cold))
      expect(readdirSync(env.RUNNER_TEMP).filter((n) => n.startsWith('rtr-entry-'))).toEqual([])
    } finally {
      await fake.close()
    }
  })
})
