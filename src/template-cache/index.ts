// The template cache: a database with the tested modules' dependencies
// installed, kept between runs (src/template-cache/README in the repository
// README's "Template cache" section). The engine only calls openTemplateRun,
// then TemplateRun.start / ready / finish.
import type { Settings } from '../config/settings.js'
import type { EngineDeps } from '../engine/deps.js'
import { chooseStore, type GithubStoreLoader } from './choose.js'
import { TemplateRun } from './template-run.js'

export { TemplateRun } from './template-run.js'
export { LocalStore } from './local-store.js'
export { defaultCacheDir } from './choose.js'

export async function openTemplateRun(
  settings: Settings,
  deps: EngineDeps,
  loadGithub?: GithubStoreLoader,
): Promise<TemplateRun> {
  const choice = await chooseStore(settings, deps.reporter, loadGithub)
  return new TemplateRun(settings, deps, choice.store, choice.store ? null : choice.why)
}
