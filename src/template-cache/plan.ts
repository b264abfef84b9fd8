// What a run's template is: its modules (Odoo's closure of the tested
// modules' dependencies, read from the addons the service sees) and its key.
// A dependency found nowhere or not installable is an error here, before any
// database work, naming the addon and the dependency.
import type { ComposeModel } from '../compose/config.js'
import { templateClosure } from '../addons/index.js'
import { databaseOptions, demoSetting, hashTree, templateKey } from './key.js'
import {
  bindMounts,
  configMounts,
  CORE_ADDONS_DIR,
  IMAGE_ADDONS_DIRS,
  databaseService,
  discoverServiceAddons,
  odooRole,
  repositoryAddonsDirs,
} from './sources.js'
import type { ServiceFacts } from './service-facts.js'
import { describeFile } from './store.js'

export interface TemplatePlan {
  key: string
  /** The modules the template holds, sorted. */
  modules: string[]
  /** Repository addons among them (hashed into the key). */
  repoModules: string[]
  imageId: string
  odooVersion: string
  dbService: string
  role: string
  /** Options of the test command the install repeats (they change the database). */
  dbOptions: string[]
}

export type PlanResult = { plan: TemplatePlan } | { plan: null; why: string }

export async function planTemplate(
  model: ComposeModel,
  service: string,
  modules: string[],
  odooArgs: string[],
  facts: ServiceFacts,
): Promise<PlanResult> {
  const dbService = databaseService(model, service)
  if (!dbService)
    return {
      plan: null,
      why: `not used: no database service found (the ${service} service's HOST names none, and there is no service "db")`,
    }
  const { imageId, core } = facts
  const mounts = bindMounts(model, service)
  const [repoDirs, configs] = await Promise.all([
    repositoryAddonsDirs(mounts),
    configMounts(mounts),
  ])
  const { discovery, hostDirOf } = await discoverServiceAddons(core, repoDirs)
  // A tested module Odoo cannot find fails the tests themselves, with Odoo's
  // words; the cache only steps aside. A missing dependency is an error below.
  const unseen = modules.filter((m) => !discovery.addons.has(m))
  if (unseen.length > 0)
    return {
      plan: null,
      why: `not used: ${unseen.join(', ')} is in no addons directory the ${service} service sees (${[CORE_ADDONS_DIR, ...repoDirs.map((r) => r.target), ...IMAGE_ADDONS_DIRS].join(', ')})`,
    }
  const closure = templateClosure(discovery.addons, modules)
  if (closure.pulled.length > 0)
    return {
      plan: null,
      why: `not used: ${closure.pulled.join(', ')} would be installed automatically with the template and depend on ${modules.join(', ')}`,
    }
  const repoModules = closure.modules.filter((m) => hostDirOf.has(m))
  const repoAddons: Record<string, Array<[string, string]>> = {}
  for (const m of repoModules) repoAddons[m] = await hashTree(hostDirOf.get(m) as string)
  const configFiles: Record<string, string> = {}
  for (const c of configs) configFiles[c.target] = (await describeFile(c.source)).sha256
  const dbOptions = databaseOptions(odooArgs)
  const key = templateKey({
    imageId,
    closure: closure.modules,
    repoAddons,
    configFiles,
    demo: demoSetting(odooArgs),
    dbOptions,
  })
  return {
    plan: {
      key,
      modules: closure.modules,
      repoModules,
      imageId,
      odooVersion: core.odooVersion,
      dbService,
      role: odooRole(model, service),
      dbOptions,
    },
  }
}
