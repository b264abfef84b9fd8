// Experiment (cold start): what the bundles spend their load time and size
// on. 1) Node start-up with one package imported from node_modules, against a
// bare `node -e 0` and the bundles themselves (post without state and the
// watchdog without a configuration both exit right after loading; the CLI's
// --help never loads Docker code, its `ls` against a socket that does not
// exist loads the Docker chunks on demand and fails at once: the difference
// of the two is that load; main with valid inputs and no engine fails at the
// engine check), all with the runner's environment only (PATH, HOME, plus
// what each case needs). 2) A rough attribution of the bytes of dist/main,
// at start (index.js) and on demand (chunks): ncc's webpack modules,
// classified by content.
//   node bench/experiments/imports.mjs [reps] [root]
// `root` holds the dist/ to time (default: this checkout), e.g. an older
// build unpacked with `git archive <commit> dist | tar -x -C /tmp/old`.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ROOT } from '../lib/gha.mjs'
import { run } from '../lib/proc.mjs'
import { COMPOSE_FILE } from '../lib/variants.mjs'
import { report } from './engine.mjs'

const reps = Number(process.argv[2] ?? 11)
const dist = join(resolve(process.argv[3] ?? ROOT), 'dist')
const env = { PATH: process.env.PATH, HOME: process.env.HOME }
const imp = (m) => ['--input-type=module', '-e', `await import('${m}')`]
const noEngine = { ...env, DOCKER_HOST: 'unix:///nonexistent/rtr-bench.sock' }
// Main with valid inputs and no engine: its critical path up to the engine
// check (bundle load, inputs, `docker compose version` and the Docker load).
const job = mkdtempSync(join(tmpdir(), 'rtr-imports-'))
const files = { GITHUB_OUTPUT: join(job, 'out'), GITHUB_STATE: join(job, 'state') }
for (const f of Object.values(files)) writeFileSync(f, '')
const mainEnv = {
  ...noEngine,
  ...files,
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: job,
  RUNNER_TEMP: job,
  INPUT_MODULE: 'demo_pass',
  'INPUT_COMPOSE-FILE': COMPOSE_FILE,
}
const cases = {
  'node -e 0': ['-e', '0'],
  ...Object.fromEntries(
    ['dockerode', 'ssh2', '@grpc/grpc-js', 'undici', '@actions/core', '@actions/github'].map(
      (m) => [m, imp(m)],
    ),
  ),
  'post bundle': [join(dist, 'post/index.js')],
  'watchdog bundle': [join(dist, 'watchdog/index.js')],
  'cli --help': [join(dist, 'cli/index.js'), '--help'],
  'cli ls (Docker)': [join(dist, 'cli/index.js'), 'ls'],
  'main, no engine': [join(dist, 'main/index.js')],
}
const envOf = { 'cli ls (Docker)': noEngine, 'main, no engine': mainEnv }
const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]))
for (let i = 0; i < reps; i++)
  for (const [k, args] of Object.entries(cases)) {
    const opts = { cwd: ROOT, env: envOf[k] ?? env }
    samples[k].push((await run(process.execPath, args, opts)).ms)
  }
rmSync(job, { recursive: true, force: true })
report(samples, 'spawn -> exit')

// dist/main: index.js (loaded at start) and its chunks (<id>.index.js, on demand).
const main = join(dist, 'main')
const kinds = {
  '@grpc/grpc-js': /grpc|ChannelCredentials/i,
  protobufjs: /protobuf/i,
  ssh2: /ssh|nacl|bcrypt_pbkdf|SFTP|keyParser|poly1305|chacha/i,
  undici: /UND_ERR|kDispatch|llhttp/,
}
for (const [part, files] of [
  ['at start ', ['index.js']],
  ['on demand', readdirSync(main).filter((f) => /^\d+\.index\.js$/.test(f))],
]) {
  const text = files.map((f) => readFileSync(join(main, f), 'utf8')).join('\n')
  const bytes = { other: 0 }
  for (const m of text.split(/\n\/\*\*\*\/ \d+:\n/).slice(1)) {
    const kind = Object.keys(kinds).find((k) => kinds[k].test(m)) ?? 'other'
    bytes[kind] = (bytes[kind] ?? 0) + m.length
  }
  for (const [k, b] of Object.entries(bytes))
    console.log(`dist/main ${part}, ${k.padEnd(14)} ~${(b / 1e6).toFixed(2)} MB`)
}
