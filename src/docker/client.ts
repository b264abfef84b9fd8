// Docker behind a small interface: what the engine needs and nothing more.
// Compose does the orchestration; this is for the questions compose answers
// slowly or not at all (ping, labels, health, events, forced removal).
export interface ContainerInfo {
  id: string
  name: string
  service: string | undefined
  /** Docker's state: created, running, exited, dead, ... */
  state: string
  /** healthy | unhealthy | starting, or undefined without a healthcheck. */
  health: string | undefined
  exitCode: number
  publishedPorts: number[]
  /** Which container port each published host port is for (absent: not asked). */
  bindings?: PortBinding[]
  /** Output of the last healthcheck probe, when inspected. */
  healthOutput?: string
}

/** A container port published on the host, as Docker reports it. */
export interface PortBinding {
  containerPort: number
  protocol: string
  hostIp: string
  hostPort: number
}

export interface ProjectResources {
  containers: ContainerInfo[]
  networks: string[]
  volumes: string[]
}

export interface DockerEvent {
  /** Action as the daemon sends it: start, die, health_status: healthy, ... */
  action: string
  containerId: string
}

export interface EventSubscription {
  /** Calls `onEvent` for each event until `close`. */
  readonly ready: Promise<void>
  close(): void
}

/** A container of any compose project, with what identifies its project. */
export interface ComposeContainer extends ContainerInfo {
  project: string
  /** Compose files the project was started from (absolute paths, from its labels). */
  configFiles: string[]
  /** The project directory compose recorded; undefined on very old compose versions. */
  workingDir: string | undefined
  createdAt: Date
  /** Every label of the container (ours included: see engine/ownership.ts). */
  labels: Record<string, string>
}

/** A volume of any compose project. */
export interface ComposeVolume {
  name: string
  project: string
  /** Undefined when the engine does not say. */
  createdAt: Date | undefined
  labels: Record<string, string>
}

/** A process to start in a running container, like `docker exec` without -i/-t. */
export interface ExecRequest {
  cmd: string[]
  /** KEY=VALUE entries added to the container's environment. */
  env?: string[]
  user?: string
}

/** A started exec: its output, then its exit code. */
export interface ExecSession {
  /** Both streams, demultiplexed, in arrival order; ends when the process does. */
  output: AsyncIterable<Buffer>
  /** Once the output ended: the exit code, or null when the engine cannot say. */
  exitCode(): Promise<number | null>
  /** Stops reading. The process itself goes on in the container (engine/in-container.ts). */
  close(): void
}

/** A one-off process in a new container of an image: `docker run --rm --network none`. */
export interface ImageRun {
  /** The container's name (Docker picks one when absent). */
  name?: string
  entrypoint: string[]
  cmd: string[]
  labels: Record<string, string>
  timeoutMs: number
}

export interface ImageRunResult {
  exitCode: number | null
  stdout: string
  /** The end of stderr, for messages. */
  stderr: string
}

export interface DockerClient {
  /** Resolves when the engine answers; rejects with its error otherwise. */
  ping(): Promise<void>
  /** The engine's API version (`1.45`): which features compose may use. */
  apiVersion(): Promise<string>
  /** Everything labelled com.docker.compose.project=<project>, in every state. */
  listProject(project: string): Promise<ProjectResources>
  /**
   * Our one-off containers made for the project outside it (run-image.ts),
   * in every state: gone by themselves when their process ends, but one
   * created and never started (the run killed in between) stays.
   */
  projectHelpers(project: string): Promise<ContainerInfo[]>
  inspectContainer(id: string): Promise<ContainerInfo>
  /** The last `lines` lines of a container's output, both streams. */
  containerLogs(id: string, lines: number): Promise<string>
  /** Container events of one project, from now on. */
  subscribe(
    project: string,
    onEvent: (e: DockerEvent) => void,
    onError: (e: Error) => void,
  ): EventSubscription
  /** Host ports published by any container on this engine (ours or not). */
  publishedPorts(): Promise<number[]>
  /** Names of containers (any state) whose name contains `fragment`: `docker ps -a | grep`. */
  containersNamed(fragment: string): Promise<string[]>
  /** Starts `req` in a running container (the test command: see engine/api-exec.ts). */
  exec(containerId: string, req: ExecRequest): Promise<ExecSession>
  /** Runs `req` in a new container of `image`, removed when it ends (docker/run-image.ts). */
  runImage(image: string, req: ImageRun): Promise<ImageRunResult>
  /** The ID of a local image, or undefined when the engine does not have it (no pull). */
  imageId(ref: string): Promise<string | undefined>
  /** `docker stop -t <timeoutS>`: the stop signal, then SIGKILL after timeoutS. */
  stopContainer(idOrName: string, timeoutS: number): Promise<void>
  removeContainer(id: string): Promise<void>
  removeNetwork(name: string): Promise<void>
  removeVolume(name: string): Promise<void>
  /** Every container carrying compose's project label, in every state: Docker as the registry. */
  listComposeContainers(): Promise<ComposeContainer[]>
  /** Every volume carrying compose's project label (kept by a `down` without -v). */
  listComposeVolumes(): Promise<ComposeVolume[]>
}
