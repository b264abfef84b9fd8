// A compose project of the fixture images (compose.test.yml, optionally with
// the fixture addons mounted) for tests of the fixtures themselves: exec in
// a service, ask Postgres, tear down and prove nothing is left.
import { execFileSync, spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import getPort from 'get-port'
import { expect } from 'vitest'
import type { ComposeTarget } from '../../src/compose/compose.js'
import { NOTHING, projectLeftovers, uniquePrefix } from './docker.js'

const fixture = (f: string) => fileURLToPath(new URL(`../fixtures/${f}`, import.meta.url))
export const buildScript = fixture('build-images.sh')

export class FixtureProject {
  readonly name: string
  private readonly files: string[]
  // `down` must interpolate the file too, even if `up` never ran.
  private readonly env: NodeJS.ProcessEnv = { ...process.env, RTR_HOST_PORT: '0' }

  constructor(tag: string, opts: { addons?: boolean } = {}) {
    this.name = uniquePrefix(tag)
    this.files = [
      fixture('compose.test.yml'),
      ...(opts.addons ? [fixture('compose.addons.yml')] : []),
    ]
  }

  /** The project as the engine addresses it (src/compose/compose.ts). */
  target(): ComposeTarget {
    return {
      project: this.name,
      files: this.files,
      workingDirectory: process.cwd(),
      port: Number(this.port),
    }
  }

  get port(): string {
    return this.env.RTR_HOST_PORT as string
  }

  compose(...args: string[]): SpawnSyncReturns<string> {
    const files = this.files.flatMap((f) => ['-f', f])
    return spawnSync('docker', ['compose', '-p', this.name, ...files, ...args], {
      env: this.env,
      encoding: 'utf8',
      timeout: 120_000,
    })
  }

  /** compose() without blocking the event loop (something of this process streams meanwhile). */
  composeAsync(...args: string[]): Promise<number | null> {
    const files = this.files.flatMap((f) => ['-f', f])
    return new Promise((resolve) => {
      const child = spawn('docker', ['compose', '-p', this.name, ...files, ...args], {
        env: this.env,
        stdio: 'ignore',
      })
      child.on('close', resolve)
      child.on('error', () => resolve(null))
    })
  }

  async up(): Promise<void> {
    execFileSync('bash', [buildScript], { stdio: 'inherit' })
    this.env.RTR_HOST_PORT = String(await getPort())
    const up = this.compose('up', '-d', '--wait')
    expect(up.status, up.stderr).toBe(0)
  }

  /** `odoo ARGS... --stop-after-init` through the image's /entrypoint.sh. */
  odoo(args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
    const e = Object.entries(env).flatMap(([k, v]) => ['-e', `${k}=${v}`])
    return this.compose(
      'exec',
      '-T',
      ...e,
      'odoo',
      '/entrypoint.sh',
      'odoo',
      ...args,
      '--stop-after-init',
    )
  }

  /** A shell command in a service (as its image's user). */
  sh(service: string, script: string): SpawnSyncReturns<string> {
    return this.compose('exec', '-T', service, 'sh', '-c', script)
  }

  /** Rows of a query, asked of Postgres itself (psql over the socket, role odoo). */
  sql(db: string, query: string): string[] {
    const r = this.compose('exec', '-T', 'db', 'psql', '-U', 'odoo', '-d', db, '-Atc', query)
    expect(r.status, r.stderr).toBe(0)
    return r.stdout.split('\n').filter((l) => l !== '')
  }

  down(): void {
    const down = this.compose('down', '-v', '--remove-orphans', '-t', '1')
    expect(down.status, down.stderr).toBe(0)
    expect(projectLeftovers(this.name)).toEqual(NOTHING)
  }
}
