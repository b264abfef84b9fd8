// A DockerClient whose implementation (dockerode: 30 - 50 ms of module
// evaluation since its BuildKit dependencies are no longer bundled) is loaded
// on first use, not when the process starts. Main's first Docker call (the
// engine ping) then overlaps with `docker compose config`, a child process on
// the other core; post's with `docker compose down`; and a front end that
// never calls Docker (usage errors, --help) never loads it.
import type { DockerClient, EventSubscription } from './client.js'

export function lazyDockerClient(load: () => Promise<DockerClient>): DockerClient {
  let loading: Promise<DockerClient> | undefined
  const client = () => (loading ??= load())
  // Every method but subscribe returns a promise: forward it once loaded.
  const call = <K extends Exclude<keyof DockerClient, 'subscribe'>>(name: K): DockerClient[K] =>
    (async (...args: unknown[]) =>
      ((await client())[name] as (...a: unknown[]) => unknown)(...args)) as DockerClient[K]
  return {
    ping: call('ping'),
    apiVersion: call('apiVersion'),
    listProject: call('listProject'),
    projectHelpers: call('projectHelpers'),
    inspectContainer: call('inspectContainer'),
    containerLogs: call('containerLogs'),
    publishedPorts: call('publishedPorts'),
    containersNamed: call('containersNamed'),
    exec: call('exec'),
    runImage: call('runImage'),
    imageId: call('imageId'),
    stopContainer: call('stopContainer'),
    removeContainer: call('removeContainer'),
    removeNetwork: call('removeNetwork'),
    removeVolume: call('removeVolume'),
    listComposeContainers: call('listComposeContainers'),
    listComposeVolumes: call('listComposeVolumes'),
    subscribe(project, onEvent, onError): EventSubscription {
      let inner: EventSubscription | undefined
      let closed = false
      const ready = client().then((c) => {
        if (closed) return
        inner = c.subscribe(project, onEvent, onError)
        return inner.ready
      })
      return {
        ready,
        close() {
          closed = true
          inner?.close()
        },
      }
    },
  }
}
