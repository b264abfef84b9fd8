import { describe, expect, it } from 'vitest'
import { parsePyLiteral, PyLiteralError } from '../../../src/addons/python-literal.js'
import { parseManifest, ManifestError } from '../../../src/addons/manifest.js'

describe('parsePyLiteral: what ast.literal_eval accepts', () => {
  it.each([
    ['{}', {}],
    ["{'a': 1,}", { a: 1 }],
    ['[1, 2, 3,]', [1, 2, 3]],
    ['(1,)', [1]],
    ['()', []],
    ['(1)', 1],
    ['{1, 2}', [1, 2]],
    ['True', true],
    ['False', false],
    ['None', null],
    ['-3', -3],
    ['+2.5', 2.5],
    ['1_000', 1000],
    ['0x1F', 31],
    ['0o17', 15],
    ['0b101', 5],
    ['1e3', 1000],
    ['.5', 0.5],
    ['"double"', 'double'],
    ["'single'", 'single'],
    ["'''triple\nsingle'''", 'triple\nsingle'],
    ['"""triple "quoted" double"""', 'triple "quoted" double'],
    ["'a' 'b'  \"c\"", 'abc'],
    ["('a'\n # comment\n 'b')", 'ab'],
    [String.raw`'tab\tnl\nq\'bs\\'`, "tab\tnl\nq'bs\\"],
    [String.raw`'\x41\u00e9\U0001F600\101'`, 'Aé😀A'],
    [String.raw`'unknown \d stays'`, 'unknown \\d stays'],
    [String.raw`r'raw \n \' kept'`, String.raw`raw \n \' kept`],
    [String.raw`u'unicode'`, 'unicode'],
    [String.raw`Rb'x\y'`, String.raw`x\y`],
    ["'line \\\ncontinued'", 'line continued'],
    ['# a comment\n{"a": [1, # inner\n 2]}  # trailing', { a: [1, 2] }],
    ['{\n  "k": (\n    "x",\n  ),\n}', { k: ['x'] }],
    ['{"__proto__": 1}', JSON.parse('{"__proto__": 1}')],
  ])('%j', (text, want) => expect(parsePyLiteral(text)).toEqual(want))

  it.each([
    ['{"a": foo}', /the name "foo".*line 1, column 7/],
    ['{"a": open("x")}', /a call of "open"/],
    ['{"a": 1 + 2}', /expected "," or "}", found "\+"/],
    ['[1, 2', /expected "," or "]", found the end of the file/],
    ['{"a": 1} {"b": 2}', /after the literal/],
    ["'never closed", /never closed/],
    ["'one\nline'", /line break inside a one-line string/],
    ['f"{x}"', /string prefix "f"/],
    ['{1: 2}', /dict key that is not a string/],
    ['{"a" 1}', /expected ":", "," or "}", found the number 1/],
    ['[1, 2]\n;', /";", which has no place/],
    ['{"a": -"x"}', /"-" before a string/],
    ['{"a": [1,,2]}', /"," where a value was expected/],
    ['', /the end of the file where a value was expected/],
  ])('refuses %j', (text, msg) => {
    expect(() => parsePyLiteral(text)).toThrow(PyLiteralError)
    expect(() => parsePyLiteral(text)).toThrow(msg)
  })
})

describe('parseManifest: normalised as Odoo 18 loads it', () => {
  const p = (text: string, addon = 'x') => parseManifest(text, `addons/${addon}/__manifest__.py`)

  it('reads a typical manifest with comments, trailing commas and concatenation', () => {
    const m = p(`# -*- coding: utf-8 -*-
# Part of something. See LICENSE file.
{
    'name': 'Hub ' "Compliance",  # implicit concatenation
    'version': '18.0.1.0.0',
    'depends': [
        'mail',
        'sale',  # trailing comma next
    ],
    'data': ['security/ir.model.access.csv', 'views/views.xml',],
    'demo': ('demo/demo.xml',),
    'description': """
        Long text with 'quotes' and "more".
    """,
    'installable': True,
    'license': 'LGPL-3',
}
`)
    expect(m).toMatchObject({
      title: 'Hub Compliance',
      version: '18.0.1.0.0',
      depends: ['mail', 'sale'],
      data: ['security/ir.model.access.csv', 'views/views.xml'],
      demo: ['demo/demo.xml'],
      installable: true,
      autoInstall: false,
    })
    expect(m.raw.license).toBe('LGPL-3')
  })

  it.each([
    ['no depends means base', "{'name': 'x'}", { depends: ['base'] }],
    ['empty depends means base', "{'depends': []}", { depends: ['base'] }],
    [
      'auto_install True: all depends',
      "{'depends': ['a', 'b'], 'auto_install': True}",
      { autoInstall: ['a', 'b'] },
    ],
    [
      'auto_install list: the triggers',
      "{'depends': ['a', 'b'], 'auto_install': ['a']}",
      { autoInstall: ['a'] },
    ],
    ['auto_install []: always', "{'depends': ['a'], 'auto_install': []}", { autoInstall: [] }],
    ['auto_install False', "{'depends': ['a'], 'auto_install': False}", { autoInstall: false }],
    ['installable False', "{'installable': False}", { installable: false }],
    ['installable default', '{}', { installable: true, version: '18.0.1.0', title: 'x' }],
  ])('%s', (_, text, want) => expect(p(text)).toMatchObject(want))

  it.each([
    ['1.0', '18.0.1.0'],
    ['1.0.3', '18.0.1.0.3'],
    ['18.0.1.0', '18.0.1.0'],
    ['18.0.1.0.0', '18.0.1.0.0'],
    ['18.0', '18.0.18.0'],
  ])('version %s is installable as %s (Odoo adapt_version)', (version, want) =>
    expect(p(`{'version': '${version}'}`)).toMatchObject({ version: want, installable: true }),
  )

  it.each(['17.0.1.0.0', '1', '1.0.0.0', 'v1.0', '18.0.1'])(
    'version %s of another series or form: not installable, and why',
    (version) => {
      const m = p(`{'version': '${version}'}`)
      expect(m.installable).toBe(false)
      expect(m.versionProblem).toContain(
        `version "${version}" is not x.y, x.y.z, 18.0.x.y or 18.0.x.y.z`,
      )
    },
  )

  it('base keeps no depends', () => expect(p('{}', 'base').depends).toEqual([]))

  it.each([
    [
      'not a literal',
      "{'depends': ['a'] + EXTRA}",
      /addons\/x\/__manifest__.py: not a Python literal: .*line 1/,
    ],
    ['a call', "{'version': get_version()}", /__manifest__.py: .*a call of "get_version"/],
    ['not a dict', "['a']", /must be a dict/],
    [
      'depends not a list',
      "{'depends': 'mail'}",
      /"depends" must be a list of strings, found a string/,
    ],
    ['installable not bool', "{'installable': 'yes'}", /"installable" must be True or False/],
    [
      'trigger not a dependency',
      "{'depends': ['a'], 'auto_install': ['b']}",
      /auto_install triggers must be dependencies; not in "depends": b/,
    ],
  ])('refuses %s, naming the file', (_, text, msg) => {
    expect(() => p(text)).toThrow(ManifestError)
    expect(() => p(text)).toThrow(msg)
  })
})
