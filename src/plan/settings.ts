// The plan's settings from raw strings (the plan action's inputs, the CLI's
// flags): validated here, once, with messages naming the input.
import { isAbsolute, resolve } from 'node:path'
import { PLAN_DEFAULTS, PlanInput } from '../constants.js'
import { fail } from '../config/values.js'

export interface RawPlanSettings {
  addonsPath?: string
  changedOnly?: string
  changedSince?: string
  include?: string
  exclude?: string
  globalFiles?: string
  workingDirectory?: string
}

export interface PlanSettings {
  /** Where git and the relative paths start (absolute). */
  cwd: string
  /** The repository's addons directories (absolute), first wins. */
  addonsDirs: string[]
  /** Only what changed since the base ('auto': on pull requests). */
  changedOnly: boolean | 'auto'
  /** The base to compare HEAD with; undefined: the event's. */
  changedSince?: string
  include: string[]
  exclude: string[]
  globalFiles: string[]
}

/** Comma- or newline-separated values, trimmed, empty ones dropped. */
export function splitList(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
}

export function parsePlanSettings(raw: RawPlanSettings, baseDirectory: string): PlanSettings {
  const cwd = resolve(baseDirectory, raw.workingDirectory?.trim() || '.')
  const paths = splitList(raw.addonsPath)
  const addonsDirs = (paths.length ? paths : [PLAN_DEFAULTS.addonsPath]).map((p) =>
    isAbsolute(p) ? p : resolve(cwd, p),
  )
  const changedOnlyText = (raw.changedOnly ?? '').trim().toLowerCase() || 'auto'
  if (!['auto', 'true', 'false'].includes(changedOnlyText))
    fail(
      PlanInput.ChangedOnly,
      raw.changedOnly ?? '',
      "'true', 'false' or 'auto' (true on pull requests)",
    )
  const changedSince = raw.changedSince?.trim() || undefined
  if (changedSince && !/^[\w./@{}^~-]+$/.test(changedSince))
    fail(PlanInput.ChangedSince, changedSince, 'a commit or ref (e.g. origin/main, HEAD~3, a sha)')
  const globs = (input: string, text: string | undefined): string[] => {
    const list = splitList(text)
    for (const g of list)
      if (/[\s]/.test(g)) fail(input, g, 'globs without spaces, separated by commas or new lines')
    return list
  }
  const globalText = raw.globalFiles?.trim()
  return {
    cwd,
    addonsDirs,
    changedOnly: changedOnlyText === 'auto' ? 'auto' : changedOnlyText === 'true',
    changedSince,
    include: globs(PlanInput.Include, raw.include),
    exclude: globs(PlanInput.Exclude, raw.exclude),
    globalFiles: globalText
      ? globs(PlanInput.GlobalFiles, globalText)
      : [...PLAN_DEFAULTS.globalFiles],
  }
}
