// `cache ls` / `cache clear [--older-than AGE]`: the local template cache
// (src/template-cache/local-store.ts) as a person sees it, and a way to empty it.
import { resolve } from 'node:path'
import { DEFAULTS } from '../../constants.js'
import { parseCacheMaxSize } from '../../config/cache.js'
import { InputError } from '../../errors.js'
import { defaultCacheDir, LocalStore } from '../../template-cache/index.js'
import { formatSize } from '../../template-cache/size.js'
import type { CommandSpec } from '../args.js'
import { UsageError } from '../args.js'
import type { Command, CommandContext } from '../command.js'
import { JSON_FLAG, settingFlags } from '../options.js'

export const CACHE_SPEC: CommandSpec = {
  name: 'cache',
  summary: 'Lists (ls) or empties (clear) the local template cache.',
  args: 'ls|clear',
  positionals: { min: 1, max: 1 },
  flags: [
    ...settingFlags('cache-dir'),
    {
      name: 'older-than',
      type: 'string',
      value: 'AGE',
      help: 'clear: only entries not used for AGE (e.g. 7d, 12h, 30m)',
    },
    JSON_FLAG,
  ],
  notes: [
    "An entry is the database dump and filestore of the tested modules' dependencies, keyed by what they were built from.",
    'Exit codes: 0 done, 2 bad arguments.',
  ],
}

/** `7d`, `12h`, `30m`, `90s` -> milliseconds; undefined when it is not an age. */
export function parseAge(text: string): number | undefined {
  const m = /^(\d+)(s|m|h|d)$/.exec(text.trim())
  if (!m) return undefined
  return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2] as 's' | 'm' | 'h' | 'd'] * 1000
}

export const cacheCommand: Command = {
  spec: CACHE_SPEC,
  async run(ctx: CommandContext): Promise<number> {
    const [what] = ctx.args.positionals
    if (what !== 'ls' && what !== 'clear')
      throw new UsageError(`Unknown cache command ${JSON.stringify(what)}: use 'ls' or 'clear'.`)
    const dirFlag = ctx.args.values['cache-dir']
    const dir = dirFlag ? resolve(ctx.io.cwd, dirFlag) : defaultCacheDir(ctx.io.env)
    const store = new LocalStore(dir, parseCacheMaxSize(DEFAULTS.cacheMaxSize))
    const json = ctx.args.switches.has('json')
    const out = (s: string) => ctx.io.stdout.write(s)
    if (what === 'ls') {
      const entries = await store.list()
      if (json) {
        const rows = entries.map((e) => ({
          key: e.key,
          bytes: e.bytes,
          last_used: e.lastUsed.toISOString(),
          created: e.manifest?.created ?? null,
          modules: e.manifest?.closure ?? null,
          image: e.manifest?.image ?? null,
        }))
        out(`${JSON.stringify({ dir: store.root, entries: rows }, null, 2)}\n`)
      } else if (entries.length === 0) out(`No template cache entries in ${store.root}.\n`)
      else {
        out(`Template cache ${store.root}:\n`)
        for (const e of entries)
          out(
            `${e.key.slice(0, 16)}  ${formatSize(e.bytes).padStart(9)}  used ${e.lastUsed.toISOString()}  ${e.manifest ? `${e.manifest.closure.length} modules` : '(no manifest)'}\n`,
          )
        out(`${entries.length} entries, ${formatSize(entries.reduce((n, e) => n + e.bytes, 0))}.\n`)
      }
      return 0
    }
    const ageText = ctx.args.values['older-than']
    let before: Date | undefined
    if (ageText !== undefined) {
      const ms = parseAge(ageText)
      if (ms === undefined)
        throw new InputError(
          `Invalid --older-than ${JSON.stringify(ageText)}. Expected a whole number with s, m, h or d (e.g. 7d, 12h).`,
        )
      before = new Date(Date.now() - ms)
    }
    const gone = await store.clear(before)
    if (json)
      out(`${JSON.stringify({ dir: store.root, removed: gone.map((e) => e.key) }, null, 2)}\n`)
    else
      out(
        `Removed ${gone.length} template cache entr${gone.length === 1 ? 'y' : 'ies'} (${formatSize(gone.reduce((n, e) => n + e.bytes, 0))}) from ${store.root}.\n`,
      )
    return 0
  },
}
