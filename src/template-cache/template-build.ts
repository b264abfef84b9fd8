// A miss: the template's modules installed into the run's database without
// tests (the same database options as the test command), then the database
// dumped and the filestore archived into the entry directory with its
// manifest, the database revealed for the tests, and the entry saved while
// they run.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Settings } from '../config/settings.js'
import type { EngineDeps } from '../engine/deps.js'
import type { ReportCache } from '../verdict/report.js'
import * as db from './database.js'
import type { TemplatePlan } from './plan.js'
import { seconds } from './size.js'
import {
  describeFile,
  ENTRY_FILES,
  ENTRY_FORMAT,
  type EntryManifest,
  type TemplateStore,
} from './store.js'

export interface BuildPlace {
  plan: TemplatePlan
  place: db.DbPlace
  /** The HTTP port the install's Odoo listens on (the service's own is taken). */
  httpPort: number
  /** The entry directory to fill. */
  dir: string
}

export type Built =
  | {
      ok: true
      /** The entry, complete once the dump (going on during the tests) has ended. */
      complete: Promise<EntryManifest>
    }
  | { ok: false; exitCode: number | null; tail: string }

export async function installAndDump(
  deps: EngineDeps,
  service: string,
  timeoutMs: number,
  b: BuildPlace,
): Promise<Built> {
  const { reporter, compose } = deps
  const { plan, place, dir } = b
  // The database exists, created hidden by the caller (database.ts): the
  // Odoo server leaves it alone while it is built, and this Odoo finds it
  // existing and initialises it.
  const args = [
    ...['-d', place.database, '-i', plan.modules.join(','), ...plan.dbOptions],
    ...['--stop-after-init', '--http-port', String(b.httpPort)],
  ]
  const res = await reporter.group(`Template: installing ${plan.modules.join(', ')}`, () =>
    compose(place.target, ['exec', '-T', service, '/entrypoint.sh', 'odoo', ...args], {
      timeoutMs,
      keepTail: 3000,
      onOutput: (c) => reporter.output(c),
    }),
  )
  if (res.exitCode !== 0) return { ok: false, exitCode: res.exitCode, tail: res.tail }
  const dumpFile = join(dir, ENTRY_FILES.dump)
  const tarFile = join(dir, ENTRY_FILES.filestore)
  // The tests may start once the database's snapshot is taken; the filestore,
  // which they write to, is archived before.
  const dump = db.dumpDatabaseAtSnapshot(place, dumpFile)
  dump.done.catch(() => undefined) // awaited through `complete`
  await Promise.all([dump.taken, db.dumpFilestore(place, tarFile)])
  const complete = dump.done.then(async () => {
    const manifest: EntryManifest = {
      format: ENTRY_FORMAT,
      key: plan.key,
      closure: plan.modules,
      odooVersion: plan.odooVersion,
      image: plan.imageId,
      created: new Date().toISOString(),
      dump: await describeFile(dumpFile),
      filestore: await describeFile(tarFile),
    }
    await writeFile(join(dir, ENTRY_FILES.manifest), JSON.stringify(manifest, null, 2))
    return manifest
  })
  return { ok: true, complete }
}

export type EntryBase = Omit<ReportCache, 'hit' | 'restore_ms' | 'build_ms' | 'size'>

/** Builds the entry into the (hidden, existing) run's database; a failed install is a warning. */
export async function buildEntry(
  deps: EngineDeps,
  settings: Settings,
  store: TemplateStore,
  base: EntryBase,
  b: BuildPlace,
): Promise<{ report: ReportCache; saving?: Promise<void> }> {
  const { reporter } = deps
  const { plan, place } = b
  const t0 = Date.now()
  reporter.info(
    `Template cache: miss; installing ${plan.modules.length} modules into ${place.database} (no tests).`,
  )
  const built = await installAndDump(deps, settings.service, settings.testTimeoutMs, b)
  if (!built.ok) {
    const why = `installing the dependencies failed (exit ${built.exitCode ?? 'signal'}), so nothing is cached; the tests run as without cache and their log shows the failure`
    reporter.warning(`Template cache: ${why}. Last output: ${built.tail.trim().slice(-800)}`)
    await db.dropDatabase(place)
    return {
      report: { ...base, hit: false, restore_ms: null, build_ms: null, size: null, note: why },
    }
  }
  await db.revealDatabase(place)
  const ms = Date.now() - t0
  reporter.info(
    `Template cache: built in ${seconds(ms)}; dumping it and saving it to the ${store.kind} store during the tests.`,
  )
  const warn = (m: string) => reporter.warning(`Template cache: ${m}`)
  const report: ReportCache = { ...base, hit: false, restore_ms: null, build_ms: ms, size: null }
  // The tests do not wait for the dump nor the save (an upload to GitHub's
  // cache can take seconds); finish() does, and the report then has the size.
  const saving = built.complete
    .then(async (manifest) => {
      report.size = manifest.dump.bytes + manifest.filestore.bytes
      await store.save(plan.key, b.dir, warn)
    })
    .catch((e: Error) => warn(`saving failed: ${e.message}`))
  return { report, saving }
}
