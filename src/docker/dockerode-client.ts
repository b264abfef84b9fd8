// DockerClient on dockerode, built for the engine the docker CLI and compose
// use: DOCKER_HOST, or the current docker context (endpoint.ts).
import Docker from 'dockerode'
import {
  COMPOSE_PROJECT_LABEL,
  COMPOSE_SERVICE_LABEL,
  HELPER_LABEL,
  RTR_ID_LABEL,
} from '../constants.js'
import { EnvironmentError } from '../errors.js'
import { hostEndpoint, withEndpointEnv } from './endpoint.js'
import { loadSsh2, needsSsh2 } from '../vendor/ssh2.js'
import type {
  ComposeContainer,
  ComposeVolume,
  ContainerInfo,
  DockerClient,
  DockerEvent,
  EventSubscription,
  PortBinding,
} from './client.js'
import { startExec } from './exec.js'
import { localImageId, runImage } from './run-image.js'
import { demuxLogs } from './logs.js'

const endpoint = hostEndpoint()
// The bundles load ssh2 on demand (src/vendor/ssh2.ts); docker-modem uses it
// synchronously on each request to an ssh:// engine, so it is loaded with
// this module, before any client exists. Outside the bundles it is the real
// package: the load is then a no-op import.
if (needsSsh2(endpoint.env.DOCKER_HOST)) await loadSsh2()

/** dockerode for this process's engine; throws when the current context does not exist. */
function endpointDocker(): Docker {
  if (endpoint.problem) throw new EnvironmentError(endpoint.problem)
  return withEndpointEnv(endpoint, () => new Docker())
}

const byProject = (project: string) => ({ label: [`${COMPOSE_PROJECT_LABEL}=${project}`] })
/** Any compose project: the label exists, whatever its value. */
const anyProject = JSON.stringify({ label: [COMPOSE_PROJECT_LABEL] })
// Compose records where a project came from on each container; `test` and
// `down` of a long-lived environment read them instead of a state file.
const CONFIG_FILES_LABEL = 'com.docker.compose.project.config_files'
const WORKING_DIR_LABEL = 'com.docker.compose.project.working_dir'

function fromComposeList(c: Docker.ContainerInfo): ComposeContainer {
  const files = c.Labels[CONFIG_FILES_LABEL] ?? ''
  return {
    ...fromList(c),
    project: c.Labels[COMPOSE_PROJECT_LABEL] ?? '',
    configFiles: files.split(',').filter((f) => f !== ''),
    workingDir: c.Labels[WORKING_DIR_LABEL] || undefined,
    createdAt: new Date(c.Created * 1000),
    labels: c.Labels,
  }
}

function fromVolume(v: Docker.VolumeInspectInfo & { CreatedAt?: string }): ComposeVolume {
  const created = v.CreatedAt ? new Date(v.CreatedAt) : undefined
  return {
    name: v.Name,
    project: v.Labels?.[COMPOSE_PROJECT_LABEL] ?? '',
    createdAt: created && !Number.isNaN(created.getTime()) ? created : undefined,
    labels: { ...(v.Labels ?? {}) },
  }
}

function fromList(c: Docker.ContainerInfo): ContainerInfo {
  const health = /\((healthy|unhealthy|health: starting)\)/.exec(c.Status)?.[1]
  return {
    id: c.Id,
    name: (c.Names[0] ?? c.Id).replace(/^\//, ''),
    service: c.Labels[COMPOSE_SERVICE_LABEL],
    state: c.State,
    health: health === 'health: starting' ? 'starting' : health,
    exitCode: Number(/Exited \((-?\d+)\)/.exec(c.Status)?.[1] ?? 0),
    publishedPorts: c.Ports.map((p) => p.PublicPort).filter((p): p is number => Boolean(p)),
    bindings: c.Ports.filter((p) => p.PublicPort > 0).map((p) => ({
      containerPort: p.PrivatePort,
      protocol: p.Type,
      hostIp: p.IP ?? '',
      hostPort: p.PublicPort,
    })),
  }
}

/** `{"8069/tcp": [{HostIp, HostPort}]}` (inspect's NetworkSettings.Ports) as bindings. */
function inspectBindings(
  ports: Docker.ContainerInspectInfo['NetworkSettings']['Ports'],
): PortBinding[] {
  return Object.entries(ports ?? {}).flatMap(([key, hosts]) => {
    const [port = '', protocol = 'tcp'] = key.split('/')
    return (hosts ?? [])
      .map((h) => ({
        containerPort: Number(port),
        protocol,
        hostIp: h.HostIp ?? '',
        hostPort: Number(h.HostPort),
      }))
      .filter((b) => b.hostPort > 0)
  })
}

function fromInspect(c: Docker.ContainerInspectInfo): ContainerInfo {
  const bindings = inspectBindings(c.NetworkSettings.Ports)
  const ports = bindings.map((b) => b.hostPort)
  return {
    id: c.Id,
    name: c.Name.replace(/^\//, ''),
    service: c.Config.Labels?.[COMPOSE_SERVICE_LABEL],
    state: c.State.Status,
    health: c.State.Health?.Status,
    exitCode: c.State.ExitCode,
    publishedPorts: [...new Set(ports)],
    bindings,
    healthOutput: c.State.Health?.Log?.at(-1)?.Output?.trim(),
  }
}

export function createDockerClient(docker: Docker = endpointDocker()): DockerClient {
  return {
    async ping() {
      await docker.ping()
    },
    async apiVersion() {
      return (await docker.version()).ApiVersion
    },
    async listProject(project) {
      const filters = JSON.stringify(byProject(project))
      const [containers, networks, volumes] = await Promise.all([
        docker.listContainers({ all: true, filters }),
        docker.listNetworks({ filters }),
        docker.listVolumes({ filters }),
      ])
      return {
        containers: containers.map(fromList),
        networks: networks.map((n) => n.Name),
        volumes: (volumes.Volumes ?? []).map((v) => v.Name),
      }
    },
    async projectHelpers(project) {
      const filters = JSON.stringify({
        label: [HELPER_LABEL, `${RTR_ID_LABEL}=${project}`],
      })
      return (await docker.listContainers({ all: true, filters })).map(fromList)
    },
    async inspectContainer(id) {
      return fromInspect(await docker.getContainer(id).inspect())
    },
    async containerLogs(id, lines) {
      const buf = await docker
        .getContainer(id)
        .logs({ stdout: true, stderr: true, tail: lines, follow: false })
      return demuxLogs(buf)
    },
    subscribe(project, onEvent, onError): EventSubscription {
      let stream: NodeJS.ReadableStream | undefined
      let closed = false
      const filters = { ...byProject(project), type: ['container' as const] }
      const ready = docker.getEvents({ filters }).then((s) => {
        stream = s
        if (closed) return destroy(s)
        let pending = ''
        s.on('data', (chunk: Buffer) => {
          pending += chunk.toString('utf8')
          const lines = pending.split('\n')
          pending = lines.pop() ?? ''
          for (const line of lines) if (line.trim()) onEvent(toEvent(line))
        })
        s.on('error', (e: Error) => closed || onError(e))
      })
      return {
        ready,
        close() {
          closed = true
          if (stream) destroy(stream)
        },
      }
    },
    async publishedPorts() {
      const all = await docker.listContainers({ all: false })
      return all.flatMap((c) =>
        c.Ports.map((p) => p.PublicPort).filter((p): p is number => Boolean(p)),
      )
    },
    async containersNamed(fragment) {
      const all = await docker.listContainers({ all: true })
      return all
        .flatMap((c) => c.Names.map((n) => n.replace(/^\//, '')))
        .filter((n) => n.includes(fragment))
    },
    exec: (id, req) => startExec(docker, id, req),
    runImage: (image, req) => runImage(docker, image, req),
    imageId: (ref) => localImageId(docker, ref),
    async stopContainer(idOrName, timeoutS) {
      await docker.getContainer(idOrName).stop({ t: timeoutS })
    },
    async removeContainer(id) {
      await docker.getContainer(id).remove({ force: true, v: true })
    },
    async removeNetwork(name) {
      await docker.getNetwork(name).remove()
    },
    async removeVolume(name) {
      await docker.getVolume(name).remove({ force: true })
    },
    async listComposeContainers() {
      const all = await docker.listContainers({ all: true, filters: anyProject })
      return all.map(fromComposeList)
    },
    async listComposeVolumes() {
      const res = await docker.listVolumes({ filters: anyProject })
      return (res.Volumes ?? []).map(fromVolume)
    },
  }
}

function toEvent(line: string): DockerEvent {
  const e = JSON.parse(line) as {
    Action?: string
    status?: string
    id?: string
    Actor?: { ID?: string }
  }
  return { action: e.Action ?? e.status ?? '', containerId: e.Actor?.ID ?? e.id ?? '' }
}

function destroy(s: NodeJS.ReadableStream): void {
  ;(s as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.()
}
