// A hit: the entry's dump restored into the run's database and its archive
// into the filestore, the database revealed to the Odoo server once both are
// complete (database.ts). The database half waits only for Postgres: with
// the service's facts read before `up`, it starts while compose is still
// starting Odoo, and Odoo's own start overlaps the restore.
import { join } from 'node:path'
import type { DockerClient } from '../docker/client.js'
import * as db from './database.js'
import { serviceRunning } from './container-io.js'
import { ENTRY_FILES } from './store.js'

export interface RestoreAt {
  place: db.DbPlace
  docker: DockerClient
  /** Settles when `compose up` has started the project. */
  up: Promise<void>
  /** Resolves when the service runs the image the key was made for; rejects otherwise. */
  sameImage: Promise<void>
  /** The verified entry directory. */
  dir: string
}

export async function restoreEntry(r: RestoreAt): Promise<void> {
  const { place, docker, up } = r
  const project = place.target.project
  // Every half settled before a failure is reported: the caller then drops
  // the database, which no half may create again afterwards.
  const halves = await Promise.allSettled([
    serviceRunning(docker, project, place.dbService, up).then(() =>
      db.restoreDatabase(place, join(r.dir, ENTRY_FILES.dump)),
    ),
    serviceRunning(docker, project, place.service, up).then(() =>
      db.restoreFilestore(place, join(r.dir, ENTRY_FILES.filestore)),
    ),
    r.sameImage,
  ])
  for (const h of halves) if (h.status === 'rejected') throw h.reason
  await db.revealDatabase(place)
}
