// Experiment (cold start): what the bundles spend their load time and size
// on. 1) Node start-up with one package imported from node_modules, against a
// bare `node -e 0` and the bundles themselves (post without state and the
// watchdog without a configuration both exit right after loading), all with
// the runner's environment only (PATH, HOME). 2) A rough attribution of the
// watchdog bundle's bytes (ncc's webpack modules, classified by content).
//   node bench/experiments/imports.mjs [reps]
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../lib/gha.mjs'
import { run } from '../lib/proc.mjs'
import { report } from './engine.mjs'

const reps = Number(process.argv[2] ?? 11)
const env = { PATH: process.env.PATH, HOME: process.env.HOME }
const imp = (m) => ['--input-type=module', '-e', `await import('${m}')`]
const cases = {
  'node -e 0': ['-e', '0'],
  ...Object.fromEntries(
    ['dockerode', 'ssh2', '@grpc/grpc-js', '@actions/core', '@actions/github'].map((m) => [
      m,
      imp(m),
    ]),
  ),
  'post bundle': [join(ROOT, 'dist/post/index.js')],
  'watchdog bundle': [join(ROOT, 'dist/watchdog/index.js')],
}
const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]))
for (let i = 0; i < reps; i++)
  for (const [k, args] of Object.entries(cases))
    samples[k].push((await run(process.execPath, args, { cwd: ROOT, env })).ms)
report(samples, 'spawn -> exit')

// The watchdog's index.js and its on-demand chunks (<id>.index.js), together.
const wd = join(ROOT, 'dist/watchdog')
const bundle = readdirSync(wd)
  .filter((f) => f.endsWith('index.js'))
  .map((f) => readFileSync(join(wd, f), 'utf8'))
  .join('\n')
const modules = bundle.split(/\n\/\*\*\*\/ \d+:\n/).slice(1)
const kinds = { '@grpc/grpc-js': /grpc|ChannelCredentials/i, protobufjs: /protobuf/i }
kinds.ssh2 = /ssh|nacl|bcrypt_pbkdf|SFTP|keyParser|poly1305|chacha/i
const bytes = { other: 0 }
for (const m of modules) {
  const kind = Object.keys(kinds).find((k) => kinds[k].test(m)) ?? 'other'
  bytes[kind] = (bytes[kind] ?? 0) + m.length
}
for (const [k, b] of Object.entries(bytes))
  console.log(`dist/watchdog/index.js, ${k.padEnd(14)} ~${(b / 1e6).toFixed(2)} MB`)
