// How Compose v2 is started. `docker compose ...` has the docker CLI look for
// the compose plugin, ask the plugin binary for its metadata (a first run of
// it), then run it: about 65 ms per call before compose does anything, and a
// run makes three calls on its critical path (config, up, down). The plugin
// binary is Compose v2 itself and runs standalone with the same arguments,
// reading the same configuration (DOCKER_HOST, DOCKER_CONTEXT, the docker
// config's current context), so it is started directly when it is where the
// docker CLI would find it; anywhere else (Windows, extra plugin directories),
// `docker compose` as before.
import { accessSync, constants } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { dockerConfigDir, readTextFile } from '../docker/docker-config.js'

export interface ComposeCommand {
  /** The executable. */
  file: string
  /** Arguments before compose's own: `compose` for the docker CLI, none for the plugin. */
  prefix: string[]
}

export const DOCKER_COMPOSE: ComposeCommand = { file: 'docker', prefix: ['compose'] }

/** The docker CLI's system plugin directories on Linux and macOS, in its order. */
export const SYSTEM_PLUGIN_DIRS = [
  '/usr/local/lib/docker/cli-plugins',
  '/usr/local/libexec/docker/cli-plugins',
  '/usr/lib/docker/cli-plugins',
  '/usr/libexec/docker/cli-plugins',
]

export interface PluginLookup {
  env: NodeJS.ProcessEnv
  platform: NodeJS.Platform
  home: string
  /** The docker config's text (config.json), or undefined when there is none. */
  readConfig: (path: string) => string | undefined
  isExecutable: (path: string) => boolean
}

/**
 * Pure given its lookup: the plugin the docker CLI would run for `docker
 * compose` (user directory first, then the system ones), or `docker compose`
 * when that cannot be told for sure.
 */
export function findComposeCommand(l: PluginLookup): ComposeCommand {
  if (l.platform === 'win32') return DOCKER_COMPOSE
  const configDir = dockerConfigDir(l.env, l.home)
  const config = l.readConfig(join(configDir, 'config.json'))
  // Extra plugin directories from the config: left to the docker CLI.
  if (config?.includes('cliPluginsExtraDirs')) return DOCKER_COMPOSE
  for (const dir of [join(configDir, 'cli-plugins'), ...SYSTEM_PLUGIN_DIRS]) {
    const file = join(dir, 'docker-compose')
    if (l.isExecutable(file)) return { file, prefix: [] }
  }
  return DOCKER_COMPOSE
}

const hostLookup: PluginLookup = {
  env: process.env,
  platform: process.platform,
  home: homedir(),
  readConfig: readTextFile,
  isExecutable: (path) => {
    try {
      accessSync(path, constants.X_OK)
      return true
    } catch {
      return false
    }
  },
}

let found: ComposeCommand | undefined

/** This host's compose command, looked up once per process. */
export function composeCommand(): ComposeCommand {
  return (found ??= findComposeCommand(hostLookup))
}
