import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseSettings } from '../../../src/config/parse.js'
import type { RawSettings } from '../../../src/config/settings.js'
import { cacheUnusable, chooseStore, defaultCacheDir } from '../../../src/template-cache/choose.js'
import type { TemplateStore } from '../../../src/template-cache/store.js'

const settings = (raw: RawSettings = {}) =>
  parseSettings({ module: 'm', ...raw }, { baseDirectory: '/ws', fileExists: () => true })
const recorder = () => {
  const lines: string[] = []
  return {
    lines,
    reporter: {
      info: (m: string) => void lines.push(`info ${m}`),
      warning: (m: string) => void lines.push(`warning ${m}`),
      group: <T>(_t: string, fn: () => Promise<T>) => fn(),
      output: () => undefined,
    },
  }
}
let dir: string | undefined
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }))

describe('defaultCacheDir', () => {
  it.each<[NodeJS.ProcessEnv, string]>([
    [{ XDG_CACHE_HOME: '/x/cache' }, '/x/cache/resilient-test-runner'],
    [{ XDG_CACHE_HOME: 'relative' }, '/home/u/.cache/resilient-test-runner'],
    [{}, '/home/u/.cache/resilient-test-runner'],
  ])('%j -> %s', (env, want) => expect(defaultCacheDir(env, '/home/u')).toBe(want))
})

describe('cacheUnusable', () => {
  it.each<[RawSettings, RegExp | null]>([
    [{}, null],
    [{ cache: 'off' }, /off/],
    [{ testCommand: 'odoo -d x' }, /custom test-command/],
    [{ coverage: 'true' }, /coverage/],
  ])('%j', (raw, want) => {
    const why = cacheUnusable(settings(raw))
    if (want === null) expect(why).toBeNull()
    else expect(why).toMatch(want)
  })
})

describe('chooseStore', () => {
  const fakeGithub: TemplateStore = {
    kind: 'github',
    restore: async () => false,
    save: async () => undefined,
  }
  it('auto: the GitHub store where offered, else the directory', async () => {
    dir = mkdtempSync(join(tmpdir(), 'rtr-choose-'))
    const r = recorder()
    const s = settings({ cacheDir: dir })
    expect((await chooseStore(s, r.reporter, async () => fakeGithub)).store?.kind).toBe('github')
    expect((await chooseStore(s, r.reporter, async () => undefined)).store?.kind).toBe('local')
    expect(r.lines).toEqual([])
  })
  it('github where none is offered: a warning and no cache', async () => {
    const r = recorder()
    const c = await chooseStore(settings({ cache: 'github' }), r.reporter, async () => undefined)
    expect(c.store).toBeNull()
    expect(r.lines.join()).toMatch(
      /^warning cache: github, but this runner offers no GitHub Actions cache/,
    )
  })
  it('a cache-dir that is not writable: a warning naming it, and no cache', async () => {
    dir = mkdtempSync(join(tmpdir(), 'rtr-choose-'))
    writeFileSync(join(dir, 'f'), '')
    const r = recorder()
    const c = await chooseStore(
      settings({ cache: 'local', cacheDir: join(dir, 'f', 'c') }),
      r.reporter,
    )
    expect(c.store).toBeNull()
    expect(r.lines).toHaveLength(1)
    expect(r.lines[0]).toMatch(
      /^warning cache-dir .*\/f\/c is not writable .*running without the template cache/,
    )
  })
})
