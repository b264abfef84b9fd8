// Where the template's addons come from: the compose model's bind mounts, the
// core manifests (as read in the container), and Odoo's closure over both.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { templateClosure } from '../../../src/addons/index.js'
import type { ComposeModel } from '../../../src/compose/config.js'
import {
  bindMounts,
  configMounts,
  CORE_ADDONS_DIR,
  databaseService,
  discoverServiceAddons,
  odooRole,
  repositoryAddonsDirs,
} from '../../../src/template-cache/sources.js'

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url))
const addonsDir = join(fixtures, 'addons')
// The stand-in image's core addons, written from their table as the image build does.
const coreDir = mkdtempSync(join(tmpdir(), 'rtr-core-addons-'))
execFileSync('python3', [join(fixtures, 'images/odoo/usr/lib/rtr/core_addons.py'), coreDir])
afterAll(() => rmSync(coreDir, { recursive: true, force: true }))
// The stand-in image's core manifests, keyed as the in-container read returns them.
const core = {
  odooVersion: '18.0',
  manifests: Object.fromEntries(
    readdirSync(coreDir).map((n) => [
      `${CORE_ADDONS_DIR}/${n}/__manifest__.py`,
      readFileSync(join(coreDir, n, '__manifest__.py'), 'utf8'),
    ]),
  ),
}

const model = (volumes: ComposeModel['services'][string]): ComposeModel => ({
  services: { odoo: volumes, db: {} },
  networks: {},
  volumes: {},
})

describe('the compose model', () => {
  const m = model({
    environment: { HOST: 'db', USER: 'odoo18' },
    volumes: [
      { type: 'bind', source: addonsDir, target: '/mnt/extra-addons', read_only: true },
      { type: 'volume', source: 'odoo-data', target: '/var/lib/odoo' },
      { type: 'bind', source: join(fixtures, 'compose.test.yml'), target: '/etc/odoo/odoo.conf' },
    ],
  })
  it('gives the bind mounts, the database service and the role', async () => {
    expect(bindMounts(m, 'odoo').map((x) => x.target)).toEqual([
      '/mnt/extra-addons',
      '/etc/odoo/odoo.conf',
    ])
    expect(databaseService(m, 'odoo')).toBe('db')
    expect(databaseService(model({ environment: { HOST: 'pg' } }), 'odoo')).toBeUndefined()
    expect(odooRole(m, 'odoo')).toBe('odoo18')
    expect(odooRole(model({}), 'odoo')).toBe('odoo')
    const dirs = await repositoryAddonsDirs(bindMounts(m, 'odoo'))
    expect(dirs).toEqual([{ hostDir: addonsDir, target: '/mnt/extra-addons', single: false }])
    expect((await configMounts(bindMounts(m, 'odoo'))).map((c) => c.target)).toEqual([
      '/etc/odoo/odoo.conf',
    ])
  })
})

describe('discoverServiceAddons + templateClosure', () => {
  it("gives rtr_tested's template: its dependencies and the auto_install modules, not itself", async () => {
    const dirs = await repositoryAddonsDirs([{ source: addonsDir, target: '/mnt/extra-addons' }])
    const { discovery, hostDirOf } = await discoverServiceAddons(core, dirs)
    const closure = templateClosure(discovery.addons, ['rtr_tested'])
    expect(closure.modules).toContain('rtr_base_dep')
    expect(closure.modules).toContain('rtr_auto_bridge') // auto_install on rtr_base_dep + mail
    expect(closure.modules).toContain('mail')
    expect(closure.modules).not.toContain('rtr_tested')
    expect(hostDirOf.get('rtr_base_dep')).toBe(join(addonsDir, 'rtr_base_dep'))
    expect(hostDirOf.has('mail')).toBe(false) // core: keyed by the image ID
  })
  it('sees addons the image bakes into /mnt/extra-addons, keyed by the image (not hashed); a mount over them wins', async () => {
    const baked = {
      ...core,
      manifests: {
        ...core.manifests,
        '/mnt/extra-addons/baked_dep/__manifest__.py': "{'depends': ['mail']}",
        '/mnt/extra-addons/rtr_base_dep/__manifest__.py': "{'depends': ['mail']}",
      },
    }
    const dirs = await repositoryAddonsDirs([{ source: addonsDir, target: '/mnt/extra-addons' }])
    const { discovery, hostDirOf } = await discoverServiceAddons(baked, dirs)
    expect(discovery.addons.get('baked_dep')?.manifest.depends).toEqual(['mail'])
    expect(hostDirOf.has('baked_dep')).toBe(false)
    expect(discovery.addons.get('rtr_base_dep')?.manifest.depends).toEqual(['base']) // the runner's copy
    expect(hostDirOf.get('rtr_base_dep')).toBe(join(addonsDir, 'rtr_base_dep'))
  })
  it('reads a mount of a single addon as that addon', async () => {
    const dirs = await repositoryAddonsDirs([
      { source: join(addonsDir, 'rtr_base_dep'), target: '/mnt/extra-addons/rtr_base_dep' },
    ])
    expect(dirs[0]?.single).toBe(true)
    const { discovery, hostDirOf } = await discoverServiceAddons(core, dirs)
    expect(discovery.addons.get('rtr_base_dep')?.manifest.depends).toEqual(['base'])
    expect(hostDirOf.get('rtr_base_dep')).toBe(join(addonsDir, 'rtr_base_dep'))
  })
  it.each([
    [
      'rtr_broken_missing_dep',
      /"rtr_broken_missing_dep" depends on "rtr_no_such_module", which is in no addons directory/,
    ],
    [
      'rtr_broken_needs_uninstallable',
      /depends on "rtr_broken_uninstallable", which is not installable/,
    ],
  ])('%s: an error naming the addon and its dependency', async (module, re) => {
    const dirs = await repositoryAddonsDirs([{ source: addonsDir, target: '/mnt/extra-addons' }])
    const { discovery } = await discoverServiceAddons(core, dirs)
    expect(() => templateClosure(discovery.addons, [module])).toThrowError(re)
  })
})
