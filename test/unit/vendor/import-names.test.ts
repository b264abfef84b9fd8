// The reader behind the stand-ins' guard (aliases.test.ts): the import forms
// that compiled packages use, and the ones it must refuse to guess about.
import { describe, expect, it } from 'vitest'
import { namesUsed } from '../../helpers/import-names.js'

describe('names a file uses from a package', () => {
  it.each([
    {
      form: 'ES named imports',
      src: `import { fetch, ProxyAgent as PA } from 'undici';`,
      names: ['fetch', 'ProxyAgent'],
    },
    { form: 'minified ES import', src: `import{fetch as e}from"undici";e()`, names: ['fetch'] },
    {
      form: 'ES default and named',
      src: `import u, { Agent } from 'undici'`,
      names: ['default', 'Agent'],
    },
    {
      form: 'ES namespace',
      src: `import * as u from 'undici'\nu.fetch(x); new u.Agent()`,
      names: ['fetch', 'Agent'],
    },
    { form: 'ES re-export of names', src: `export { fetch } from 'undici'`, names: ['fetch'] },
    { form: 'a side-effect import', src: `import 'undici'`, names: [] },
    {
      form: 'TypeScript CommonJS output',
      src: `const undici_1 = require("undici");\nnew undici_1.ProxyAgent({}); (0, undici_1.fetch)(u)`,
      names: ['ProxyAgent', 'fetch'],
    },
    {
      form: 'a helper around require',
      src: `const u = __importStar(require("undici"));\nu.request()`,
      names: ['request'],
    },
    {
      form: 'a member of require',
      src: `var Client = require('ssh2').Client,\n  http = require('http');`,
      names: ['Client'],
    },
    {
      form: 'destructuring',
      src: `const { Client, utils: u } = require('ssh2')`,
      names: ['Client', 'utils'],
    },
    {
      form: 'one of several requires in a var',
      src: `var grpc = require("@grpc/grpc-js"),\n  p = require("x");\nnew grpc.Server(); grpc.ServerCredentials.createInsecure()`,
      names: ['Server', 'ServerCredentials'],
      pkg: '@grpc/grpc-js',
    },
    {
      form: 'the name in comments and strings, not as the binding',
      src: `// grpc.Nope\nvar grpc = require("@grpc/grpc-js");\nlog("grpc is here"); grpc.Server`,
      names: ['Server'],
      pkg: '@grpc/grpc-js',
    },
  ])('$form', ({ src, names, pkg }) => {
    const used = namesUsed(src, pkg ?? (src.includes('ssh2') ? 'ssh2' : 'undici'))
    expect(used.unknown).toEqual([])
    expect([...used.names].sort()).toEqual([...names].sort())
  })

  it.each([
    { form: 'a dynamic import', src: `const u = await import('undici')`, says: "import('undici')" },
    { form: 'export *', src: `export * from 'undici'`, says: "export * from 'undici'" },
    {
      form: 'the module object passed on',
      src: `const u = require('undici'); use(u)`,
      says: 'used whole',
    },
    {
      form: 'the ES namespace passed on',
      src: `import * as u from 'undici'; use(u)`,
      says: 'used whole',
    },
    {
      form: 'require into a property',
      src: `exports.u = require('undici')`,
      says: "require('undici')",
    },
    {
      form: 'a mention it cannot place',
      src: `resolve.sync('undici')`,
      says: 'no import or require',
    },
  ])('refuses to guess: $form', ({ src, says }) => {
    expect(namesUsed(src, 'undici').unknown.join('\n')).toContain(says)
  })

  it('ignores another package of a similar name', () => {
    const used = namesUsed(`const a = require('undici-types'); a.x`, 'undici')
    expect(used).toEqual({ names: new Set(), unknown: [] })
  })
})
