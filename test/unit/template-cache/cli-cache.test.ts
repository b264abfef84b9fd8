// `cache ls` / `cache clear` on a real directory store, without Docker; and
// the one line the comment and summary show.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseAge } from '../../../src/cli/commands/cache.js'
import type { CliIo } from '../../../src/cli/io.js'
import { runCli } from '../../../src/cli/main.js'
import { cacheLine } from '../../../src/github/render-parts.js'
import type { ReportCache } from '../../../src/verdict/report.js'

let dir: string
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'rtr-cli-cache-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const io = { out: '', err: '' }
  const cliIo: CliIo = {
    stdout: { write: (t) => (io.out += t.toString()) },
    stderr: { write: (t) => (io.err += t.toString()) },
    env,
    cwd: dir,
  }
  const code = await runCli(argv, cliIo, {
    makeDeps: () => {
      throw new Error('Docker must not be touched')
    },
  })
  return { code, ...io }
}

const key = (n: number) => n.toString(16).padStart(64, '0')
function entry(n: number, ageDays: number) {
  const e = join(dir, 'cache', 'templates', key(n))
  mkdirSync(e, { recursive: true })
  writeFileSync(join(e, 'db.dump'), 'x'.repeat(2048))
  writeFileSync(
    join(e, 'manifest.json'),
    JSON.stringify({ closure: ['base', 'mail'], created: 'c' }),
  )
  const t = new Date(Date.now() - ageDays * 86400_000)
  utimesSync(e, t, t)
}

describe('cache command', () => {
  it('ls lists the entries, newest use first; --json for scripts', async () => {
    entry(1, 10)
    entry(2, 1)
    const r = await cli(['cache', 'ls', '--cache-dir', 'cache'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(
      new RegExp(
        `^Template cache ${dir}/cache/templates:\\n${key(2).slice(0, 16)} .* 2 modules\\n${key(1).slice(0, 16)} `,
      ),
    )
    expect(r.out).toContain('2 entries, ')
    const j = await cli(['cache', 'ls', '--json'], { XDG_CACHE_HOME: join(dir, 'x') })
    expect(JSON.parse(j.out)).toEqual({
      dir: join(dir, 'x/resilient-test-runner/templates'),
      entries: [],
    })
  })

  it('clear --older-than removes only the entries unused that long; clear removes the rest', async () => {
    entry(1, 10)
    entry(2, 1)
    const r = await cli(['cache', 'clear', '--older-than', '7d', '--cache-dir', 'cache', '--json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).removed).toEqual([key(1)])
    const all = await cli(['cache', 'clear', '--cache-dir', 'cache'])
    expect(all.out).toMatch(/^Removed 1 template cache entry \(2\.\d KB\) from /)
    expect((await cli(['cache', 'ls', '--cache-dir', 'cache'])).out).toMatch(
      /^No template cache entries/,
    )
  })

  it.each([
    [['cache', 'purge'], /Unknown cache command "purge": use 'ls' or 'clear'/],
    [
      ['cache', 'clear', '--older-than', 'soon'],
      /Invalid --older-than "soon"\. Expected a whole number with s, m, h or d/,
    ],
    [['cache'], /Missing argument: cache needs ls\|clear/],
  ])('%j is refused with exit 2', async (argv, says) => {
    const r = await cli(argv)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(says)
  })

  it.each<[string, number | undefined]>([
    ['7d', 7 * 86400_000],
    ['12h', 12 * 3600_000],
    ['30m', 1800_000],
    ['90s', 90_000],
    ['7', undefined],
    ['1w', undefined],
  ])('parseAge(%j) = %s', (text, ms) => expect(parseAge(text)).toBe(ms))
})

describe('cacheLine', () => {
  const base: ReportCache = {
    key: 'abcdef0123456789'.repeat(4),
    hit: false,
    store: 'local',
    restore_ms: null,
    build_ms: null,
    size: 1153434,
    modules: ['base'],
    note: null,
  }
  it.each<[Partial<ReportCache>, string]>([
    [{ hit: true, restore_ms: 1900 }, 'hit (local), restored 1.1 MB in 1.9 s, key abcdef012345'],
    [
      { build_ms: 21000, store: 'github' },
      'miss (github), built 1.1 MB in 21.0 s and saved, key abcdef012345',
    ],
    [{ key: null, store: null, size: null, note: 'off (cache: off)' }, 'off (cache: off)'],
  ])('%j', (c, line) => expect(cacheLine({ ...base, ...c })).toBe(line))
})
