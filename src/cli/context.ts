// The CLI's reading of the configuration context: the action takes the
// repository from GITHUB_REPOSITORY and paths from GITHUB_WORKSPACE; the CLI
// from the clone it runs in (origin's name, else the directory's) and the cwd.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { basename } from 'node:path'
import type { SettingsContext } from '../config/settings.js'

/**
 * `git@github.com:HealthRT/hub.git` or `https://github.com/HealthRT/hub` ->
 * `HealthRT/hub` (like GITHUB_REPOSITORY; the prefix takes its last part).
 */
export function repositoryName(remoteUrl: string): string | undefined {
  const parts = remoteUrl
    .trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .split(/[/:]/)
    .filter((p) => p !== '')
  const name = parts.at(-1)
  if (!name) return undefined
  const owner = parts.length > 2 ? parts.at(-2) : undefined
  return owner ? `${owner}/${name}` : name
}

export function gitOriginName(cwd: string): string | undefined {
  try {
    const url = execFileSync('git', ['remote', 'get-url', 'origin'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5000,
    })
    return repositoryName(url)
  } catch {
    return undefined // not a clone, no origin, or no git: the directory's name will do
  }
}

export function cliContext(
  cwd: string,
  origin: (cwd: string) => string | undefined = gitOriginName,
): SettingsContext {
  return { repository: origin(cwd) ?? basename(cwd), baseDirectory: cwd, fileExists: existsSync }
}
