// The template's two halves moved in and out of a run's services: the
// database (pg_dump -Fc / pg_restore, run inside the database container, so
// no client tools are needed on the runner) and the filestore (tar inside the
// Odoo container: /var/lib/odoo is Odoo's data_dir in the official image).
//
// The run's database stays hidden from the Odoo server while it is built or
// restored: it is created IS_TEMPLATE, which Odoo's list of databases leaves
// out (odoo/service/db.py list_dbs: `not datistemplate`). A server that sees
// exactly one database uses it for every request, /web/health included, and
// loads its registry: on a half-built database that answers 500 (a miss made
// the service unhealthy), creates Odoo's signaling sequences in it (the
// install then failed on `relation "base_registry_signaling" already exists`,
// a restore on `base_cache_signaling_assets`). Measured on real Odoo 18; the
// database is revealed once it is complete.
import type { ComposeTarget } from '../compose/compose.js'
import { execCapture, execStream, type StreamExec } from './container-io.js'

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
// Odoo's own CREATE DATABASE (service/db.py _create_empty_database with
// template0), plus IS_TEMPLATE; psql reads it on stdin so that :"db" and
// :"role" are quoted by psql, not spliced into SQL by us.
const PSQL = `psql ${SU} -d postgres -q -v ON_ERROR_STOP=1 -v role="$1" -v db="$2"`
const CREATE_HIDDEN = `printf '%s\\n' 'CREATE DATABASE :"db" OWNER :"role" ENCODING '"'unicode'"' LC_COLLATE '"'C'"' TEMPLATE template0 IS_TEMPLATE true;' | ${PSQL}`
const REVEAL = `printf '%s\\n' 'ALTER DATABASE :"db" IS_TEMPLATE false;' | ${PSQL}`
// Over TCP: while the image initialises its data directory, its temporary
// server listens on the socket only; the final one answers on TCP.
const READY_FN = `ready() { for i in $(seq 1 1200); do pg_isready -q -h 127.0.0.1 ${SU} && return 0; sleep 0.1; done; return 1; }`
const READY_OR_FAIL = `${READY_FN}; ready || { echo "Postgres did not accept connections" >&2; exit 1; }`
// Waits for Postgres itself, so it can start as soon as the container runs.
// synchronous_commit=off for the restore's session only: each of its
// thousands of statements is a commit that no longer waits for the disk
// (2.4 -> 1.75 s for Odoo 18 with mail, measured). Safe: WAL is still written in order, and the reveal that follows
// commits synchronously, which makes everything before it durable too.
const RESTORE = `${READY_OR_FAIL}; ${CREATE_HIDDEN} && PGOPTIONS='-c synchronous_commit=off' exec pg_restore ${SU} --no-owner --role="$1" --exit-on-error -d "$2"`
// The dump of a miss runs while the tests start, from a snapshot taken
// before they do: a session exports one (pg_export_snapshot, a repeatable-read
// transaction kept open through a fifo until the dump ends), the script says
// SNAPSHOT on stderr, and pg_dump reads exactly that state whatever the tests
// write meanwhile. pg_dump takes its table locks (ACCESS SHARE) at once, a
// second before the tests' Odoo has even started; a test's ALTER TABLE then
// waits for the end of the dump. Should the tests hold a lock first, pg_dump
// gives up after 500 ms (--lock-wait-timeout), before Postgres's deadlock
// check (deadlock_timeout, 1 s) could pick the tests' transaction instead: a
// dump that failed is a warning and nothing saved, never a failed test.
const SNAPSHOT_SIGNAL = 'RTR-SNAPSHOT-TAKEN'
const DUMP_AT_SNAPSHOT = [
  `d=$(mktemp -d) && mkfifo "$d/in" || exit 1`,
  `psql ${SU} -d "$1" -tAq -v ON_ERROR_STOP=1 < "$d/in" > "$d/out" 2> "$d/err" &`,
  `exec 3> "$d/in"`,
  `printf '%s\n' 'BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;' 'SELECT pg_export_snapshot();' >&3`,
  `s=; for i in $(seq 1 500); do s=$(head -n 1 "$d/out"); [ -n "$s" ] && break; sleep 0.02; done`,
  `[ -n "$s" ] || { cat "$d/err" >&2; exit 1; }`,
  `echo ${SNAPSHOT_SIGNAL} >&2`,
  `pg_dump ${SU} -Fc --no-owner --snapshot="$s" --lock-wait-timeout=500 "$1"; rc=$?`,
  `exec 3>&-; wait; rm -rf "$d"; exit $rc`,
].join('\n')
// A template database cannot be dropped; --force ends stray sessions (Postgres 13+).
const DROP = `{ ${REVEAL} 2>/dev/null || true; } && dropdb ${SU} --force --if-exists "$2"`
const TAR_OUT = `d="${FILESTORE_ROOT}/$1"; mkdir -p "$d" && exec tar -C "$d" -cf - .`
const TAR_IN = `d="${FILESTORE_ROOT}/$1"; mkdir -p "$d" && exec tar -C "$d" -xf -`

function fail(
  what: string,
  res: { exitCode: number | null; tail?: string; stderr?: string },
): never {
  const why = (res.tail ?? res.stderr ?? '').trim().slice(-800)
  throw new Error(`${what} failed (exit ${res.exitCode ?? 'signal'})${why ? `: ${why}` : ''}`)
}

/** A script in the database container, with the role and database as $1 and $2. */
async function inDb(p: DbPlace, script: string, what: string): Promise<void> {
  const args = ['sh', '-c', script, 'sh', p.role, p.database]
  const res = await execCapture(p.target, p.dbService, args, p.timeoutMs)
  if (res.exitCode !== 0) fail(what, res)
}

/**
 * Creates the run's database, empty and hidden from the Odoo server (see the
 * header), as soon as Postgres accepts connections.
 */
export const createHiddenDatabase = (p: DbPlace) =>
  inDb(p, `${READY_OR_FAIL}; ${CREATE_HIDDEN}`, `Creating database ${p.database}`)

/** The database is complete: the Odoo server may list and use it. */
export const revealDatabase = (p: DbPlace) => inDb(p, REVEAL, `Revealing database ${p.database}`)

/** A script in a service, a file as its stdin or its stdout; throws "<what> failed" with its words. */
async function streamed(
  p: DbPlace,
  service: string,
  script: string,
  args: string[],
  files: Pick<StreamExec, 'stdinFile' | 'stdoutFile' | 'onStderr'>,
  what: string,
): Promise<void> {
  const cmd = ['sh', '-c', script, 'sh', ...args]
  const res = await execStream({ target: p.target, service, cmd, timeoutMs: p.timeoutMs, ...files })
  if (res.exitCode !== 0) fail(what, res)
}

export const restoreDatabase = (p: DbPlace, dumpFile: string) =>
  streamed(
    p,
    p.dbService,
    RESTORE,
    [p.role, p.database],
    { stdinFile: dumpFile },
    `Restoring the template into database ${p.database}`,
  )

export const restoreFilestore = (p: DbPlace, tarFile: string) =>
  streamed(
    p,
    p.service,
    TAR_IN,
    [p.database],
    { stdinFile: tarFile },
    `Restoring the template's filestore into ${p.service}`,
  )

export interface SnapshotDump {
  /** The snapshot is taken: the database may change from now on. */
  taken: Promise<void>
  /** The dump file is complete. */
  done: Promise<void>
}

/** Dumps the database as it is now, into dumpFile, going on while it changes (see DUMP_AT_SNAPSHOT). */
export function dumpDatabaseAtSnapshot(p: DbPlace, dumpFile: string): SnapshotDump {
  let signalled!: () => void
  let said = false
  const taken = new Promise<void>((r) => (signalled = r))
  let seen = ''
  const onStderr = (b: Buffer) => {
    seen = (seen + b.toString('utf8')).slice(-200)
    if (!said && seen.includes(SNAPSHOT_SIGNAL)) {
      said = true
      signalled()
    }
  }
  const done = streamed(
    p,
    p.dbService,
    DUMP_AT_SNAPSHOT,
    [p.database],
    { stdoutFile: dumpFile, onStderr },
    `Dumping database ${p.database}`,
  )
  // Failing before the snapshot: `taken` rejects with the reason too.
  const ended = done.then(() => {
    if (!said) throw new Error(`Dumping database ${p.database}: no snapshot was taken`)
  })
  ended.catch(() => undefined)
  return { taken: Promise.race([taken, ended]), done }
}

export const dumpFilestore = (p: DbPlace, tarFile: string) =>
  streamed(
    p,
    p.service,
    TAR_OUT,
    [p.database],
    { stdoutFile: tarFile },
    `Archiving the filestore of ${p.database}`,
  )

/** Drops the database (a failed template build), so the tests start from nothing as without a cache. */
export async function dropDatabase(p: DbPlace): Promise<void> {
  await inDb(p, DROP, `Dropping database ${p.database}`)
  await execCapture(
    p.target,
    p.service,
    ['rm', '-rf', `${FILESTORE_ROOT}/${p.database}`],
    p.timeoutMs,
  )
}
