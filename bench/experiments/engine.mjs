// Shared by the experiments: a bare Engine API call over the unix socket (what
// src/ would do through dockerode, without a CLI process), and a throw-away
// fixture project whose teardown always runs. Names rtr-bench-x-*, port 8470+.
import { request } from 'node:http'
import { COMPOSE_FILE } from '../lib/variants.mjs'
import { docker, lines } from '../lib/proc.mjs'
import { sweep } from '../lib/leftovers.mjs'

// Ctrl+C: the experiment's finally blocks would not run; remove what it made.
for (const sig of ['SIGINT', 'SIGTERM'])
  process.once(sig, async () => {
    console.error(`${sig}: removing rtr-bench-x-* ...`)
    await sweep('rtr-bench-x-')
    process.exit(130)
  })

const SOCKET = (process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock').replace(/^unix:\/\//, '')

/** One Engine API request; resolves with the body (parsed when JSON). */
export function api(method, path, body) {
  return new Promise((resolve, reject) => {
    const req = request(
      { socketPath: SOCKET, method, path, headers: { 'content-type': 'application/json' } },
      (res) => {
        let data = ''
        res.on('data', (c) => (data += c))
        res.on('end', () => {
          if (res.statusCode >= 400)
            reject(new Error(`${method} ${path}: ${res.statusCode} ${data}`))
          else
            resolve(data && res.headers['content-type']?.includes('json') ? JSON.parse(data) : data)
        })
      },
    )
    req.on('error', reject)
    req.end(body ? JSON.stringify(body) : undefined)
  })
}

/** A fixture project: `compose(args)` and the ids of its containers by service. */
export function fixture(name, port) {
  const project = `rtr-bench-x-${name}`
  const env = { ...process.env, RTR_HOST_PORT: String(port) }
  const compose = (args, ok = false) =>
    docker(['compose', '-p', project, '-f', COMPOSE_FILE, ...args], { env, ok })
  const id = async (service) => lines((await compose(['ps', '-aq', service])).stdout)[0]
  const down = () => compose(['down', '-v', '--remove-orphans', '-t', '0'], true)
  return { project, compose, id, down }
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1]

export function report(samples, what) {
  for (const [k, v] of Object.entries(samples))
    console.log(
      `${k.padEnd(16)} ${what}: median ${Math.round(median(v))} ms  [${v.map(Math.round).join(' ')}]`,
    )
}
