// The plan, end to end and shared by the action and the CLI: the
// repository's addons from its addons directories, the changed files from git
// when only changes count, then the selection (select.ts).
import { existsSync, realpathSync } from 'node:fs'
import { discoverAddons, nodeFs, type AddonsFs } from '../addons/index.js'
import { PlanInput } from '../constants.js'
import { InputError } from '../errors.js'
import { baseFromEvent, isPullRequest } from './event.js'
import { changedFiles, runGit, type GitRunner } from './git.js'
import { selectModules, type Plan } from './select.js'
import type { PlanSettings } from './settings.js'

export interface PlanEvent {
  name?: string
  payload: Record<string, unknown>
}

export interface PlanDeps {
  log: (line: string) => void
  git?: GitRunner
  fs?: AddonsFs
}

export async function makePlan(
  settings: PlanSettings,
  event: PlanEvent | undefined,
  deps: PlanDeps,
): Promise<Plan> {
  const git = deps.git ?? runGit
  // Real paths: git names the top level by its real path, and addons are matched to it.
  const addonsDirs = settings.addonsDirs.map((d) => (existsSync(d) ? realpathSync(d) : d))
  const { addons } = await discoverAddons(addonsDirs, deps.fs ?? nodeFs)
  if (addons.size === 0)
    throw new InputError(
      `No addon (a directory with __manifest__.py) in ${settings.addonsDirs.join(', ')}: check the ${PlanInput.AddonsPath} input (--addons-path).`,
    )
  const changedOnly =
    settings.changedOnly === 'auto'
      ? settings.changedSince !== undefined || isPullRequest(event?.name)
      : settings.changedOnly
  const common = { ...settings, addons, addonsDirs }
  if (!changedOnly)
    return selectModules({
      ...common,
      root: settings.cwd,
      allReason: 'every addon (changed-only is off)',
    })
  const { base, why } = settings.changedSince
    ? { base: settings.changedSince, why: undefined }
    : baseFromEvent(event?.name, event?.payload ?? {})
  if (!base) {
    deps.log(`Nothing to compare with (${why}): every addon is selected.`)
    return selectModules({ ...common, root: settings.cwd, allReason: `every addon (${why})` })
  }
  const { files, root } = await changedFiles(settings.cwd, base, deps.log, git)
  deps.log(`${files.length} file(s) changed since ${base}.`)
  return selectModules({ ...common, root, changed: files })
}

/** The action's outputs and the CLI's JSON from a plan. */
export function planJson(plan: Plan, matrixKey: string) {
  return { modules: plan.modules, matrix: { [matrixKey]: plan.modules }, reasons: plan.reasons }
}
