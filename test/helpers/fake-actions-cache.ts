// A local stand-in for the GitHub Actions cache service (node:http on
// 127.0.0.1), as far as @actions/cache 6.x's protocol can be served locally.
//
// Faked (what @actions/cache 6.3 uses on today's runners, ACTIONS_CACHE_SERVICE_V2):
// - the three Twirp JSON calls of github.actions.results.api.v1.CacheService
//   under ACTIONS_RESULTS_URL (`POST /twirp/<service>/<method>`, proto field
//   names, Bearer ACTIONS_RUNTIME_TOKEN checked): CreateCacheEntry (409
//   `already_exists` when the key and version exist, committed or still
//   uploading, as the real service answers a second job), FinalizeCacheEntryUpload
//   (commits the uploaded blob; refuses a size that is not the blob's), and
//   GetCacheEntryDownloadURL (the key exactly, then restore keys as prefixes,
//   newest first, always of the same version; `ok: false` on a miss);
// - the signed blob URLs (a `sig` query parameter, checked) of Azure Blob
//   Storage: Put Blob (what the Azure SDK's uploadFile sends up to 128 MiB),
//   Put Block and Put Block List (above that), Get Blob with Range/x-ms-range,
//   and Get Blob Properties (HEAD).
// Two ways to serve the blobs, because @actions/cache downloads with the Azure
// SDK (HEAD, then ranged GETs) only from hosts under .blob.core.windows.net,
// and with one plain GET of its HTTP client from anywhere else:
// - `start()`: blob URLs on 127.0.0.1 in Azurite's path style
//   (`/<account>/<container>/<blob>`): uploads through the Azure SDK, the
//   download through the plain GET;
// - `start({ azureHost: true })`: blob URLs on `<account>.blob.core.windows.net`,
//   reached through this server as an HTTP proxy (env() sets HTTP_PROXY, which
//   the Azure SDK follows; @actions/http-client never proxies loopback, so the
//   Twirp calls stay direct): uploads and the download both through the Azure
//   SDK, as on a hosted runner, but over http, not https.
// Not faked: scopes (branches), eviction, quotas and rate limits (other than
// by a scripted failure), cache-mode and read-only tokens, JWT contents, the
// v1 service (ACTIONS_CACHE_URL), GHES, TLS.
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ACCOUNT, CONTAINER, serveBlob, type CacheEntry } from './fake-azure-blob.js'

export type { CacheEntry }

export const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService'
const AZURE_HOST = `${ACCOUNT}.blob.core.windows.net`

export interface CacheRequest {
  method: string
  /** The host asked for: 127.0.0.1:<port>, or the Azure host of a proxied request. */
  host: string
  /** Path without the query, e.g. `/twirp/<service>/CreateCacheEntry`. */
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  /** Twirp calls: the parsed JSON body; blob calls: undefined. */
  body: unknown
  /** Bytes of the request body. */
  bytes: number
}

export interface CacheFailure {
  method?: string
  path: RegExp
  status: number
  body?: unknown
  /** Answers that many matching requests, then lets them through (default: all). */
  times?: number
}

export class FakeActionsCache {
  readonly requests: CacheRequest[] = []
  readonly entries: CacheEntry[] = []
  readonly token = `fake-runtime-token-${randomBytes(6).toString('hex')}`
  private readonly failures: CacheFailure[] = []
  private nextId = 1
  private readonly server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const raw = Buffer.concat(chunks)
      // A proxied request names its host in an absolute URL, a direct one in Host.
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`)
      const twirp = url.pathname.startsWith('/twirp/')
      let body: unknown
      if (twirp) {
        try {
          body = JSON.parse(raw.toString('utf8') || '{}')
        } catch {
          body = raw.toString('utf8')
        }
      }
      const method = req.method ?? 'GET'
      this.requests.push({
        method,
        host: url.host,
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
        bytes: raw.length,
      })
      const failure = this.failures.find(
        (f) => f.path.test(url.pathname) && (!f.method || f.method === method),
      )
      if (failure) {
        if (failure.times !== undefined && --failure.times <= 0)
          this.failures.splice(this.failures.indexOf(failure), 1)
        return send(res, failure.status, failure.body ?? { code: 'internal', msg: 'scripted' })
      }
      if (twirp) return this.twirp(url.pathname, req.headers, body, res)
      return serveBlob(this.entries, method, url, req.headers, raw, res)
    })
  })

  private azureHost = false

  static async start(options: { azureHost?: boolean } = {}): Promise<FakeActionsCache> {
    const fake = new FakeActionsCache()
    fake.azureHost = options.azureHost ?? false
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve))
    return fake
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`
  }

  /** The environment a runner gives a JavaScript action, pointing at this fake. */
  env(): Record<string, string> {
    return {
      ACTIONS_CACHE_SERVICE_V2: 'True',
      ACTIONS_RESULTS_URL: this.url,
      ACTIONS_RUNTIME_TOKEN: this.token,
      ...(this.azureHost ? { HTTP_PROXY: this.url.replace(/\/$/, '') } : {}),
    }
  }

  /** Scripted answers for matching requests (first rule that matches wins). */
  fail(rule: CacheFailure): void {
    this.failures.push(rule)
  }

  /** Twirp calls of one method, their parsed bodies in order. */
  calls(method: string): Record<string, unknown>[] {
    return this.requests
      .filter((r) => r.path === `/twirp/${CACHE_SERVICE}/${method}`)
      .map((r) => r.body as Record<string, unknown>)
  }

  /** The committed entry of `key`, if any. */
  entry(key: string): CacheEntry | undefined {
    return this.entries.find((e) => e.key === key && e.committed)
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  private twirp(path: string, headers: IncomingHttpHeaders, body: unknown, res: ServerResponse) {
    if (headers.authorization !== `Bearer ${this.token}`)
      return send(res, 401, { code: 'unauthenticated', msg: 'invalid runtime token' })
    const b = (body ?? {}) as Record<string, unknown>
    const key = String(b['key'] ?? '')
    const version = String(b['version'] ?? '')
    switch (path) {
      case `/twirp/${CACHE_SERVICE}/CreateCacheEntry`: {
        if (this.entries.some((e) => e.key === key && e.version === version))
          return send(res, 409, {
            code: 'already_exists',
            msg: 'cache entry with the same key, version, and scope already exists',
          })
        const entry: CacheEntry = {
          id: this.nextId++,
          key,
          version,
          committed: false,
          blob: Buffer.alloc(0),
          blocks: new Map(),
          sig: randomBytes(8).toString('hex'),
        }
        this.entries.push(entry)
        return send(res, 200, { ok: true, signed_upload_url: this.blobUrl(entry), message: '' })
      }
      case `/twirp/${CACHE_SERVICE}/FinalizeCacheEntryUpload`: {
        const entry = this.entries.find((e) => e.key === key && e.version === version)
        if (!entry || entry.committed)
          return send(res, 200, { ok: false, entry_id: '0', message: 'no upload in progress' })
        if (String(b['size_bytes']) !== String(entry.blob.length))
          return send(res, 200, {
            ok: false,
            entry_id: '0',
            message: `size ${String(b['size_bytes'])} is not the uploaded ${entry.blob.length} bytes`,
          })
        entry.committed = true
        return send(res, 200, { ok: true, entry_id: String(entry.id), message: '' })
      }
      case `/twirp/${CACHE_SERVICE}/GetCacheEntryDownloadURL`: {
        const restoreKeys = (b['restore_keys'] as string[] | undefined) ?? []
        const newest = [...this.entries]
          .reverse()
          .filter((e) => e.committed && e.version === version)
        const hit =
          newest.find((e) => e.key === key) ??
          restoreKeys
            .map((k) => newest.find((e) => e.key.startsWith(k)))
            .find((e) => e !== undefined)
        if (!hit) return send(res, 200, { ok: false, signed_download_url: '', matched_key: '' })
        return send(res, 200, {
          ok: true,
          signed_download_url: this.blobUrl(hit),
          matched_key: hit.key,
        })
      }
      default:
        return send(res, 404, { code: 'bad_route', msg: `no handler for ${path}` })
    }
  }

  private blobUrl(e: CacheEntry): string {
    const base = this.azureHost ? `http://${AZURE_HOST}/` : `${this.url}${ACCOUNT}/`
    return `${base}${CONTAINER}/${e.id}.tzst?sig=${e.sig}&sv=2025-01-05&sp=rcw`
  }
}

function send(res: ServerResponse, status: number, data: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' })
  res.end(JSON.stringify(data))
}
