import { describe, expect, it } from 'vitest'
import { discoverAddons, memoryFs, type Addons } from '../../../src/addons/index.js'
import { PLAN_DEFAULTS } from '../../../src/constants.js'
import { baseFromEvent } from '../../../src/plan/event.js'
import { globToRegExp } from '../../../src/plan/glob.js'
import { selectModules, type SelectInput } from '../../../src/plan/select.js'
import { perModuleLogFile } from '../../../src/cli/commands/run-changed.js'
import { parsePlanSettings } from '../../../src/plan/settings.js'

// The repository: a <- b <- d (d depends on b), c alone, e uninstallable,
// f depends on sale only; core addons (sale, mail) are not in the repository.
const REPO: Record<string, string> = {
  a: "{'depends': ['mail']}",
  b: "{'depends': ['a', 'sale']}",
  c: "{'depends': ['mail']}",
  d: "{'depends': ['b']}",
  e: "{'depends': ['a'], 'installable': False}",
  f: "{'depends': ['sale']}",
  g: "{'depends': ['a'], 'version': '17.0.1.0.0'}",
}

async function repo(manifests = REPO): Promise<Addons> {
  const files = Object.fromEntries(
    Object.entries(manifests).map(([n, m]) => [`/r/addons/${n}/__manifest__.py`, m]),
  )
  return (await discoverAddons(['/r/addons'], memoryFs(files))).addons
}

async function select(changed: string[] | undefined, extra: Partial<SelectInput> = {}) {
  return selectModules({
    addons: await repo(),
    root: '/r',
    addonsDirs: ['/r/addons'],
    changed,
    globalFiles: PLAN_DEFAULTS.globalFiles,
    include: [],
    exclude: [],
    ...extra,
  })
}

describe('selectModules', () => {
  it.each([
    [
      'a change in a: a and its dependents, transitively',
      ['addons/a/models/x.py'],
      ['a', 'b', 'd'],
    ],
    ['a change in c: c', ['addons/c/__manifest__.py'], ['c']],
    ['a change in a leaf: itself', ['addons/d/views/v.xml'], ['d']],
    [
      'a change outside the addons that affects nothing',
      ['README.md', 'addons/README.md', 'docs/x.md'],
      [],
    ],
    ['the compose file: all', ['docker-compose.agent.yml'], ['a', 'b', 'c', 'd', 'f']],
    [
      'requirements in a subdirectory: all',
      ['ci/requirements-test.txt'],
      ['a', 'b', 'c', 'd', 'f'],
    ],
    ['a workflow: all', ['.github/workflows/ci.yml'], ['a', 'b', 'c', 'd', 'f']],
    ['compose.override.yaml: all', ['compose.override.yaml'], ['a', 'b', 'c', 'd', 'f']],
    ['a Dockerfile: all', ['docker/Dockerfile.odoo'], ['a', 'b', 'c', 'd', 'f']],
    ['composer.yml is no compose file', ['composer.yml'], []],
    ['requirements inside an addon: that addon', ['addons/c/requirements.txt'], ['c']],
    ['an uninstallable addon changed: not listed, its dependents are none', ['addons/e/x.py'], []],
    [
      'a deleted addon: not listed, its dependents are',
      ['addons/gone/__manifest__.py', 'addons/gone/x.py'],
      [],
    ],
    ['no change', [], []],
  ])('%s', async (_, changed, want) => expect((await select(changed)).modules).toEqual(want))

  it('an addon of another series is not listed, and the log says why', async () => {
    const plan = await select(['addons/g/x.py', 'addons/a/x.py'])
    expect(plan.modules).toEqual(['a', 'b', 'd'])
    expect(plan.log).toContainEqual(
      expect.stringMatching(/^g: version "17.0.1.0.0" is not .*not listed$/),
    )
  })

  it('says why each module was selected', async () => {
    const plan = await select(['addons/a/models/x.py', 'addons/a/views/y.xml'])
    expect(plan.reasons).toEqual({
      a: 'changed: addons/a/models/x.py and 1 more file(s)',
      b: 'depends on a (changed)',
      d: 'depends on a (changed) through b',
    })
  })

  it('names the file that selects every addon, in the reasons and the log', async () => {
    const plan = await select(['addons/a/x.py', 'docker-compose.agent.yml'])
    expect(plan.reasons.c).toBe(
      'docker-compose.agent.yml changed (matches **/docker-compose*.y*ml: affects every run)',
    )
    expect(plan.log.join('\n')).toMatch(
      /docker-compose.agent.yml changed .*every addon is selected/,
    )
  })

  it('selects the dependents of a deleted addon', async () => {
    const addons = await repo(Object.fromEntries(Object.entries(REPO).filter(([n]) => n !== 'a')))
    const plan = selectModules({
      addons,
      root: '/r',
      addonsDirs: ['/r/addons'],
      changed: ['addons/a/__manifest__.py'],
      globalFiles: [],
      include: [],
      exclude: [],
    })
    expect(plan.modules).toEqual(['b', 'd'])
    expect(plan.reasons.b).toBe('depends on a (deleted)')
    expect(plan.log).toContain('a: deleted (its manifest is gone at head), not listed')
  })

  it('every installable addon without a change list', async () =>
    expect((await select(undefined, { allReason: 'x' })).modules).toEqual([
      'a',
      'b',
      'c',
      'd',
      'f',
    ]))

  it.each([
    [{ include: ['a*', 'b'] }, ['a', 'b']],
    [{ exclude: ['d'] }, ['a', 'b']],
    [{ include: ['?'], exclude: ['b'] }, ['a', 'd']],
  ])('include/exclude %j', async (extra, want) =>
    expect((await select(['addons/a/x.py'], extra)).modules).toEqual(want),
  )

  it('refuses a dependency cycle in the repository, naming the addons', async () => {
    const addons = await repo({ ...REPO, a: "{'depends': ['d']}" })
    expect(() =>
      selectModules({
        addons,
        root: '/r',
        addonsDirs: ['/r/addons'],
        changed: [],
        globalFiles: [],
        include: [],
        exclude: [],
      }),
    ).toThrow(/dependency cycle: a -> d -> b -> a/)
  })
})

describe('globs', () => {
  it.each([
    ['**/docker-compose*.yml', 'docker-compose.agent.yml', true],
    ['**/docker-compose*.yml', 'deploy/docker-compose.yml', true],
    ['.github/**', '.github/workflows/ci.yml', true],
    ['*.yml', 'a/b.yml', false],
    ['a?c', 'abc', true],
    ['a.c', 'abc', false],
    ['hub_*', 'hub_compliance', true],
  ])('%s ~ %s: %s', (glob, text, want) => expect(globToRegExp(glob).test(text)).toBe(want))
})

describe('baseFromEvent', () => {
  it.each([
    ['pull_request', { pull_request: { base: { sha: 'abc' } } }, { base: 'abc' }],
    ['pull_request_target', { pull_request: { base: { sha: 'abc' } } }, { base: 'abc' }],
    ['push', { before: 'def' }, { base: 'def' }],
    [
      'push',
      { before: '0000000000000000000000000000000000000000' },
      { why: 'the push created the branch: no previous commit' },
    ],
    ['merge_group', { merge_group: { base_sha: 'f00' } }, { base: 'f00' }],
    ['schedule', {}, { why: 'a schedule run has no base commit to compare with' }],
    ['pull_request', {}, { why: 'the pull_request event has no pull_request.base.sha' }],
  ])('%s %j', (name, payload, want) => expect(baseFromEvent(name, payload)).toEqual(want))
})

describe('parsePlanSettings', () => {
  it('defaults', () =>
    expect(parsePlanSettings({}, '/w')).toMatchObject({
      cwd: '/w',
      addonsDirs: ['/w/addons'],
      changedOnly: 'auto',
      include: [],
      exclude: [],
      globalFiles: PLAN_DEFAULTS.globalFiles,
    }))
  it('lists and the working directory', () =>
    expect(
      parsePlanSettings(
        {
          addonsPath: 'x, /abs\ny',
          workingDirectory: 'repo',
          changedOnly: 'TRUE',
          include: 'a*,b',
        },
        '/w',
      ),
    ).toMatchObject({
      cwd: '/w/repo',
      addonsDirs: ['/w/repo/x', '/abs', '/w/repo/y'],
      changedOnly: true,
      include: ['a*', 'b'],
    }))
  it.each([
    [
      { changedOnly: 'yes' },
      /Invalid input 'changed-only': "yes". Expected 'true', 'false' or 'auto'/,
    ],
    [{ changedSince: 'a b' }, /Invalid input 'changed-since'/],
  ])('refuses %j naming the input', (raw, msg) =>
    expect(() => parsePlanSettings(raw, '/w')).toThrow(msg),
  )
})

describe('perModuleLogFile', () => {
  it.each([
    [undefined, 'demo', 'proof_of_execution_tests.demo.log'],
    ['/tmp/x/run.log', 'a', '/tmp/x/run.a.log'],
    ['/tmp/x.d/run', 'a', '/tmp/x.d/run.a'],
    ['.hidden', 'a', '.hidden.a'],
  ])('%s, %s -> %s', (file, module, want) => expect(perModuleLogFile(file, module)).toBe(want))
})
