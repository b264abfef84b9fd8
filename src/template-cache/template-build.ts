// A miss: the template's modules installed into the run's database without
// tests (the same database options as the test command), then the database
// dumped and the filestore archived into the entry directory with its manifest.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { EngineDeps } from '../engine/deps.js'
import * as db from './database.js'
import type { TemplatePlan } from './plan.js'
import { describeFile, ENTRY_FILES, ENTRY_FORMAT, type EntryManifest } from './store.js'

export interface BuildPlace {
  plan: TemplatePlan
  place: db.DbPlace
  /** The HTTP port the install's Odoo listens on (the service's own is taken). */
  httpPort: number
  /** The entry directory to fill. */
  dir: string
}

export type Built =
  { ok: true; manifest: EntryManifest } | { ok: false; exitCode: number | null; tail: string }

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
  await Promise.all([
    db.dumpDatabase(place, join(dir, ENTRY_FILES.dump)),
    db.dumpFilestore(place, join(dir, ENTRY_FILES.filestore)),
  ])
  const manifest: EntryManifest = {
    format: ENTRY_FORMAT,
    key: plan.key,
    closure: plan.modules,
    odooVersion: plan.odooVersion,
    image: plan.imageId,
    created: new Date().toISOString(),
    dump: await describeFile(join(dir, ENTRY_FILES.dump)),
    filestore: await describeFile(join(dir, ENTRY_FILES.filestore)),
  }
  await writeFile(join(dir, ENTRY_FILES.manifest), JSON.stringify(manifest, null, 2))
  return { ok: true, manifest }
}
