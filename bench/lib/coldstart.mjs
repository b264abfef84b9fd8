// Item 6: how long `node dist/main/index.js` takes from spawn to its first
// Docker API call. DOCKER_HOST points at a unix socket served here, so the
// first connection's arrival is the measurement (no strace, no engine); the
// answer is a 503, so main stops at its engine check, before it saves any
// state or creates anything. Baseline: a bare `node -e` that only connects,
// i.e. the part of the number that is Node itself, not the bundle. The two
// CLI calls main makes before `up` (compose version, compose config) are
// timed too, since they sit on the same path, and so is `node dist/post/
// index.js` without any state: it loads its 3.7 MB bundle and exits at once,
// without a Docker call, i.e. the pure cost of loading a bundle; likewise the
// watchdog without a configuration (2.3 MB, the same engine code minus the
// GitHub reporting: octokit, undici, @actions/github).
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { DIST, Job, ROOT } from './gha.mjs'
import { docker, nowMs, run } from './proc.mjs'
import { actionInputs, COMPOSE_FILE } from './variants.mjs'

const BASELINE = "require('net').connect(process.argv[1]).on('connect', () => process.exit(0))"

export async function coldStart(reps) {
  const sock = join(tmpdir(), `rtr-bench-${process.pid}.sock`)
  rmSync(sock, { force: true })
  let onConnection = () => {}
  let firstUrl
  const server = createServer((req, res) => {
    firstUrl ??= `${req.method} ${req.url}`
    res.writeHead(503).end('benchmark socket: not a Docker engine')
  })
  server.on('connection', () => onConnection(nowMs()))
  await new Promise((r) => server.listen(sock, r))
  const firstConnection = async (start) => {
    const seen = new Promise((r) => (onConnection = r))
    const res = await start()
    const at = await Promise.race([seen, Promise.resolve(NaN)])
    onConnection = () => {}
    return { ms: at - res.t0, exitMs: res.ms, code: res.code }
  }
  const samples = {
    main: [],
    baseline: [],
    postNoState: [],
    watchdogNoConfig: [],
    composeVersion: [],
    composeConfig: [],
  }
  const env = { ...process.env, RTR_HOST_PORT: '8400' }
  // Every node process gets the runner's environment (PATH, HOME), not ours:
  // e.g. NODE_EXTRA_CA_CERTS alone adds ~60 ms to each node start here.
  const clean = { PATH: process.env.PATH, HOME: process.env.HOME }
  try {
    for (let i = 0; i < reps; i++) {
      const job = new Job(actionInputs(), { DOCKER_HOST: `unix://${sock}` })
      try {
        samples.main.push(await firstConnection(() => job.step('main')))
      } finally {
        job.remove()
      }
      samples.baseline.push(
        await firstConnection(() => run(process.execPath, ['-e', BASELINE, sock], { env: clean })),
      )
      const empty = new Job(actionInputs())
      try {
        samples.postNoState.push((await empty.step('post')).ms)
      } finally {
        empty.remove()
      }
      const watchdog = join(DIST.dir, 'watchdog', 'index.js')
      samples.watchdogNoConfig.push((await run(process.execPath, [watchdog], { env: clean })).ms)
      samples.composeVersion.push((await docker(['compose', 'version', '--short'])).ms)
      const config = [
        'compose',
        '-p',
        'rtr-bench-cfg',
        '-f',
        COMPOSE_FILE,
        'config',
        '--format',
        'json',
      ]
      samples.composeConfig.push((await docker(config, { env })).ms)
    }
  } finally {
    server.close()
    rmSync(sock, { force: true })
  }
  return { firstRequest: firstUrl ?? null, samples }
}

/** Sizes of the bundles the runner loads (and a short hash, to compare runs of the same build). */
export function bundleSizes() {
  return Object.fromEntries(
    ['main', 'post', 'watchdog', 'cli'].map((entry) => {
      // The snapshot the runs used; the CLI is not run, so from dist/ itself.
      const dir = join(entry === 'cli' ? join(ROOT, 'dist') : DIST.dir, entry)
      const file = join(dir, 'index.js')
      try {
        const buf = readFileSync(file)
        // Code loaded on demand (dynamic import) is in <id>.index.js chunks.
        const chunks = readdirSync(dir).filter((f) => /^\d+\.index\.js$/.test(f))
        return [
          entry,
          {
            bytes: statSync(file).size,
            gzipBytes: gzipSync(buf).length,
            sha256: createHash('sha256').update(buf).digest('hex').slice(0, 12),
            chunks: Object.fromEntries(chunks.map((c) => [c, statSync(join(dir, c)).size])),
          },
        ]
      } catch {
        return [entry, null]
      }
    }),
  )
}
