// The template cache's inputs (cache, cache-dir, cache-max-size), validated
// like every other input: a bad value names the input and the accepted form.
import { resolve } from 'node:path'
import { DEFAULTS, Input } from '../constants.js'
import { parseSize } from '../template-cache/size.js'
import type { CacheMode, RawSettings } from './settings.js'
import { fail } from './values.js'

const MODES: CacheMode[] = ['auto', 'local', 'github', 'off']

export function parseCacheMode(raw: string | undefined): CacheMode {
  const text = (raw ?? '').trim().toLowerCase() || DEFAULTS.cache
  if (!MODES.includes(text as CacheMode))
    fail(Input.Cache, text, "'auto', 'local', 'github' or 'off'")
  return text as CacheMode
}

/** At least 1 MB (a template is never smaller), at most 1 TB. */
export function parseCacheMaxSize(raw: string | undefined): number {
  const text = (raw ?? '').trim() || DEFAULTS.cacheMaxSize
  const bytes = parseSize(text)
  if (bytes === undefined || bytes < 1024 ** 2 || bytes > 1024 ** 4)
    fail(
      Input.CacheMaxSize,
      text,
      "a size from 1MB to 1TB: a number with KB, MB, GB or TB (binary units, e.g. '500MB', '2GB')",
    )
  return bytes
}

export function parseCacheSettings(raw: RawSettings, workdir: string) {
  const dir = (raw.cacheDir ?? '').trim()
  if (dir.includes('\0')) fail(Input.CacheDir, dir, 'a directory path')
  return {
    cache: parseCacheMode(raw.cache),
    cacheDir: dir === '' ? null : resolve(workdir, dir),
    cacheMaxBytes: parseCacheMaxSize(raw.cacheMaxSize),
  }
}
