// Where the docker CLI keeps its configuration, and reading its files: shared
// by the two lookups that must agree with the CLI, which compose plugin it
// runs (compose/command.ts) and which engine it talks to (endpoint.ts).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** DOCKER_CONFIG, else ~/.docker. */
export function dockerConfigDir(env: NodeJS.ProcessEnv, home: string): string {
  return env.DOCKER_CONFIG || join(home, '.docker')
}

/** A file's text, or undefined when it cannot be read (absent, unreadable). */
export function readTextFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}
