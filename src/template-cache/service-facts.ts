// What only the running service can say: its image's ID and the core addons'
// manifests inside it (with Odoo's version), asked through compose.
import type { ComposeTarget } from '../compose/compose.js'
import { composeArgs, composeEnv } from '../compose/compose.js'
import { composeCommand } from '../compose/command.js'
import { runProcess } from '../compose/process.js'
import { execCapture } from './container-io.js'
import { CORE_ADDONS_DIR, IMAGE_ADDONS_DIRS, type CoreAddons } from './sources.js'

// Reads every core manifest and Odoo's version in one exec; python3 is in
// every Odoo image. The version comes from release.py's text (importing odoo
// would cost a second).
const READ_CORE = `
import glob, json, os, re, sys
out = {}
for d in sys.argv[1:]:
    for p in glob.glob(os.path.join(d, '*', '__manifest__.py')):
        try:
            out[p] = open(p, encoding='utf-8').read()
        except OSError:
            pass
v = ''
try:
    m = re.search(r'version_info\\s*=\\s*\\((\\d+)\\s*,\\s*(\\d+)', open(os.path.join(os.path.dirname(sys.argv[1]), 'release.py')).read())
    v = m and '%s.%s' % m.groups() or ''
except OSError:
    pass
print(json.dumps({'version': v, 'manifests': out}))
`

export async function readCoreAddons(target: ComposeTarget, service: string): Promise<CoreAddons> {
  const res = await execCapture(
    target,
    service,
    ['python3', '-c', READ_CORE, CORE_ADDONS_DIR, ...IMAGE_ADDONS_DIRS],
    60_000,
  )
  if (res.exitCode !== 0)
    throw new Error(
      `could not read the core addons in ${service} (exit ${res.exitCode}): ${res.stderr.trim().slice(-500)}`,
    )
  const doc = JSON.parse(res.stdout.slice(res.stdout.indexOf('{'))) as {
    version: string
    manifests: Record<string, string>
  }
  return { odooVersion: doc.version, manifests: doc.manifests }
}

/** The service's image ID, as `compose images` reports it. */
export async function serviceImageId(target: ComposeTarget, service: string): Promise<string> {
  const { file, prefix } = composeCommand()
  let text = ''
  const res = await runProcess(
    file,
    [...prefix, ...composeArgs(target), 'images', '--format', 'json', service],
    {
      cwd: target.workingDirectory,
      env: composeEnv(target),
      timeoutMs: 60_000,
      onOutput: (c) => void (text += c.toString('utf8')),
    },
  )
  const list =
    res.exitCode === 0 ? (JSON.parse(text.slice(text.indexOf('['))) as Array<{ ID?: string }>) : []
  const id = list[0]?.ID
  if (!id)
    throw new Error(`could not tell the image ID of ${service}: ${res.tail.trim().slice(-300)}`)
  return id
}
