// Reads only the end of the proof-of-execution log: it can be hundreds of MB,
// and only its last few KB can be shown anyway.
import { Buffer } from 'node:buffer'
import { open } from 'node:fs/promises'
import type { LogTail } from './types.js'

/** Enough for any message GitHub accepts, with room to spare. */
export const DEFAULT_TAIL_BYTES = 256 * 1024

export interface TailReader {
  /** Size of the file and up to `max` bytes from its end; null when it cannot be read. */
  (path: string, max: number): Promise<{ size: number; bytes: Buffer } | null>
}

export const fsTailReader: TailReader = async (path, max) => {
  let handle
  try {
    handle = await open(path, 'r')
    const { size } = await handle.stat()
    const length = Math.min(size, max)
    const bytes = Buffer.alloc(length)
    await handle.read(bytes, 0, length, size - length)
    return { size, bytes }
  } catch {
    return null
  } finally {
    await handle?.close()
  }
}

/** The last `maxBytes` of the log, starting on a whole line; null when there is no log. */
export async function readLogTail(
  path: string,
  maxBytes = DEFAULT_TAIL_BYTES,
  read: TailReader = fsTailReader,
): Promise<LogTail | null> {
  const got = await read(path, maxBytes)
  if (got === null) return null
  let text = got.bytes.toString('utf8')
  // Cut mid-file: the first line (maybe a split character) is partial.
  if (got.bytes.length < got.size) {
    const nl = text.indexOf('\n')
    text = nl === -1 ? '' : text.slice(nl + 1)
  }
  return { text, totalBytes: got.size }
}
