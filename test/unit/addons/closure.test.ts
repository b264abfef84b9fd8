import { describe, expect, it } from 'vitest'
import {
  dependencyClosure,
  dependentsOf,
  DependencyError,
  discoverAddons,
  memoryFs,
  templateClosure,
  type Addons,
} from '../../../src/addons/index.js'

/** An addons tree from `name: manifest text` in one directory (`core`). */
async function tree(manifests: Record<string, string>): Promise<Addons> {
  const files = Object.fromEntries(
    Object.entries(manifests).map(([n, m]) => [`core/${n}/__manifest__.py`, m]),
  )
  return (await discoverAddons(['core'], memoryFs(files))).addons
}

// A small Odoo: base, web (auto_install True on base), mail, sale, a bridge
// (auto_install True on sale + mail), a list-form bridge (auto_install on
// sale only, but also depending on stock), an always-auto ([]), an
// uninstallable addon and an auto_install one that depends on it.
const ODOO = {
  base: "{'name': 'Base', 'depends': []}",
  web: "{'depends': ['base'], 'auto_install': True}",
  mail: "{'depends': ['base', 'web']}",
  sale: "{'depends': ['mail']}",
  stock: "{'depends': ['mail']}",
  sale_mail_bridge: "{'depends': ['sale', 'mail'], 'auto_install': True}",
  sale_stock: "{'depends': ['sale', 'stock'], 'auto_install': ['sale']}",
  always: "{'depends': ['base'], 'auto_install': []}",
  old: "{'depends': ['base'], 'installable': False}",
  old_bridge: "{'depends': ['sale', 'old'], 'auto_install': True}",
  needs_old: "{'depends': ['old']}",
  old_series: "{'depends': ['base'], 'version': '17.0.1.0.0'}",
  needs_old_series: "{'depends': ['old_series']}",
  needs_ghost: "{'depends': ['mail', 'ghost']}",
  cyc_a: "{'depends': ['cyc_b']}",
  cyc_b: "{'depends': ['cyc_c']}",
  cyc_c: "{'depends': ['cyc_a']}",
  uses_cycle: "{'depends': ['cyc_a']}",
  auto_on_sale_too: "{'depends': ['sale'], 'auto_install': True}",
}

describe('dependencyClosure: what Odoo installs', () => {
  it.each([
    ['nothing: base and what auto-installs with it', [], ['always', 'base', 'web']],
    ['depends, transitively', ['mail'], ['always', 'base', 'mail', 'web']],
    [
      'auto_install True when all depends are in, list form pulling its other depends',
      ['sale'],
      [
        'always',
        'auto_on_sale_too',
        'base',
        'mail',
        'sale',
        'sale_mail_bridge',
        'sale_stock',
        'stock',
        'web',
      ],
    ],
    [
      'auto_install list form: its trigger missing, not installed',
      ['stock'],
      ['always', 'base', 'mail', 'stock', 'web'],
    ],
  ])('%s', async (_, modules, want) =>
    expect(dependencyClosure(await tree(ODOO), modules)).toEqual(want),
  )

  it('never installs an installable: False addon, even when its auto_install triggers are met', async () =>
    expect(dependencyClosure(await tree(ODOO), ['sale'])).not.toContain('old_bridge'))

  it.each([
    [
      'a dependency on an uninstallable addon',
      ['needs_old'],
      /addon "needs_old" depends on "old", which is not installable \(installable: False in core\/old\)/,
    ],
    ['asking for an uninstallable addon', ['old'], /module "old" is not installable/],
    [
      'a dependency on an addon of another series',
      ['needs_old_series'],
      /addon "needs_old_series" depends on "old_series", which is not installable \(version "17.0.1.0.0" is not .* in core\/old_series\)/,
    ],
    [
      'a dependency that exists nowhere',
      ['needs_ghost'],
      /addon "needs_ghost" depends on "ghost", which is in no addons directory/,
    ],
    ['a module that exists nowhere', ['nope'], /module "nope" is in no addons directory/],
    ['a cycle', ['uses_cycle'], /dependency cycle: cyc_a -> cyc_b -> cyc_c -> cyc_a/],
  ])('refuses %s, naming the addons', async (_, modules, msg) => {
    const addons = await tree(ODOO)
    expect(() => dependencyClosure(addons, modules)).toThrow(DependencyError)
    expect(() => dependencyClosure(addons, modules)).toThrow(msg)
  })
})

describe("templateClosure: the tested modules' dependencies, never the tested modules", () => {
  it.each([
    [
      'a module on sale',
      { mine: "{'depends': ['sale']}" },
      ['mine'],
      [
        'always',
        'auto_on_sale_too',
        'base',
        'mail',
        'sale',
        'sale_mail_bridge',
        'sale_stock',
        'stock',
        'web',
      ],
    ],
    [
      'an auto_install addon that depends on the tested module stays out',
      {
        mine: "{'depends': ['mail']}",
        mine_bridge: "{'depends': ['mine', 'mail'], 'auto_install': True}",
      },
      ['mine'],
      ['always', 'base', 'mail', 'web'],
    ],
    [
      'a tested module that depends on another tested module: neither, nor what needs them',
      { a: "{'depends': ['mail']}", b: "{'depends': ['a', 'x']}", x: "{'depends': ['base']}" },
      ['a', 'b'],
      ['always', 'base', 'mail', 'web', 'x'],
    ],
  ])('%s', async (_, extra, tested, want) => {
    const t = templateClosure(await tree({ ...ODOO, ...extra }), tested)
    expect(t.modules).toEqual(want)
    expect(t.pulled).toEqual([])
  })

  it('reports an auto_install addon that the template would pull in together with a tested module', async () => {
    const addons = await tree({
      ...ODOO,
      mine: "{'depends': ['mail']}",
      sneaky: "{'depends': ['sale', 'mine'], 'auto_install': ['sale']}",
      mine_user: "{'depends': ['sale', 'mine']}",
    })
    // Only mine_user tested: mine is a dependency, so sneaky is a plain auto_install addon.
    const one = templateClosure(addons, ['mine_user'])
    expect(one.modules).toEqual(expect.arrayContaining(['mine', 'sneaky']))
    expect(one.modules).not.toContain('mine_user')
    expect(one.pulled).toEqual([])
    const t = templateClosure(addons, ['mine', 'mine_user'])
    expect(t.modules).not.toContain('sneaky')
    expect(t.pulled).toEqual(['sneaky'])
  })
})

describe('dependentsOf: reverse dependencies', () => {
  it('maps each dependent to a shortest path to a changed addon', async () => {
    const addons = await tree({
      a: "{'depends': ['mail']}",
      b: "{'depends': ['a']}",
      c: "{'depends': ['b', 'mail']}",
      d: "{'depends': ['mail']}",
      e: "{'depends': ['d', 'a']}",
    })
    expect(Object.fromEntries(dependentsOf(addons, ['a']))).toEqual({
      a: ['a'],
      b: ['b', 'a'],
      c: ['c', 'b', 'a'],
      e: ['e', 'a'],
    })
    expect([...dependentsOf(addons, ['d', 'c']).keys()].sort()).toEqual(['c', 'd', 'e'])
  })
})

describe('discoverAddons', () => {
  it('the first addons directory wins; directories without a manifest are no addons', async () => {
    const fs = memoryFs({
      'repo/sale/__manifest__.py': "{'name': 'Repo sale', 'depends': ['mail']}",
      'repo/notes/README.md': 'not an addon',
      'core/sale/__manifest__.py': "{'name': 'Core sale', 'depends': ['mail']}",
      'core/mail/__manifest__.py': "{'depends': ['base']}",
    })
    const { addons, shadowed } = await discoverAddons(['repo', 'core', 'missing-dir'], fs)
    expect([...addons.keys()].sort()).toEqual(['mail', 'sale'])
    expect(addons.get('sale')).toMatchObject({ dir: 'repo/sale', addonsDir: 'repo' })
    expect(addons.get('sale')?.manifest.title).toBe('Repo sale')
    expect(shadowed.map((a) => a.dir)).toEqual(['core/sale'])
  })

  it('a bad manifest fails naming its file', async () => {
    const fs = memoryFs({ 'repo/bad/__manifest__.py': "{'depends': ['a'] + X}" })
    await expect(discoverAddons(['repo'], fs)).rejects.toThrow(
      /repo\/bad\/__manifest__.py: not a Python literal/,
    )
  })
})
