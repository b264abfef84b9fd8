// The CLI uses the template cache too: `run` and `test` in a work-order
// environment (a miss builds and saves, the next test restores), and `cache
// ls` / `cache clear` list and empty the directory it wrote.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/gha-runner.js'
import { pinImage } from '../helpers/pinned-image.js'
import { afterCase, CliCase, FIXTURE_COMPOSE, parseJson } from './cli-harness.js'

let current: CliCase | undefined
let pinned: ReturnType<typeof pinImage> | undefined
afterEach(() => {
  afterCase(current)
  pinned?.release()
})

const ADDONS = join(ROOT, 'test/fixtures/compose.addons.yml')
interface Entries {
  dir: string
  entries: { key: string; modules: string[] }[]
}

describe('CLI and the template cache', () => {
  it('run misses then test in a work order hits; cache ls shows the entry, cache clear removes it', async () => {
    const c = (current = new CliCase('clitc'))
    const cacheDir = join(c.dir, 'cache')
    pinned = pinImage()
    const pin = join(c.dir, 'compose.pin.yml')
    writeFileSync(pin, `services:\n  odoo:\n    image: ${pinned.image}\n`)
    const files = [
      '--compose-file',
      `${FIXTURE_COMPOSE},${ADDONS},${pin}`,
      '--down-timeout',
      '1',
      ...c.own,
    ]
    const cache = ['--cache', 'local', '--cache-dir', cacheDir]

    const run = await c.run(['run', 'rtr_tested', ...files, ...cache, '--json'])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/Template cache: miss; installing \d+ modules/)
    const report = JSON.parse(
      readFileSync(join(c.dir, 'proof_of_execution_tests.report.json'), 'utf8'),
    )
    expect(report.cache).toMatchObject({ hit: false, store: 'local' })
    const key = report.cache.key as string

    const ls = parseJson<Entries>(await c.run(['cache', 'ls', '--cache-dir', cacheDir, '--json']))
    expect(ls.entries.map((e) => e.key)).toEqual([key])
    expect(ls.entries[0]?.modules).toContain('rtr_base_dep')

    const up = await c.run(['up', 'WO-7', ...files])
    expect(up.code, up.stderr).toBe(0)
    const test = await c.run(['test', 'WO-7', 'rtr_tested', ...c.own, ...cache])
    expect(test.code, test.stdout + test.stderr).toBe(0)
    expect(test.stdout + test.stderr).toContain(`Template cache: key ${key}`)
    expect(test.stdout + test.stderr).toMatch(/Template cache: hit; restored/)
    const down = await c.run(['down', 'WO-7', '--cleanup', ...c.own, '--down-timeout', '1'])
    expect(down.code).toBe(0)

    const clear = await c.run(['cache', 'clear', '--cache-dir', cacheDir])
    expect(clear.stdout).toMatch(/^Removed 1 template cache entry/)
    expect(
      parseJson<Entries>(await c.run(['cache', 'ls', '--cache-dir', cacheDir, '--json'])).entries,
    ).toEqual([])
    c.expectNothingLeft()
  })
})
