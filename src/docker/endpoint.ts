// Which engine our Docker calls go to, decided the way the docker CLI (and so
// compose) decides it: DOCKER_HOST; else the context that DOCKER_CONTEXT or
// the docker config's currentContext names; else the default socket.
// dockerode reads DOCKER_HOST only. Without this, after `docker context use`
// compose would create the project on one engine while the labels, the health
// watch and the teardown's verification asked another, which could then
// report "nothing left" for a project it never saw.
import { createHash } from 'node:crypto'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { dockerConfigDir, readTextFile } from './docker-config.js'

export interface EndpointLookup {
  env: NodeJS.ProcessEnv
  home: string
  /** A file's text, or undefined when it cannot be read. */
  readFile: (path: string) => string | undefined
}

export interface Endpoint {
  /** DOCKER_HOST (and TLS) variables that reach the engine; none: dockerode's defaults do. */
  env: Record<string, string>
  /** Where the engine is expected, for messages. */
  description: string
  /** Why it cannot be reached at all: a context that does not exist. */
  problem?: string
}

export const DEFAULT_SOCKET = 'the default socket /var/run/docker.sock'

/** Pure given its lookup. */
export function resolveEndpoint(l: EndpointLookup): Endpoint {
  if (l.env.DOCKER_HOST) return { env: {}, description: `DOCKER_HOST (${l.env.DOCKER_HOST})` }
  const configDir = dockerConfigDir(l.env, l.home)
  const configFile = join(configDir, 'config.json')
  const name = l.env.DOCKER_CONTEXT || currentContext(l.readFile(configFile))
  if (!name || name === 'default') return { env: {}, description: DEFAULT_SOCKET }
  // The docker CLI stores a context under the sha256 of its name.
  const id = createHash('sha256').update(name).digest('hex')
  const host = dockerHost(l.readFile(join(configDir, 'contexts', 'meta', id, 'meta.json')))
  if (!host) {
    const from = l.env.DOCKER_CONTEXT ? 'DOCKER_CONTEXT' : `currentContext in ${configFile}`
    return {
      env: {},
      description: `docker context "${name}"`,
      problem: `Docker context "${name}" (from ${from}) was not found in ${join(configDir, 'contexts')}. Choose an existing one with 'docker context use <name>' ('docker context ls' lists them), or set DOCKER_HOST.`,
    }
  }
  const env: Record<string, string> = { DOCKER_HOST: host }
  // TLS material of a tcp context: the file names DOCKER_CERT_PATH expects.
  const tls = join(configDir, 'contexts', 'tls', id, 'docker')
  if (l.readFile(join(tls, 'ca.pem')) !== undefined)
    Object.assign(env, { DOCKER_CERT_PATH: tls, DOCKER_TLS_VERIFY: '1' })
  return { env, description: `docker context "${name}" (${host})` }
}

function currentContext(configText: string | undefined): string | undefined {
  const value = parseJson(configText)?.currentContext
  return typeof value === 'string' ? value : undefined
}

function dockerHost(metaText: string | undefined): string | undefined {
  const endpoints = parseJson(metaText)?.Endpoints as { docker?: { Host?: unknown } } | undefined
  const host = endpoints?.docker?.Host
  return typeof host === 'string' && host !== '' ? host : undefined
}

function parseJson(text: string | undefined): Record<string, unknown> | undefined {
  try {
    const value: unknown = text === undefined ? undefined : JSON.parse(text)
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined // a broken config is the docker CLI's to report
  }
}

/** This process's endpoint. */
export function hostEndpoint(): Endpoint {
  return resolveEndpoint({
    env: process.env,
    home: homedir(),
    readFile: readTextFile,
  })
}

/**
 * Runs `build` with the endpoint's variables set: docker-modem reads them
 * only while a client is built, and the process's environment (which
 * compose's child processes inherit) is left as it was.
 */
export function withEndpointEnv<T>(endpoint: Endpoint, build: () => T): T {
  const saved = Object.keys(endpoint.env).map((k) => [k, process.env[k]] as const)
  Object.assign(process.env, endpoint.env)
  try {
    return build()
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
}
