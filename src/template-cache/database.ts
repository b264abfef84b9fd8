// The template's two halves moved in and out of a run's services: the
// database (pg_dump -Fc / pg_restore, run inside the database container, so
// no client tools are needed on the runner) and the filestore (tar inside the
// Odoo container: /var/lib/odoo is Odoo's data_dir in the official image).
import type { ComposeTarget } from '../compose/compose.js'
import { execCapture, execStream } from './container-io.js'

export const FILESTORE_ROOT = '/var/lib/odoo/filestore'

export interface DbPlace {
  target: ComposeTarget
  /** The database service (postgres). */
  dbService: string
  /** The Odoo service. */
  service: string
  /** The role Odoo connects as: it must own what is restored. */
  role: string
  database: string
  timeoutMs: number
}

// Positional parameters, never spliced into the script. The image's superuser
// (POSTGRES_USER) connects over the local socket, which the postgres image trusts.
const SU = '-U "${POSTGRES_USER:-postgres}"'
const RESTORE = `createdb ${SU} -O "$1" "$2" && exec pg_restore ${SU} --no-owner --role="$1" --exit-on-error -d "$2"`
const DUMP = `exec pg_dump ${SU} -Fc --no-owner "$1"`
const READY = `for i in $(seq 1 600); do pg_isready -q -h 127.0.0.1 ${SU} && exit 0; sleep 0.2; done; exit 1`
const DROP = `dropdb ${SU} --if-exists "$1"`
const TAR_OUT = `d="${FILESTORE_ROOT}/$1"; mkdir -p "$d" && exec tar -C "$d" -cf - .`
const TAR_IN = `d="${FILESTORE_ROOT}/$1"; mkdir -p "$d" && exec tar -C "$d" -xf -`

function fail(
  what: string,
  res: { exitCode: number | null; tail?: string; stderr?: string },
): never {
  const why = (res.tail ?? res.stderr ?? '').trim().slice(-800)
  throw new Error(`${what} failed (exit ${res.exitCode ?? 'signal'})${why ? `: ${why}` : ''}`)
}

/** Until Postgres accepts connections (a compose file without a health gate on it). */
export async function waitForDatabase(p: DbPlace): Promise<void> {
  const res = await execCapture(p.target, p.dbService, ['sh', '-c', READY], p.timeoutMs)
  if (res.exitCode !== 0) fail(`Waiting for the database in ${p.dbService}`, res)
}

export async function restoreDatabase(p: DbPlace, dumpFile: string): Promise<void> {
  const res = await execStream({
    target: p.target,
    service: p.dbService,
    cmd: ['sh', '-c', RESTORE, 'sh', p.role, p.database],
    stdinFile: dumpFile,
    timeoutMs: p.timeoutMs,
  })
  if (res.exitCode !== 0) fail(`Restoring the template into database ${p.database}`, res)
}

export async function restoreFilestore(p: DbPlace, tarFile: string): Promise<void> {
  const res = await execStream({
    target: p.target,
    service: p.service,
    cmd: ['sh', '-c', TAR_IN, 'sh', p.database],
    stdinFile: tarFile,
    timeoutMs: p.timeoutMs,
  })
  if (res.exitCode !== 0) fail(`Restoring the template's filestore into ${p.service}`, res)
}

export async function dumpDatabase(p: DbPlace, dumpFile: string): Promise<void> {
  const res = await execStream({
    target: p.target,
    service: p.dbService,
    cmd: ['sh', '-c', DUMP, 'sh', p.database],
    stdoutFile: dumpFile,
    timeoutMs: p.timeoutMs,
  })
  if (res.exitCode !== 0) fail(`Dumping database ${p.database}`, res)
}

export async function dumpFilestore(p: DbPlace, tarFile: string): Promise<void> {
  const res = await execStream({
    target: p.target,
    service: p.service,
    cmd: ['sh', '-c', TAR_OUT, 'sh', p.database],
    stdoutFile: tarFile,
    timeoutMs: p.timeoutMs,
  })
  if (res.exitCode !== 0) fail(`Archiving the filestore of ${p.database}`, res)
}

/** Drops the database (a failed template build), so the tests start from nothing as without a cache. */
export async function dropDatabase(p: DbPlace): Promise<void> {
  const res = await execCapture(
    p.target,
    p.dbService,
    ['sh', '-c', DROP, 'sh', p.database],
    p.timeoutMs,
  )
  if (res.exitCode !== 0) fail(`Dropping database ${p.database}`, res)
  await execCapture(
    p.target,
    p.service,
    ['rm', '-rf', `${FILESTORE_ROOT}/${p.database}`],
    p.timeoutMs,
  )
}
