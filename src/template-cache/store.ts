// The contract between the template-cache engine and its stores (a local
// directory, the GitHub Actions cache), and the entry's manifest: what every
// store writes and what is checked after every restore, so a broken entry is a
// miss and never a wrong database.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** The layout of an entry's files; bump it when the layout or the key's inputs change. */
export const ENTRY_FORMAT = 1

/** The files of an entry directory. */
export const ENTRY_FILES = {
  manifest: 'manifest.json',
  dump: 'db.dump',
  filestore: 'filestore.tar',
} as const

/** A cache store of template entries. An entry is a directory holding manifest.json, the database dump and the filestore archive. */
export interface TemplateStore {
  readonly kind: 'local' | 'github'
  /** Fills the empty directory `dir` with the entry of `key`; false on a miss. A broken or unreadable entry is a warning (through `warn`) and false, never a throw. */
  restore(key: string, dir: string, warn: (message: string) => void): Promise<boolean>
  /** Stores the entry in `dir` under `key`; failures are warnings, never a throw. */
  save(key: string, dir: string, warn: (message: string) => void): Promise<void>
}

/** Size and sha256 of one file of an entry. */
export interface EntryFile {
  bytes: number
  sha256: string
}

/** manifest.json of an entry. */
export interface EntryManifest {
  format: number
  key: string
  /** The modules installed in the template, sorted. */
  closure: string[]
  /** The Odoo version of the image (its `version` in base's manifest), '' when unknown. */
  odooVersion: string
  /** The service image's ID. */
  image: string
  /** ISO time the entry was built. */
  created: string
  dump: EntryFile
  filestore: EntryFile
}

/** Size and sha256 of a file, streamed. */
export async function describeFile(path: string): Promise<EntryFile> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer)
    bytes += (chunk as Buffer).length
  }
  return { bytes, sha256: hash.digest('hex') }
}

/** Total bytes of an entry's payload (dump + filestore). */
export function entrySize(m: EntryManifest): number {
  return m.dump.bytes + m.filestore.bytes
}

/**
 * Checks the entry in `dir` against its manifest and `key`: format, key, the
 * sizes and sha256 of the dump and the filestore. Returns the manifest, or the
 * reason it cannot be used (a warning and a miss for the caller).
 */
export async function verifyEntry(
  dir: string,
  key: string,
): Promise<{ ok: true; manifest: EntryManifest } | { ok: false; reason: string }> {
  let manifest: EntryManifest
  try {
    manifest = JSON.parse(await readFile(join(dir, ENTRY_FILES.manifest), 'utf8')) as EntryManifest
  } catch (e) {
    return { ok: false, reason: `unreadable ${ENTRY_FILES.manifest}: ${(e as Error).message}` }
  }
  if (manifest?.format !== ENTRY_FORMAT) {
    return { ok: false, reason: `format ${String(manifest?.format)}, expected ${ENTRY_FORMAT}` }
  }
  if (manifest.key !== key)
    return { ok: false, reason: `manifest key ${manifest.key} is not ${key}` }
  for (const name of ['dump', 'filestore'] as const) {
    const want = manifest[name]
    const path = join(dir, ENTRY_FILES[name])
    try {
      const size = (await stat(path)).size
      if (size !== want?.bytes)
        return {
          ok: false,
          reason: `${ENTRY_FILES[name]} has ${size} bytes, manifest says ${want?.bytes}`,
        }
      const got = await describeFile(path)
      if (got.sha256 !== want.sha256)
        return { ok: false, reason: `${ENTRY_FILES[name]} sha256 differs from the manifest` }
    } catch (e) {
      return { ok: false, reason: `unreadable ${ENTRY_FILES[name]}: ${(e as Error).message}` }
    }
  }
  return { ok: true, manifest }
}
