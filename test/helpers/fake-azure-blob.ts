// The blob side of test/helpers/fake-actions-cache.ts: the few Azure Blob
// Storage operations the Azure SDK performs on a signed cache URL (`sig`
// checked): Put Blob (x-ms-blob-type BlockBlob), Put Block and Put Block List,
// Get Blob with Range/x-ms-range, Get Blob Properties (HEAD). Errors carry the
// x-ms-error-code header as Azure's do.
import type { IncomingHttpHeaders, ServerResponse } from 'node:http'

export const ACCOUNT = 'devstoreaccount1'
export const CONTAINER = 'actions-cache'

export interface CacheEntry {
  id: number
  key: string
  version: string
  committed: boolean
  blob: Buffer
  /** Blocks staged by Put Block, by block id. */
  blocks: Map<string, Buffer>
  sig: string
}

/** Answers one request for the blob of an entry (`[/<account>]/<container>/<id>.tzst`). */
export function serveBlob(
  entries: CacheEntry[],
  method: string,
  url: URL,
  headers: IncomingHttpHeaders,
  raw: Buffer,
  res: ServerResponse,
) {
  const m = new RegExp(`^(?:/${ACCOUNT})?/${CONTAINER}/(\\d+)\\.tzst$`).exec(url.pathname)
  const entry = m && entries.find((e) => e.id === Number(m[1]))
  if (!entry) return sendXml(res, 404, 'BlobNotFound')
  if (url.searchParams.get('sig') !== entry.sig) return sendXml(res, 403, 'AuthenticationFailed')
  const comp = url.searchParams.get('comp')
  if (method === 'PUT') {
    if (entry.committed) return sendXml(res, 409, 'BlobAlreadyCommitted')
    if (comp === 'block') {
      entry.blocks.set(url.searchParams.get('blockid') ?? '', raw)
    } else if (comp === 'blocklist') {
      const ids = [...raw.toString('utf8').matchAll(/<(?:Latest|Uncommitted)>([^<]*)</g)]
      const parts = ids.map(([, id]) => entry.blocks.get(id ?? ''))
      if (parts.some((p) => p === undefined)) return sendXml(res, 400, 'InvalidBlockList')
      entry.blob = Buffer.concat(parts as Buffer[])
      entry.blocks.clear()
    } else if (headers['x-ms-blob-type'] === 'BlockBlob') {
      entry.blob = raw
    } else return sendXml(res, 400, 'MissingRequiredHeader')
    res.writeHead(201, { ETag: `"0x${entry.id}"`, 'x-ms-request-server-encrypted': 'true' })
    return res.end()
  }
  if (method !== 'GET' && method !== 'HEAD') return sendXml(res, 405, 'UnsupportedHttpVerb')
  if (!entry.committed) return sendXml(res, 404, 'BlobNotFound')
  const range = /bytes=(\d+)-(\d*)/.exec(String(headers['x-ms-range'] ?? headers.range ?? ''))
  const start = range ? Number(range[1]) : 0
  const end = range?.[2] ? Math.min(Number(range[2]), entry.blob.length - 1) : entry.blob.length - 1
  const part = entry.blob.subarray(start, end + 1)
  res.writeHead(range ? 206 : 200, {
    'Content-Length': String(part.length),
    'Content-Type': 'application/octet-stream',
    'x-ms-blob-type': 'BlockBlob',
    // The Azure SDK's download refuses a response without one.
    ETag: `"0x${entry.id}"`,
    'Last-Modified': new Date(0).toUTCString(),
    'Accept-Ranges': 'bytes',
    ...(range ? { 'Content-Range': `bytes ${start}-${end}/${entry.blob.length}` } : {}),
  })
  res.end(method === 'HEAD' ? undefined : part)
}

function sendXml(res: ServerResponse, status: number, code: string): void {
  res.writeHead(status, { 'Content-Type': 'application/xml', 'x-ms-error-code': code })
  res.end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code></Error>`)
}
