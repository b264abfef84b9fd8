// Real compose files through compose itself: `compose config` resolves them
// (short and long syntax, host IPs, variables from .env, several files),
// labelProject writes the override, and `compose config` with the override
// and a port in RTR_HOST_PORT must give the merged model a run starts: the
// tested service on that port only, no fixed host port elsewhere, no
// container_name. Compose is the judge of the tags, not a YAML library.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkComposeV2, runCompose, type ComposeTarget } from '../../src/compose/compose.js'
import { readComposeConfig, type ComposeModel } from '../../src/compose/config.js'
import { createDockerClient } from '../../src/docker/dockerode-client.js'
import { labelProject } from '../../src/engine/label-project.js'
import { currentOwner, LABEL } from '../../src/engine/ownership.js'
import { silentReporter } from '../../src/engine/reporter.js'

const IMAGE = 'image: rtr-fixture-db:test'

async function isolated(files: Record<string, string>, service = 'odoo') {
  const dir = mkdtempSync(join(tmpdir(), 'rtr-iso-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  const notes: string[] = []
  const target: ComposeTarget = {
    project: `rtr-t-iso-${Math.random().toString(16).slice(2, 8)}`,
    files: Object.keys(files)
      .filter((f) => f.endsWith('.yml'))
      .map((f) => join(dir, f)),
    workingDirectory: dir,
    port: null,
  }
  const deps = {
    compose: runCompose,
    checkCompose: checkComposeV2,
    docker: createDockerClient(),
    reporter: { ...silentReporter, info: (m: string) => void notes.push(m) },
    tempDir: dir,
  }
  const owner = currentOwner('run', target.project, 'rtr-t-iso', new Date())
  const labelled = await labelProject(target, owner, deps, { service })
  const merged = await readComposeConfig(
    { ...target, files: labelled.files, port: 8195 },
    runCompose,
  )
  expect(merged.error).toBe('')
  return { model: merged.model as ComposeModel, notes, portTarget: labelled.portTarget }
}

const portsOf = (m: ComposeModel, s: string) =>
  (m.services[s]?.ports ?? []).map((p) => ({
    target: p.target,
    published: p.published,
    host_ip: p.host_ip,
    protocol: p.protocol,
  }))
const tcp = (target: number, published?: string, host_ip?: string) => ({
  target,
  published,
  host_ip,
  protocol: 'tcp',
})

describe('the isolation override, merged by compose', () => {
  it.each<{
    what: string
    files: Record<string, string>
    odoo: ReturnType<typeof tcp>[]
    db: ReturnType<typeof tcp>[]
  }>([
    {
      what: 'short "${PORT:-8090}:8069", fixed "5432:5432", container_name on both',
      files: {
        'c.yml': `services:
  odoo: {${IMAGE}, container_name: odoo_hub, ports: ['\${PORT:-8090}:8069']}
  db: {${IMAGE}, container_name: db_hub, ports: ['5432:5432']}
`,
      },
      odoo: [tcp(8069, '8195')],
      db: [tcp(5432)],
    },
    {
      what: 'host IPs in short syntax, and a range',
      files: {
        'c.yml': `services:
  odoo: {${IMAGE}, ports: ['127.0.0.1:8090:8069', '8071-8072:8071-8072']}
  db: {${IMAGE}, ports: ['127.0.0.1:5432:5432']}
`,
      },
      odoo: [tcp(8069, '8195', '127.0.0.1'), tcp(8071), tcp(8072)],
      db: [tcp(5432, undefined, '127.0.0.1')],
    },
    {
      what: 'long syntax, the host port from .env',
      files: {
        '.env': 'ODOO_PORT=9069\n',
        'c.yml': `services:
  odoo:
    ${IMAGE}
    ports:
      - target: 8069
        published: \${ODOO_PORT}
        host_ip: 0.0.0.0
  db: {${IMAGE}}
`,
      },
      odoo: [tcp(8069, '8195', '0.0.0.0')],
      db: [],
    },
    {
      what: 'several files: the second adds a fixed 8072 and a container_name',
      files: {
        'a.yml': `services:
  odoo: {${IMAGE}, ports: ['\${RTR_HOST_PORT:?}:8069']}
  db: {${IMAGE}}
`,
        'b.yml': `services:
  odoo: {container_name: odoo_local, ports: ['8072:8072']}
`,
      },
      odoo: [tcp(8069, '8195'), tcp(8072)],
      db: [],
    },
    {
      what: 'a conforming file: nothing changes but the labels',
      files: {
        'c.yml': `services:
  odoo: {${IMAGE}, ports: ['\${RTR_HOST_PORT:?}:8069']}
  db: {${IMAGE}, ports: ['5432']}
`,
      },
      odoo: [tcp(8069, '8195')],
      db: [tcp(5432)],
    },
  ])('$what', async ({ files, odoo, db }) => {
    const { model, portTarget } = await isolated(files)
    expect(portTarget).toBe(8069)
    expect(portsOf(model, 'odoo')).toEqual(odoo)
    expect(portsOf(model, 'db')).toEqual(db)
    for (const s of ['odoo', 'db']) expect(model.services[s]?.container_name).toBeUndefined()
    expect(model.services.odoo?.labels?.[LABEL.port]).toBe('8069')
    expect(model.services.db?.labels?.[LABEL.port]).toBeUndefined()
    expect(model.services.db?.labels?.[LABEL.tool]).toBe('resilient-test-runner')
  })

  it('says what it changed, once each', async () => {
    const { notes } = await isolated({
      'c.yml': `services:
  odoo: {${IMAGE}, container_name: odoo_hub, ports: ['\${PORT:-8090}:8069']}
  db: {${IMAGE}, container_name: db_hub, ports: ['5432:5432']}
`,
    })
    // Compose prints the services sorted: db first.
    expect(notes).toEqual([
      expect.stringMatching(
        /^Service db: fixed host port 5432:5432 published on ephemeral host ports/,
      ),
      expect.stringMatching(
        /^Service odoo: container port 8069 is published on the run's host port instead of 8090/,
      ),
      expect.stringMatching(/^container_name removed from db \(db_hub\), odoo \(odoo_hub\)/),
    ])
  })

  it('a service without a port the run can report: no port target', async () => {
    const { model, portTarget, notes } = await isolated({
      'c.yml': `services:
  odoo: {${IMAGE}, ports: ['80:80', '443:443']}
`,
    })
    expect(portTarget).toBeNull()
    expect(portsOf(model, 'odoo')).toEqual([tcp(80), tcp(443)])
    expect(model.services.odoo?.labels?.[LABEL.port]).toBeUndefined()
    expect(notes[0]).toMatch(/ports 80 and 443, and neither .* reports no host port/)
  })
})
