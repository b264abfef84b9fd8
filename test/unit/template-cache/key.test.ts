import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  databaseOptions,
  demoSetting,
  hashTree,
  templateKey,
  type KeyInputs,
} from '../../../src/template-cache/key.js'

const base: KeyInputs = {
  imageId: 'sha256:aaa',
  closure: ['base', 'mail', 'rtr_dep'],
  repoAddons: {
    rtr_dep: [
      ['__manifest__.py', 'h1'],
      ['data/x.csv', 'h2'],
    ],
  },
  configFiles: {},
  demo: 'config',
  dbOptions: [],
}
const K = templateKey(base)

describe('templateKey', () => {
  it('is 64 hex digits and stable', () => {
    expect(K).toMatch(/^[0-9a-f]{64}$/)
    expect(templateKey({ ...base })).toBe(K)
  })
  it.each<[string, Partial<KeyInputs>]>([
    ['closure order', { closure: ['rtr_dep', 'mail', 'base'] }],
    [
      'file order',
      {
        repoAddons: {
          rtr_dep: [
            ['data/x.csv', 'h2'],
            ['__manifest__.py', 'h1'],
          ],
        },
      },
    ],
  ])('ignores %s', (_what, change) => expect(templateKey({ ...base, ...change })).toBe(K))
  it.each<[string, Partial<KeyInputs>]>([
    ['the image ID', { imageId: 'sha256:bbb' }],
    ['a module more', { closure: [...base.closure, 'web'] }],
    [
      'a changed file of a repository dependency',
      {
        repoAddons: {
          rtr_dep: [
            ['__manifest__.py', 'h1'],
            ['data/x.csv', 'CHANGED'],
          ],
        },
      },
    ],
    [
      'a renamed file',
      {
        repoAddons: {
          rtr_dep: [
            ['__manifest__.py', 'h1'],
            ['data/y.csv', 'h2'],
          ],
        },
      },
    ],
    [
      'an added file',
      {
        repoAddons: {
          rtr_dep: [
            ['__manifest__.py', 'h1'],
            ['data/x.csv', 'h2'],
            ['z.py', 'h3'],
          ],
        },
      },
    ],
    ['a mounted config file', { configFiles: { '/etc/odoo/odoo.conf': 'c1' } }],
    ['demo data', { demo: 'without' }],
    ['a database option', { dbOptions: ['--load-language=fr_FR'] }],
    ['the format', { format: 999 }],
  ])('changes with %s', (_what, change) => expect(templateKey({ ...base, ...change })).not.toBe(K))
})

describe('hashTree', () => {
  let dir: string
  afterEach(() => rmSync(dir, { recursive: true, force: true }))
  const tree = () => {
    dir = mkdtempSync(join(tmpdir(), 'rtr-key-'))
    mkdirSync(join(dir, 'data'))
    writeFileSync(join(dir, '__manifest__.py'), "{'name': 'x'}")
    writeFileSync(join(dir, 'data', 'x.csv'), 'id,name\n1,a\n')
    return dir
  }
  it('lists files by sorted relative path with their sha256', async () => {
    const files = await hashTree(tree())
    expect(files.map(([p]) => p)).toEqual(['__manifest__.py', 'data/x.csv'])
    expect(files[0]![1]).toMatch(/^[0-9a-f]{64}$/)
  })
  it('ignores mtimes and bytecode, sees content', async () => {
    const before = await hashTree(tree())
    utimesSync(join(dir, 'data', 'x.csv'), new Date(0), new Date(0))
    mkdirSync(join(dir, '__pycache__'))
    writeFileSync(join(dir, '__pycache__', 'm.cpython-312.pyc'), 'bytes')
    writeFileSync(join(dir, 'y.pyc'), 'bytes')
    expect(await hashTree(dir)).toEqual(before)
    writeFileSync(join(dir, 'data', 'x.csv'), 'id,name\n1,b\n')
    expect(await hashTree(dir)).not.toEqual(before)
  })
})

describe('databaseOptions and demoSetting', () => {
  it.each<[string[], string[]]>([
    [
      [
        '-d',
        'db',
        '-i',
        'a,b',
        '--test-enable',
        '--test-tags',
        '/a',
        '--stop-after-init',
        '--http-port',
        '18069',
      ],
      [],
    ],
    [
      ['--database=db', '--init=a', '--without-demo=all', '--load-language', 'fr_FR'],
      ['--without-demo=all', '--load-language', 'fr_FR'],
    ],
    [['-d', 'db', '-p', '1', '--with-demo'], ['--with-demo']],
  ])('%j -> %j', (args, want) => expect(databaseOptions(args)).toEqual(want))
  it.each<[string[], string]>([
    [['-d', 'x'], 'config'],
    [['--without-demo=all'], 'without'],
    [['--without-demo', 'all'], 'without'],
    [['--with-demo'], 'with'],
  ])('demo of %j is %s', (args, want) => expect(demoSetting(args)).toBe(want))
})
