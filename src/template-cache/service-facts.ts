// What only the service's image can say: its ID and the core addons'
// manifests inside it (with Odoo's version). Asked of the image itself before
// `up` when compose will run that very image (a one-off container, while the
// database starts: the template can then go in as soon as Postgres answers),
// else of the running service through compose once it is up.
import type { ComposeTarget } from '../compose/compose.js'
import type { ComposeModel } from '../compose/config.js'
import type { DockerClient } from '../docker/client.js'
import { LABEL, TOOL } from '../engine/ownership.js'
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

export interface ServiceFacts {
  imageId: string
  core: CoreAddons
}

const READ_ARGS = ['-c', READ_CORE, CORE_ADDONS_DIR, ...IMAGE_ADDONS_DIRS]

/**
 * Before `up`: the facts of the image compose will start for the service, or
 * undefined when that is not known yet (an image to build or to pull first,
 * a pull policy that may replace it). The caller checks after `up` that the
 * container runs this very image.
 */
export async function imageFacts(
  docker: DockerClient,
  model: ComposeModel,
  service: string,
  labels: Record<string, string>,
  name?: string,
): Promise<ServiceFacts | undefined> {
  const svc = model.services[service]
  if (!svc?.image || svc.build || /^(always|build)$/.test(svc.pull_policy ?? '')) return undefined
  const imageId = await docker.imageId(svc.image)
  if (!imageId) return undefined
  const res = await docker.runImage(svc.image, {
    name,
    entrypoint: ['python3'],
    cmd: READ_ARGS,
    labels,
    timeoutMs: 60_000,
  })
  return { imageId, core: parseCore(service, res) }
}

/** imageFacts for a run's project, labelled as ours; undefined on any failure (asked again after `up`). */
export function factsBeforeUp(
  docker: DockerClient,
  model: ComposeModel,
  service: string,
  target: ComposeTarget,
): Promise<ServiceFacts | undefined> {
  const labels = {
    [LABEL.tool]: TOOL,
    [LABEL.id]: target.project,
    [LABEL.helper]: 'template-cache: core addons',
  }
  // Named after the project too: `docker ps -a | grep <project>` shows it.
  return imageFacts(docker, model, service, labels, `${target.project}-template-facts`).catch(
    () => undefined,
  )
}

/** Facts read before `up` hold only if the container runs that very image (a pull may replace it). */
export async function checkSameImage(
  target: ComposeTarget,
  service: string,
  early: ServiceFacts | undefined,
): Promise<void> {
  if (!early) return
  const running = await serviceImageId(target, service)
  if (running !== early.imageId)
    throw new Error(
      `the ${service} service runs image ${running}, not ${early.imageId} whose addons made the key`,
    )
}

/** After `up`: the same facts, asked of the running service. */
export async function runningFacts(target: ComposeTarget, service: string): Promise<ServiceFacts> {
  const [imageId, core] = await Promise.all([
    serviceImageId(target, service),
    readCoreAddons(target, service),
  ])
  return { imageId, core }
}

export async function readCoreAddons(target: ComposeTarget, service: string): Promise<CoreAddons> {
  const res = await execCapture(target, service, ['python3', ...READ_ARGS], 60_000)
  return parseCore(service, res)
}

function parseCore(
  service: string,
  res: { exitCode: number | null; stdout: string; stderr: string },
): CoreAddons {
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
