// Work-order environments, the pure parts: the database name a work order
// gets, module arguments, the server command that serves only that database,
// Odoo's reason pulled out of its log, psql's passthrough arguments, and the
// flags every work-order command shares with `up`.
import { describe, expect, it } from 'vitest'
import { parseCommand, splitPassthrough } from '../../../src/cli/args.js'
import { COMMANDS } from '../../../src/cli/main.js'
import { PSQL_SPEC } from '../../../src/cli/commands/psql.js'
import { UP_SPEC } from '../../../src/cli/commands/up.js'
import { describeDatabase } from '../../../src/cli/ls-databases.js'
import { environmentList } from '../../../src/cli/env-lookup.js'
import type { ComposeModel } from '../../../src/compose/config.js'
import type { ProjectInfo } from '../../../src/engine/environments.js'
import { execArgs } from '../../../src/workspace/attach.js'
import { ODOO_DBNAME_RE, parseModuleArg, workOrderDatabase } from '../../../src/workspace/naming.js'
import { odooReason } from '../../../src/workspace/odoo-run.js'
import {
  databaseFilter,
  ENV_LABEL,
  serverOverride,
  serviceCommand,
  withoutOptions,
} from '../../../src/workspace/server-command.js'

describe('workOrderDatabase: one name per work order, one Odoo accepts', () => {
  it.each([
    ['WO-042', 'wo_042'],
    ['wo-042', 'wo_042'],
    ['HUB_17', 'hub_17'],
    ['EVV--9', 'evv_9'],
    ['A', 'wo_a'],
    ['7', 'wo_7'],
    ['-x-', 'wo_x'],
    ['X'.repeat(40), 'x'.repeat(40)],
  ])('%s -> %s', (wo, db) => {
    expect(workOrderDatabase(wo)).toBe(db)
    expect(ODOO_DBNAME_RE.test(db)).toBe(true)
  })
})

describe('parseModuleArg: technical names, refused with the accepted form', () => {
  it.each<[string, string[] | RegExp]>([
    ['rtr_tested', ['rtr_tested']],
    ['a,b , a', ['a', 'b']],
    ['Bad-Name', /Invalid --module: .*Bad-Name.*\^\[a-z\]\[a-z0-9_\]\*\$/],
    ['a;drop', /Invalid --module: .*a;drop/],
    ['', /Invalid --module: .*required/],
    ['x'.repeat(65), /at most 64 characters/],
  ])('%j', (raw, want) => {
    if (Array.isArray(want)) expect(parseModuleArg(raw, '--module')).toEqual(want)
    else expect(() => parseModuleArg(raw, '--module')).toThrow(want)
  })
})

const model = (command?: string[] | string | null): ComposeModel => ({
  services: { odoo: { command }, db: {} },
  networks: {},
  volumes: {},
})

describe('the server command: the service own command plus --database and --db-filter', () => {
  it.each<[string, string[] | string | null | undefined, string[]]>([
    ['no command: the image CMD', undefined, ['odoo']],
    ['null', null, ['odoo']],
    ['a list', ['odoo', '--dev=all'], ['odoo', '--dev=all']],
    ['a string', 'odoo  --workers 0', ['odoo', '--workers', '0']],
    ['-- form', ['--', '--limit-time-real', '0'], ['--', '--limit-time-real', '0']],
  ])('%s', (_w, command, base) => {
    expect(serviceCommand(model(command), 'odoo')).toEqual(base)
    const o = serverOverride(model(command), 'odoo', 'wo_042', 'db').services.odoo as {
      command: string[]
      labels: Record<string, string>
    }
    expect(o.command).toEqual([...base, '--database', 'wo_042', '--db-filter', '^wo_042$'])
    expect(o.labels).toEqual({ [ENV_LABEL.database]: 'wo_042', [ENV_LABEL.dbService]: 'db' })
  })

  it.each<[string[], string[]]>([
    [
      ['odoo', '-d', 'other', '--dev=all'],
      ['odoo', '--dev=all'],
    ],
    [['odoo', '--database=other', '--db-filter', '.*'], ['odoo']],
    [
      ['odoo', '--db-filter=^x$', '--workers', '2'],
      ['odoo', '--workers', '2'],
    ],
  ])('database options already there are replaced: %j', (argv, kept) => {
    expect(withoutOptions(argv, ['-d', '--database', '--db-filter'])).toEqual(kept)
  })

  it.each([
    ['wo_042', '^wo_042$'],
    ['a.b', '^a\\.b$'],
  ])('filter of %s is %s', (db, filter) => expect(databaseFilter(db)).toBe(filter))
})

describe("odooReason: Odoo's own words", () => {
  const log = [
    '2026-12-06 21:07:19,454 96 INFO wo odoo: Odoo version 18.0-20250101',
    '2026-12-06 21:07:20,191 96 WARNING wo odoo.modules.loading: invalid module names, ignored: rtr_nope',
    '2026-12-06 21:07:20,300 96 CRITICAL wo odoo.service.server: Failed to initialize database `wo`.',
    'Traceback (most recent call last):',
    '  File "/usr/lib/python3/dist-packages/odoo/service/server.py", line 1359, in preload_registries',
    'odoo.exceptions.UserError: You try to install module a that depends on module b.',
    '2026-12-06 21:07:20,301 96 INFO wo odoo.service.server: Initiating shutdown',
  ].join('\n')

  it('keeps the WARNING/ERROR/CRITICAL records and the traceback, not the INFO lines', () => {
    expect(odooReason(log).split('\n')).toEqual([
      'WARNING wo odoo.modules.loading: invalid module names, ignored: rtr_nope',
      'CRITICAL wo odoo.service.server: Failed to initialize database `wo`.',
      'Traceback (most recent call last):',
      '  File "/usr/lib/python3/dist-packages/odoo/service/server.py", line 1359, in preload_registries',
      'odoo.exceptions.UserError: You try to install module a that depends on module b.',
    ])
  })

  it('colour codes are dropped; without any record, the last lines', () => {
    expect(odooReason('\x1b[1;31m' + log.split('\n')[1] + '\x1b[0m')).toContain('invalid module')
    expect(odooReason('just\nsome\noutput')).toBe('just\nsome\noutput')
  })
})

describe('psql: its own arguments pass through', () => {
  it.each<[string[], string[], string[]]>([
    [['WO-1', '-c', 'select 1'], ['WO-1'], ['-c', 'select 1']],
    [
      ['WO-1', '--project-prefix', 'p', '-At', '-c', 'x'],
      ['WO-1', '--project-prefix', 'p'],
      ['-At', '-c', 'x'],
    ],
    [['--project-prefix=p', 'WO-1', '-l'], ['--project-prefix=p', 'WO-1'], ['-l']],
    [['WO-1', '--', '--project-prefix', 'x'], ['WO-1'], ['--project-prefix', 'x']],
    [['WO-1', '-c', 'select 1', 'more'], ['WO-1'], ['-c', 'select 1', 'more']],
  ])('%j', (argv, own, rest) => {
    expect(splitPassthrough(PSQL_SPEC, argv)).toEqual({ own, rest })
    const parsed = parseCommand(PSQL_SPEC, argv)
    expect(parsed.positionals).toEqual(['WO-1'])
    expect(parsed.rest).toEqual(rest)
  })
})

describe('every work-order command accepts the flags of the up a person typed', () => {
  const upFlags = UP_SPEC.flags
    .map((f) => f.name)
    .filter((n) => n !== 'module' && n !== 'port' && n !== 'verbose')
  it.each(['down', 'ls', 'reap', 'logs', 'shell', 'psql', 'update', 'test'])('%s', (name) => {
    const spec = COMMANDS.find((c) => c.spec.name === name)?.spec
    expect(spec).toBeDefined()
    const own = new Set(spec?.flags.map((f) => f.name))
    expect(upFlags.filter((f) => !own.has(f))).toEqual([])
    const argv = ['--compose-file', 'a.yml', '--working-directory', '/w', '--project-prefix', 'p']
    const positionals = {
      down: ['WO-1'],
      ls: [],
      reap: [],
      logs: ['WO-1'],
      shell: ['WO-1'],
      psql: ['WO-1'],
      update: ['WO-1', 'm'],
      test: ['WO-1', 'm'],
    }[name] as string[]
    expect(() => parseCommand(spec!, [...positionals, ...argv])).not.toThrow()
  })
})

describe('attach and listings', () => {
  it.each<[boolean, string[]]>([
    [true, ['exec', 'odoo', 'odoo', 'shell']],
    [false, ['exec', '-T', 'odoo', 'odoo', 'shell']],
  ])('exec with a TTY: %s', (tty, args) =>
    expect(execArgs('odoo', ['odoo', 'shell'], tty)).toEqual(args),
  )

  const info = (id: string, over: Partial<ProjectInfo>): ProjectInfo => ({
    project: `p-${id}`,
    kind: 'work-order',
    id,
    ports: [],
    services: [],
    createdAt: undefined,
    newestAt: undefined,
    configFiles: [],
    workingDir: undefined,
    volumes: [],
    owner: undefined,
    ...over,
  })
  it('environmentList names each work order, its state and database', () => {
    expect(environmentList([], 'odoo')).toBe('(none)')
    expect(
      environmentList(
        [
          info('WO-1', {
            database: 'wo_1',
            services: [{ service: 'odoo', state: 'running', health: 'healthy', ports: [8090] }],
          }),
          info('WO-2', { volumes: ['p-wo-2_db-data'] }),
          info('20261206t000000z-1', { kind: 'run' }),
        ],
        'odoo',
      ),
    ).toBe('WO-1 (port 8090, database wo_1), WO-2 (stopped)')
  })
  it.each<[Parameters<typeof describeDatabase>[0], string]>([
    [undefined, '-'],
    [{ database: 'wo_1', modules: 12 }, 'wo_1 (12 modules)'],
    [{ database: 'wo_1', modules: null }, 'wo_1 (not running)'],
  ])('DATABASE column of %j', (db, text) => expect(describeDatabase(db)).toBe(text))
})
