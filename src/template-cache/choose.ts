// Which store a run uses, from `cache` and the place it runs: `auto` is the
// GitHub Actions cache where the runner offers one, else the directory; a
// store that cannot work here is a warning and a run without cache, never a
// failed run.
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { Settings } from '../config/settings.js'
import type { Reporter } from '../engine/reporter.js'
import { LocalStore } from './local-store.js'
import type { TemplateStore } from './store.js'

/** `$XDG_CACHE_HOME/resilient-test-runner`, else `~/.cache/resilient-test-runner`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  const base = env.XDG_CACHE_HOME?.startsWith('/') ? env.XDG_CACHE_HOME : join(home, '.cache')
  return join(base, 'resilient-test-runner')
}

/** The GitHub store where the runner offers the cache service, else undefined. */
export type GithubStoreLoader = () => Promise<TemplateStore | undefined>

/**
 * The GitHub Actions cache where @actions/cache says the runner offers it. Its
 * chunk (with the Azure SDK) is loaded only where the runner's cache variables
 * are set at all, so the CLI and self-hosted runners without them never load it.
 */
export const githubStore: GithubStoreLoader = async () => {
  const env = process.env
  if (!env.ACTIONS_RESULTS_URL && !env.ACTIONS_CACHE_URL) return undefined
  const gh = await import('./github-store.js')
  return (await gh.isGithubCacheAvailable()) ? new gh.GithubStore() : undefined
}

export type StoreChoice = { store: TemplateStore } | { store: null; why: string }

/** Why the cache cannot be used with these settings at all, or null. */
export function cacheUnusable(settings: Settings): string | null {
  if (settings.cache === 'off') return 'off (cache: off)'
  if (settings.testCommand.length > 0)
    return 'not used: a custom test-command may prepare the database its own way, which a template cannot know'
  if (settings.coverage)
    return 'not used with coverage: the dependencies would then be installed outside the measured run'
  return null
}

export async function chooseStore(
  settings: Settings,
  reporter: Reporter,
  loadGithub: GithubStoreLoader = githubStore,
  env: NodeJS.ProcessEnv = process.env,
): Promise<StoreChoice> {
  const unusable = cacheUnusable(settings)
  if (unusable) return { store: null, why: unusable }
  if (settings.cache === 'github' || settings.cache === 'auto') {
    const gh = await loadGithub().catch((e: Error) => {
      reporter.warning(`The GitHub Actions cache could not be loaded: ${e.message}`)
      return undefined
    })
    if (gh) return { store: gh }
    if (settings.cache === 'github') {
      reporter.warning(
        'cache: github, but this runner offers no GitHub Actions cache (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL unset): running without the template cache.',
      )
      return { store: null, why: 'not used: no GitHub Actions cache on this runner' }
    }
  }
  const dir = settings.cacheDir ?? defaultCacheDir(env)
  const local = new LocalStore(dir, settings.cacheMaxBytes)
  const problem = await local.checkWritable()
  if (problem) {
    reporter.warning(
      `cache-dir ${dir} is not writable (${problem}): running without the template cache. Set cache-dir to a writable directory, or cache: off.`,
    )
    return { store: null, why: `not used: cache-dir ${dir} is not writable` }
  }
  return { store: local }
}
