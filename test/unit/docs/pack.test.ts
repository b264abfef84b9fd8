// `npm pack` makes a working CLI package: the tarball holds the bundle with
// everything next to it that it loads, and nothing of the sources or tests;
// unpacked anywhere, `node package/dist/cli/index.js` answers --version with
// package.json's version and --help with exit 0. Needs `npm run build` to
// have been run (dist/ is committed), no network.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pkg from '../../../package.json' with { type: 'json' }

const ROOT = resolve(import.meta.dirname, '../../..')
const scratch = mkdtempSync(join(tmpdir(), 'rtr-pack-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

interface PackResult {
  filename: string
  version: string
  files: { path: string }[]
}

/** `npm pack --json` (npm's own warnings go to stderr; stdout is the JSON). */
function npmPack(args: string[]): PackResult {
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' },
  })
  const [result] = JSON.parse(out) as PackResult[]
  if (!result) throw new Error(`npm pack printed no result: ${out}`)
  return result
}

describe('npm pack --dry-run', () => {
  let packed: PackResult
  let paths: string[]
  beforeAll(() => {
    packed = npmPack(['--dry-run'])
    paths = packed.files.map((f) => f.path)
  }, 120_000)

  it('holds the CLI bundle, its bin and what it loads at run time', () => {
    expect(paths).toContain('dist/cli/index.js')
    expect(paths).toContain('package.json')
    expect(pkg.bin['resilient-test-runner']).toBe('dist/cli/index.js')
    // ncc writes the assets the bundle loads (native addons, protos) next to it.
    expect(paths).toContain('dist/cli/package.json')
  })

  it('carries the docs and the compose template a CLI user needs', () => {
    for (const file of ['README.md', 'CHANGELOG.md', 'docker-compose.agent.yml'])
      expect(paths).toContain(file)
  })

  it('leaves out sources, tests, the action bundles and the benchmarks', () => {
    const stray = paths.filter((p) =>
      /^(src|test|bench|examples|scripts|\.github|\.ci)\/|^dist\/(main|post|watchdog)\//.test(p),
    )
    expect(stray).toEqual([])
  })

  it('is the version of package.json, a semantic version', () => {
    expect(packed.version).toBe(pkg.version)
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/)
  })
})

describe('the packed CLI, unpacked elsewhere', () => {
  const cli = join(scratch, 'package', 'dist', 'cli', 'index.js')
  beforeAll(() => {
    const packed = npmPack(['--pack-destination', scratch])
    execFileSync('tar', ['-xzf', join(scratch, packed.filename), '-C', scratch])
  }, 120_000)
  // From an empty directory, far from this clone's node_modules.
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [cli, ...args], { cwd: scratch, encoding: 'utf8', timeout: 30_000 })

  it('unpacks to package/', () => {
    expect(readdirSync(join(scratch, 'package'))).toEqual(
      expect.arrayContaining(['dist', 'package.json', 'README.md']),
    )
  })

  it('--version prints the version of package.json', () => {
    const r = run('--version')
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout.trim()).toBe(pkg.version)
  })

  it('--help prints the usage with every command, exit 0', () => {
    const r = run('--help')
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toContain('Usage: resilient-test-runner <command>')
    for (const command of ['run', 'up', 'test', 'down', 'ls', 'reap', 'judge'])
      expect(r.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'))
  })

  it('loads its Docker code on demand from the package (the chunks next to index.js)', () => {
    // No engine at this socket: the command must get as far as asking it.
    const r = spawnSync(process.execPath, [cli, 'ls'], {
      cwd: scratch,
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, DOCKER_HOST: `unix://${join(scratch, 'no-docker.sock')}` },
    })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/Docker engine does not answer/)
    expect(r.stderr).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/)
  })

  it('talks ssh to an ssh:// DOCKER_HOST (ssh2 is a chunk of its own, loaded first)', () => {
    // Nothing listens on port 1: ssh2 itself must get as far as connecting.
    const r = spawnSync(process.execPath, [cli, 'ls'], {
      cwd: scratch,
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, DOCKER_HOST: 'ssh://nobody@127.0.0.1:1' },
    })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(
      'does not answer at DOCKER_HOST (ssh://nobody@127.0.0.1:1): connect ECONNREFUSED',
    )
    expect(r.stderr).not.toMatch(/used before it was loaded|Cannot find module/)
  })
})
