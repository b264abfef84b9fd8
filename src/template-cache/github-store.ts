// The GitHub Actions cache as a template store, through the official
// @actions/cache. That package (with the Azure storage SDK it brings) is a
// chunk of the bundles loaded on first use, never at start.
//
// @actions/cache archives paths, not a directory of the caller's choice: it
// tars the given paths relative to GITHUB_WORKSPACE (-P), extracts them back
// to the same place, and hashes the path strings into the entry's version. So
// an entry is staged at a path that depends on its key only,
// `<staging root>/<sha256(key)>`, by both the saving and the restoring job
// (the staging root defaults to the runner's temp directory, the same path on
// every hosted runner), and moved into the caller's directory after a restore.
// Whatever the service, the archive or the move did, a restored entry is used
// only when verifyEntry agrees with its manifest.
import { createHash } from 'node:crypto'
import { cp, link, mkdir, readdir, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { withCoreOutput, type CoreOutput } from './core-output.js'
import { verifyEntry, type TemplateStore } from './store.js'

type ActionsCache = typeof import('@actions/cache')

/** Loads @actions/cache (a chunk of its own in the bundles) once. */
let loading: Promise<ActionsCache> | undefined
export function loadActionsCache(): Promise<ActionsCache> {
  loading ??= import('@actions/cache').catch((e: unknown) => {
    loading = undefined
    throw e
  })
  return loading
}

/**
 * Whether this job can use the GitHub Actions cache (for `cache: auto`):
 * @actions/cache's own check of the runner's environment (on today's runners,
 * ACTIONS_CACHE_SERVICE_V2 and ACTIONS_RESULTS_URL). Loads the chunk.
 */
export async function isGithubCacheAvailable(): Promise<boolean> {
  try {
    return (await loadActionsCache()).isFeatureAvailable()
  } catch {
    return false
  }
}

export interface GithubStoreOptions {
  /**
   * Where entries are staged for @actions/cache: must be the same path in the
   * job that saves and the one that restores (it is part of the cache
   * version). Default: `$RUNNER_TEMP/rtr-template-cache`, else the OS temp directory.
   */
  stagingRoot?: string
  /** @actions/cache's progress lines and the store's own; default: stdout, as @actions/core writes them. */
  info?: (line: string) => void
}

export class GithubStore implements TemplateStore {
  readonly kind = 'github' as const
  readonly stagingRoot: string
  private readonly info: (line: string) => void

  constructor(options: GithubStoreOptions = {}) {
    this.stagingRoot =
      options.stagingRoot ?? join(process.env['RUNNER_TEMP'] || tmpdir(), 'rtr-template-cache')
    const stdout = process.stdout.write.bind(process.stdout)
    this.info = options.info ?? ((line) => void stdout(`${line}\n`))
  }

  /** The staging path of `key`: a function of the key alone, and never a glob. */
  stagingPath(key: string): string {
    return join(this.stagingRoot, createHash('sha256').update(key).digest('hex'))
  }

  async restore(key: string, dir: string, warn: (m: string) => void): Promise<boolean> {
    const stage = this.stagingPath(key)
    try {
      const cache = await loadActionsCache()
      if (!available(cache, warn)) return false
      await rm(stage, { recursive: true, force: true })
      const { result: hit, output } = await withCoreOutput(
        () => cache.restoreCache([stage], key),
        this.info,
      )
      for (const w of output.warnings) warn(`GitHub cache, restore of ${key}: ${w}`)
      if (hit === undefined) return false
      if (hit !== key) {
        warn(`GitHub cache: asked for ${key}, got ${hit}; not used, building anew.`)
        return false
      }
      await moveInto(stage, dir)
      const checked = await verifyEntry(dir, key)
      if (!checked.ok) {
        warn(`GitHub cache entry ${key} is unusable (${checked.reason}); building anew.`)
        await emptyDir(dir)
        return false
      }
      return true
    } catch (e) {
      warn(`GitHub cache: restore of ${key} failed (${(e as Error).message}); building anew.`)
      await emptyDir(dir).catch(() => undefined)
      return false
    } finally {
      await rm(stage, { recursive: true, force: true }).catch(() => undefined)
    }
  }

  async save(key: string, dir: string, warn: (m: string) => void): Promise<void> {
    const stage = this.stagingPath(key)
    try {
      const cache = await loadActionsCache()
      if (!available(cache, warn)) return
      await rm(stage, { recursive: true, force: true })
      await linkTree(dir, stage)
      const { result: id, output } = await withCoreOutput(
        () => cache.saveCache([stage], key),
        this.info,
      )
      for (const w of output.warnings) warn(`GitHub cache, save of ${key}: ${w}`)
      if (id !== -1 || output.warnings.length > 0) return
      const failure = reserveFailure(output)
      if (failure === undefined || /\(409\)|already exists/i.test(failure))
        this.info(`GitHub cache: ${key} is already saved (another job saved it first).`)
      else warn(`GitHub cache, save of ${key}: ${failure}`)
    } catch (e) {
      warn(`GitHub cache: save of ${key} failed (${(e as Error).message}); the run goes on.`)
    } finally {
      await rm(stage, { recursive: true, force: true }).catch(() => undefined)
    }
  }
}

/**
 * Without the service's URL @actions/cache would retry for seconds before
 * giving up (`cache: github` in a job that has no cache): say so at once.
 */
function available(cache: ActionsCache, warn: (m: string) => void): boolean {
  if (cache.isFeatureAvailable()) return true
  warn(
    'GitHub cache: this job has no cache service (no ACTIONS_RESULTS_URL, as GitHub gives JavaScript actions on its runners); running without it.',
  )
  return false
}

/**
 * @actions/cache turns every failure of CreateCacheEntry (a 409 because the
 * key exists, but also a 500 after its retries, or a refused token) into the
 * same info line; only its debug line says which.
 */
function reserveFailure(output: CoreOutput): string | undefined {
  const line = output.debug.find((d) => d.startsWith('Failed to reserve cache:'))
  return line?.replace(/^Failed to reserve cache:\s*(Error:\s*)?/, '')
}

/** Hard links of `from`'s files at `to` (a copy across file systems): staging costs no copy. */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true })
  for (const e of await readdir(from, { withFileTypes: true })) {
    const [src, dest] = [join(from, e.name), join(to, e.name)]
    if (e.isDirectory()) await linkTree(src, dest)
    else await link(src, dest).catch(() => cp(src, dest))
  }
}

/** Moves `from`'s children into `to` (copies across file systems). */
async function moveInto(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true })
  for (const name of await readdir(from)) {
    const [src, dest] = [join(from, name), join(to, name)]
    await rename(src, dest).catch(async (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EXDEV') throw e
      await cp(src, dest, { recursive: true })
    })
  }
}

async function emptyDir(dir: string): Promise<void> {
  for (const name of await readdir(dir).catch(() => [] as string[]))
    await rm(join(dir, name), { recursive: true, force: true })
}
