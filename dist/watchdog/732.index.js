export const id = 732;
export const ids = [732];
export const modules = {

/***/ 5732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tearDownRun: () => (/* binding */ tearDownRun)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/constants.ts
// Every name the outside world sees, in one place: action inputs and outputs,
// state keys shared by main and post, the variable compose interpolates the
// host port from, and the labels that say what belongs to a run.
const Input = {
    Module: 'module',
    ProjectPrefix: 'project-prefix',
    ComposeFile: 'compose-file',
    WorkingDirectory: 'working-directory',
    Service: 'service',
    PortRange: 'port-range',
    PortWaitTimeout: 'port-wait-timeout',
    ReapAfter: 'reap-after',
    HealthTimeout: 'health-timeout',
    HealthStartInterval: 'health-start-interval',
    TestTimeout: 'test-timeout',
    TestCommand: 'test-command',
    LogFile: 'log-file',
    DownTimeout: 'down-timeout',
    LogIgnore: 'log-ignore',
    StrictLog: 'strict-log',
    LintCommand: 'lint-command',
    LintIn: 'lint-in',
    Coverage: 'coverage',
    CoverageThreshold: 'coverage-threshold',
    JunitPath: 'junit-path',
    GithubToken: 'github-token',
    IssueNumber: 'issue-number',
    Comment: 'comment',
    CommentMode: 'comment-mode',
    WorkOrderPattern: 'work-order-pattern',
    CheckRun: 'check-run',
    CommentAuthor: 'comment-author',
};
/** The inputs of the GitHub proof (comment, check run), read by src/action/github.ts. */
const GITHUB_INPUTS = [
    Input.GithubToken,
    Input.IssueNumber,
    Input.Comment,
    Input.CommentMode,
    Input.WorkOrderPattern,
    Input.CheckRun,
    Input.CommentAuthor,
];
const Output = {
    ProjectName: 'project-name',
    Port: 'port',
    Result: 'result',
    LogFile: 'log-file',
    ExitCode: 'exit-code',
    ReportFile: 'report-file',
    TestsTotal: 'tests-total',
    TestsPassed: 'tests-passed',
    TestsFailed: 'tests-failed',
    TestsErrors: 'tests-errors',
    TestsSkipped: 'tests-skipped',
    GateStatus: 'gate-status',
    Coverage: 'coverage',
    CommentUrl: 'comment-url',
    CheckRunUrl: 'check-run-url',
};
const State = {
    /** JSON of RunState (src/engine/run-state.ts); written before anything is created. */
    Run: 'run',
    /** PublishState (src/github/state.ts): the comments and check run post completes. */
    Github: 'github',
};
/** Compose interpolates the allocated host port from this variable. */
const PORT_ENV = 'RTR_HOST_PORT';
/** The project name is exported too, for compose files that want it. */
const PROJECT_ENV = 'RTR_PROJECT';
/** Compose's own label: the source of truth for what belongs to a project. */
const COMPOSE_PROJECT_LABEL = 'com.docker.compose.project';
const COMPOSE_SERVICE_LABEL = 'com.docker.compose.service';
const DEFAULTS = {
    composeFile: 'docker-compose.agent.yml',
    service: 'odoo',
    portRange: '8090-8100',
    healthTimeoutS: 300,
    healthStartInterval: '250ms',
    portWaitTimeoutS: 300,
    reapAfterS: 6 * 3600,
    testTimeoutS: 3600,
    logFile: 'proof_of_execution_tests.log',
    downTimeoutS: 2,
    prefixSuffix: '-agent-test',
};

;// CONCATENATED MODULE: ./src/errors.ts
// Error kinds the front ends map to exit codes and messages. Every message is
// written for the person who has to act on it: what is wrong and what to do.
/** A bad input or flag: nothing was started. */
class InputError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'InputError';
}
/** Docker or compose missing, unreachable or misbehaving. */
class errors_EnvironmentError extends Error {
    name = 'EnvironmentError';
}
/** The project did not become healthy (unhealthy, exited, timed out). */
class HealthError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'HealthError';
}
/** The run was cancelled by a signal. */
class CancelledError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'CancelledError';
}
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/compose/process.ts
// Runs a child process with argv (never a shell), streaming its output to a
// sink with backpressure, so a test command printing hundreds of MB keeps
// memory bounded. An AbortSignal or a timeout stops it: SIGTERM, then SIGKILL.

function runProcess(command, args, opts = {}) {
    const keep = opts.keepTail ?? 16_384;
    return new Promise((resolve, reject) => {
        if (opts.signal?.aborted) {
            resolve({ exitCode: null, signal: null, timedOut: false, aborted: true, tail: '' });
            return;
        }
        const child = (0,external_node_child_process_.spawn)(command, args, {
            cwd: opts.cwd,
            env: opts.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: opts.detached,
        });
        let tail = '';
        let timedOut = false;
        let aborted = false;
        let killTimer;
        const stop = () => {
            if (child.exitCode !== null || child.signalCode !== null)
                return;
            child.kill('SIGTERM');
            killTimer = setTimeout(() => child.kill('SIGKILL'), opts.killGraceMs ?? 3000);
            killTimer.unref();
        };
        const onAbort = () => {
            aborted = true;
            stop();
        };
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        const timer = opts.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                stop();
            }, opts.timeoutMs)
            : undefined;
        const onData = (stream) => (chunk) => {
            tail = (tail + chunk.toString('utf8')).slice(-keep);
            const pending = opts.onOutput?.(chunk);
            if (pending) {
                // Backpressure: stop reading until the sink has taken the chunk.
                stream.pause();
                pending.then(() => stream.resume(), reject);
            }
        };
        child.stdout.on('data', onData(child.stdout));
        child.stderr.on('data', onData(child.stderr));
        child.on('error', (err) => {
            clearTimeout(timer);
            reject(err);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            opts.signal?.removeEventListener('abort', onAbort);
            resolve({ exitCode: code, signal, timedOut, aborted, tail });
        });
    });
}

;// CONCATENATED MODULE: ./src/compose/compose.ts
// The `docker compose` calls the engine makes. Compose does the orchestration
// (create, start in dependency order, stop, remove); we only pick the project,
// the files and the environment, and read the outcome.



/** The argv before the subcommand: `compose -p <project> -f a.yml -f b.yml`. */
function composeArgs(target) {
    return ['compose', '-p', target.project, ...target.files.flatMap((f) => ['-f', f])];
}
/**
 * Environment for compose: the caller's, plus the port and project. A project
 * without an allocated port still gets a placeholder, so that `down` works
 * for a compose file that requires the variable (`${RTR_HOST_PORT:?}`).
 */
function composeEnv(target, base = process.env) {
    return { ...base, [PORT_ENV]: String(target.port ?? 0), [PROJECT_ENV]: target.project };
}
const runCompose = (target, args, opts = {}) => runProcess('docker', [...composeArgs(target), ...args], {
    ...opts,
    cwd: target.workingDirectory,
    env: composeEnv(target, opts.env),
});
/** Compose v2 is required: v1 (`docker-compose`) has other semantics and labels. */
async function checkComposeV2() {
    let result;
    try {
        result = await runProcess('docker', ['compose', 'version', '--short'], { timeoutMs: 30_000 });
    }
    catch (err) {
        throw new errors_EnvironmentError(`The docker CLI was not found (${err.message}). Install Docker Engine with the Compose v2 plugin (on Debian: scripts/install-docker.sh).`);
    }
    const version = result.tail.trim().replace(/^v/, '');
    if (result.exitCode !== 0 || !/^2\./.test(version)) {
        throw new errors_EnvironmentError(`Docker Compose v2 is required ('docker compose version' said: ${JSON.stringify(result.tail.trim().slice(0, 200))}). Install the Compose v2 plugin (docker-compose-plugin, or Debian's docker-compose >= 2).`);
    }
    return version;
}
/** Compose's messages when a host port is taken between our check and its bind. */
function isPortConflict(output) {
    return /port is already allocated|address already in use|ports are not available/i.test(output);
}

// EXTERNAL MODULE: ./node_modules/dockerode/lib/docker.js
var lib_docker = __webpack_require__(9040);
var docker_default = /*#__PURE__*/__webpack_require__.n(lib_docker);
;// CONCATENATED MODULE: ./src/docker/frames.ts
// Docker multiplexes stdout and stderr of a process without a TTY (container
// logs, exec output) into frames: [stream, 0, 0, 0, size (4 bytes BE)] +
// payload. A network read may end anywhere inside a frame, so the decoder
// keeps the unfinished part for the next chunk and never holds more than one
// frame: output is passed on as it arrives, with bounded memory.
const HEADER = 8;
class FrameDecoder {
    pending = Buffer.alloc(0);
    /** Payloads of the frames this chunk completes, in order (both streams). */
    push(chunk) {
        let buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
        const out = [];
        while (buf.length >= HEADER) {
            const size = buf.readUInt32BE(4);
            if (buf.length < HEADER + size)
                break;
            if (size > 0)
                out.push(buf.subarray(HEADER, HEADER + size));
            buf = buf.subarray(HEADER + size);
        }
        this.pending = buf;
        return out;
    }
    /** Bytes of an unfinished frame left when the stream ended (normally none). */
    get leftover() {
        return this.pending.length;
    }
}

;// CONCATENATED MODULE: ./src/docker/exec.ts

async function startExec(docker, containerId, req) {
    const exec = await docker.getContainer(containerId).exec({
        Cmd: req.cmd,
        Env: req.env,
        User: req.user,
        AttachStdin: false,
        AttachStdout: true,
        AttachStderr: true,
        Tty: false, // no TTY: no colours, and the two streams stay framed
    });
    const stream = (await exec.start({ Detach: false, Tty: false }));
    async function* output() {
        const decoder = new FrameDecoder();
        for await (const chunk of stream)
            yield* decoder.push(chunk);
    }
    return {
        output: output(),
        async exitCode() {
            // The stream can end a moment before the daemon records the exit.
            for (let i = 0; i < 100; i++) {
                const info = await exec.inspect();
                if (!info.Running)
                    return info.ExitCode ?? null;
                await new Promise((r) => setTimeout(r, 20));
            }
            return null;
        },
        close: () => stream.destroy(),
    };
}

;// CONCATENATED MODULE: ./src/docker/logs.ts
// Docker multiplexes stdout and stderr of a container without a TTY into
// frames: [stream, 0, 0, 0, size (4 bytes BE)] + payload. Containers with a
// TTY send raw bytes. Decode both into text.
function demuxLogs(buf) {
    if (typeof buf === 'string')
        return buf;
    const parts = [];
    let offset = 0;
    while (offset + 8 <= buf.length) {
        const kind = buf[offset];
        const size = buf.readUInt32BE(offset + 4);
        if ((kind !== 0 && kind !== 1 && kind !== 2) ||
            buf[offset + 1] !== 0 ||
            offset + 8 + size > buf.length) {
            return buf.toString('utf8'); // not multiplexed: a TTY container
        }
        parts.push(buf.subarray(offset + 8, offset + 8 + size));
        offset += 8 + size;
    }
    return Buffer.concat(parts).toString('utf8');
}

;// CONCATENATED MODULE: ./src/docker/dockerode-client.ts
// DockerClient on dockerode. dockerode's modem reads DOCKER_HOST (and the TLS
// variables) like the docker CLI, so both talk to the same engine.




const byProject = (project) => ({ label: [`${COMPOSE_PROJECT_LABEL}=${project}`] });
/** Any compose project: the label exists, whatever its value. */
const anyProject = JSON.stringify({ label: [COMPOSE_PROJECT_LABEL] });
// Compose records where a project came from on each container; `test` and
// `down` of a long-lived environment read them instead of a state file.
const CONFIG_FILES_LABEL = 'com.docker.compose.project.config_files';
const WORKING_DIR_LABEL = 'com.docker.compose.project.working_dir';
function fromComposeList(c) {
    const files = c.Labels[CONFIG_FILES_LABEL] ?? '';
    return {
        ...fromList(c),
        project: c.Labels[COMPOSE_PROJECT_LABEL] ?? '',
        configFiles: files.split(',').filter((f) => f !== ''),
        workingDir: c.Labels[WORKING_DIR_LABEL] || undefined,
        createdAt: new Date(c.Created * 1000),
        labels: c.Labels,
    };
}
function fromVolume(v) {
    const created = v.CreatedAt ? new Date(v.CreatedAt) : undefined;
    return {
        name: v.Name,
        project: v.Labels?.[COMPOSE_PROJECT_LABEL] ?? '',
        createdAt: created && !Number.isNaN(created.getTime()) ? created : undefined,
        labels: { ...(v.Labels ?? {}) },
    };
}
function fromList(c) {
    const health = /\((healthy|unhealthy|health: starting)\)/.exec(c.Status)?.[1];
    return {
        id: c.Id,
        name: (c.Names[0] ?? c.Id).replace(/^\//, ''),
        service: c.Labels[COMPOSE_SERVICE_LABEL],
        state: c.State,
        health: health === 'health: starting' ? 'starting' : health,
        exitCode: Number(/Exited \((-?\d+)\)/.exec(c.Status)?.[1] ?? 0),
        publishedPorts: c.Ports.map((p) => p.PublicPort).filter((p) => Boolean(p)),
    };
}
function fromInspect(c) {
    const ports = Object.values(c.NetworkSettings.Ports ?? {})
        .flat()
        .map((b) => Number(b?.HostPort))
        .filter((p) => p > 0);
    return {
        id: c.Id,
        name: c.Name.replace(/^\//, ''),
        service: c.Config.Labels?.[COMPOSE_SERVICE_LABEL],
        state: c.State.Status,
        health: c.State.Health?.Status,
        exitCode: c.State.ExitCode,
        publishedPorts: [...new Set(ports)],
        healthOutput: c.State.Health?.Log?.at(-1)?.Output?.trim(),
    };
}
function createDockerClient(docker = new (docker_default())()) {
    return {
        async ping() {
            await docker.ping();
        },
        async apiVersion() {
            return (await docker.version()).ApiVersion;
        },
        async listProject(project) {
            const filters = JSON.stringify(byProject(project));
            const [containers, networks, volumes] = await Promise.all([
                docker.listContainers({ all: true, filters }),
                docker.listNetworks({ filters }),
                docker.listVolumes({ filters }),
            ]);
            return {
                containers: containers.map(fromList),
                networks: networks.map((n) => n.Name),
                volumes: (volumes.Volumes ?? []).map((v) => v.Name),
            };
        },
        async inspectContainer(id) {
            return fromInspect(await docker.getContainer(id).inspect());
        },
        async containerLogs(id, lines) {
            const buf = await docker
                .getContainer(id)
                .logs({ stdout: true, stderr: true, tail: lines, follow: false });
            return demuxLogs(buf);
        },
        subscribe(project, onEvent, onError) {
            let stream;
            let closed = false;
            const filters = { ...byProject(project), type: ['container'] };
            const ready = docker.getEvents({ filters }).then((s) => {
                stream = s;
                if (closed)
                    return destroy(s);
                let pending = '';
                s.on('data', (chunk) => {
                    pending += chunk.toString('utf8');
                    const lines = pending.split('\n');
                    pending = lines.pop() ?? '';
                    for (const line of lines)
                        if (line.trim())
                            onEvent(toEvent(line));
                });
                s.on('error', (e) => closed || onError(e));
            });
            return {
                ready,
                close() {
                    closed = true;
                    if (stream)
                        destroy(stream);
                },
            };
        },
        async publishedPorts() {
            const all = await docker.listContainers({ all: false });
            return all.flatMap((c) => c.Ports.map((p) => p.PublicPort).filter((p) => Boolean(p)));
        },
        async containersNamed(fragment) {
            const all = await docker.listContainers({ all: true });
            return all
                .flatMap((c) => c.Names.map((n) => n.replace(/^\//, '')))
                .filter((n) => n.includes(fragment));
        },
        exec: (id, req) => startExec(docker, id, req),
        async removeContainer(id) {
            await docker.getContainer(id).remove({ force: true, v: true });
        },
        async removeNetwork(name) {
            await docker.getNetwork(name).remove();
        },
        async removeVolume(name) {
            await docker.getVolume(name).remove({ force: true });
        },
        async listComposeContainers() {
            const all = await docker.listContainers({ all: true, filters: anyProject });
            return all.map(fromComposeList);
        },
        async listComposeVolumes() {
            const res = await docker.listVolumes({ filters: anyProject });
            return (res.Volumes ?? []).map(fromVolume);
        },
    };
}
function toEvent(line) {
    const e = JSON.parse(line);
    return { action: e.Action ?? e.status ?? '', containerId: e.Actor?.ID ?? e.id ?? '' };
}
function destroy(s) {
    ;
    s.destroy?.();
}

;// CONCATENATED MODULE: ./src/engine/api-exec.ts
/** Pure: the exec compose would run for these args, or undefined when they are not ours to run. */
function parseExecArgs(args) {
    if (args[0] !== 'exec')
        return undefined;
    const env = [];
    let user;
    let i = 1;
    for (; i < args.length && args[i].startsWith('-'); i++) {
        const flag = args[i];
        if (flag === '-T')
            continue;
        const value = args[i + 1];
        if (value === undefined)
            return undefined;
        if (flag === '-e' && value.includes('='))
            env.push(value);
        else if (flag === '-u')
            user = value;
        else
            return undefined; // an option compose knows and we do not: let compose run it
        i++;
    }
    const [service, ...cmd] = args.slice(i);
    if (!service || cmd.length === 0)
        return undefined;
    return { service, cmd, env, user };
}
function execThroughApi(compose, docker) {
    return async (target, args, opts = {}) => {
        const parsed = opts.signal?.aborted ? undefined : parseExecArgs(args);
        const id = parsed && (await serviceContainer(docker, target, parsed.service));
        const session = id && (await docker.exec(id, parsed).catch(() => undefined));
        // Not ours, not running, or gone since: compose runs it and says why.
        if (!session)
            return compose(target, args, opts);
        return readExec(session, opts);
    };
}
/** The container `compose exec` would pick: the service's only running one. */
async function serviceContainer(docker, target, service) {
    const { containers } = await docker.listProject(target.project).catch(() => ({
        containers: [],
    }));
    const running = containers.filter((c) => c.service === service && c.state === 'running');
    return running.length === 1 ? running[0].id : undefined;
}
async function readExec(session, opts) {
    const keep = opts.keepTail ?? 16_384;
    const result = {
        exitCode: null,
        signal: null,
        timedOut: false,
        aborted: false,
        tail: '',
    };
    // Stopping = no longer reading; the process in the container is stopped by
    // teardown, or by killMarked in a long-lived environment, as with compose.
    const stop = (why) => {
        result[why] = true;
        session.close();
    };
    const onAbort = () => stop('aborted');
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = opts.timeoutMs ? setTimeout(() => stop('timedOut'), opts.timeoutMs) : undefined;
    if (opts.signal?.aborted)
        stop('aborted');
    const output = session.output[Symbol.asyncIterator]();
    try {
        for (;;) {
            // A broken stream (closed by us, or the engine went away) ends the
            // output with the exit code unknown; a failing sink is the caller's error.
            const next = await output.next().catch(() => undefined);
            if (!next || next.done)
                break;
            result.tail = (result.tail + next.value.toString('utf8')).slice(-keep);
            await opts.onOutput?.(next.value);
        }
    }
    finally {
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', onAbort);
    }
    if (!result.timedOut && !result.aborted)
        result.exitCode = await session.exitCode().catch(() => null);
    return result;
}

// EXTERNAL MODULE: ./node_modules/get-port/index.js
var get_port = __webpack_require__(7631);
;// CONCATENATED MODULE: ./src/engine/ports.ts
// Host port allocation inside the configured range. get-port checks that a
// port can be bound right now; ports Docker has published are excluded too
// (with the userland proxy off they are not bound on the host). A parallel run
// can still take the port before compose binds it: the caller retries `up`
// with another port when compose reports the conflict.


const probeWithGetPort = (options) => (0,get_port/* default */.Ay)(options);
class PortRangeExhaustedError extends (/* unused pure expression or super */ null && (EnvironmentError)) {
    name = 'PortRangeExhaustedError';
}
function describeRange(range) {
    return range.from === range.to ? `${range.from}` : `${range.from}-${range.to}`;
}
async function allocatePort(range, exclude, probe = probeWithGetPort) {
    const excluded = new Set(exclude);
    // portNumbers() is a single-use generator: build a fresh one per call.
    const port = await probe({ port: portNumbers(range.from, range.to), exclude: excluded });
    // get-port silently falls back to a random port when none in the list is
    // free: anything outside the range means the range is exhausted.
    if (port < range.from || port > range.to || excluded.has(port)) {
        throw new PortRangeExhaustedError(`No free host port in port-range ${describeRange(range)}: every port is in use (by other runs or other programs). Widen 'port-range', or find what holds them: docker ps --format '{{.Names}} {{.Ports}}'.`);
    }
    return port;
}

;// CONCATENATED MODULE: ./src/engine/deps.ts
// Everything with a side effect the engine uses, in one injectable bundle:
// tests swap the port probe, the clock or the random part for deterministic
// runs; the front ends use the real ones.






function defaultDeps(reporter) {
    const docker = createDockerClient();
    return {
        docker,
        // Execs in running services go through the Engine API (api-exec.ts).
        compose: execThroughApi(runCompose, docker),
        checkCompose: checkComposeV2,
        probePort: probeWithGetPort,
        now: () => new Date(),
        random: () => (0,external_node_crypto_.randomBytes)(3).toString('hex'),
        reporter,
        tempDir: process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
    };
}

// EXTERNAL MODULE: ./src/engine/report-file.ts + 1 modules
var report_file = __webpack_require__(8225);
// EXTERNAL MODULE: ./src/engine/run-state.ts
var run_state = __webpack_require__(5039);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/engine/teardown.ts
// Teardown and its proof. Compose removes what it created (`down -v
// --remove-orphans`); then Docker itself is asked, by compose's project label,
// whether anything of the project remains. Leftovers are force-removed and
// the question asked again. Teardown problems are warnings; leftovers that
// survive are the one thing that fails loudly (verified: false).




/**
 * Compose refuses to run when a listed file is gone (a cleaned workspace, a
 * deleted temp dir). Without files, `down -p <project>` works from the
 * labels compose put on the project's resources.
 */
function withExistingFiles(target, warn) {
    const files = target.files.filter((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.isAbsolute)(f) ? f : (0,external_node_path_.join)(target.workingDirectory, f)));
    if (files.length < target.files.length) {
        warn(`Compose file(s) gone: ${target.files.filter((f) => !files.includes(f)).join(', ')}; tearing down by project name.`);
    }
    // With no file left, run from an empty directory: compose must not pick up
    // some unrelated docker-compose.yml from the workspace.
    const workingDirectory = files.length > 0 && (0,external_node_fs_.existsSync)(target.workingDirectory)
        ? target.workingDirectory
        : (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rtr-down-'));
    return { ...target, files, workingDirectory };
}
function names(r) {
    return { containers: r.containers.map((c) => c.name), networks: r.networks, volumes: r.volumes };
}
const isEmpty = (r) => r.containers.length + r.networks.length + r.volumes.length === 0;
async function teardown(target, docker, compose, reporter, opts) {
    const warnings = [];
    const warn = (m) => {
        warnings.push(m);
        reporter.warning(m);
    };
    const list = () => docker.listProject(target.project);
    let before;
    try {
        before = await list();
    }
    catch (err) {
        warn(`Could not list the project's resources before teardown: ${errorMessage(err)}`);
    }
    // Nothing labelled with the project: skip compose (a second post run, or a
    // main that never got as far as `up`).
    if (!before || !isEmpty(names(before))) {
        const args = ['down', '-v', '--remove-orphans', '-t', String(opts.downTimeoutS)];
        const res = await compose(withExistingFiles(target, warn), args, {
            onOutput: (c) => reporter.output(c),
            timeoutMs: 300_000,
        }).catch((err) => {
            warn(`docker compose down could not run: ${err.message}`);
            return undefined;
        });
        if (res && res.exitCode !== 0)
            warn(`docker compose down exited with ${res.exitCode}: ${res.tail.trim().slice(-1000)}`);
    }
    const forced = [];
    let after = await list().catch((err) => {
        warn(`Could not verify teardown: ${err.message}`);
        return undefined;
    });
    if (after && !isEmpty(names(after))) {
        forced.push(...(await forceRemove(docker, after, warn)));
        after = await list().catch(() => after);
    }
    const nameMatches = await docker.containersNamed(target.project).catch(() => []);
    const afterNames = after
        ? names(after)
        : { containers: ['(unknown: Docker did not answer)'], networks: [], volumes: [] };
    return {
        project: target.project,
        before: before ? names(before) : { containers: [], networks: [], volumes: [] },
        after: afterNames,
        forced,
        nameMatches,
        verified: after !== undefined && isEmpty(afterNames) && nameMatches.length === 0,
        warnings,
    };
}
async function forceRemove(docker, r, warn) {
    const removed = [];
    const attempt = async (what, fn) => {
        try {
            await fn();
            removed.push(what);
        }
        catch (err) {
            warn(`Could not force-remove ${what}: ${errorMessage(err)}`);
        }
    };
    warn(`compose down left resources of the project behind; removing them directly.`);
    // Containers first: networks and volumes in use cannot be removed.
    for (const c of r.containers)
        await attempt(`container ${c.name}`, () => docker.removeContainer(c.id));
    for (const n of r.networks)
        await attempt(`network ${n}`, () => docker.removeNetwork(n));
    for (const v of r.volumes)
        await attempt(`volume ${v}`, () => docker.removeVolume(v));
    return removed;
}

// EXTERNAL MODULE: ./src/verdict/report.ts + 1 modules
var report = __webpack_require__(7112);
;// CONCATENATED MODULE: ./src/engine/timeline.ts


/** The report of a run that has not reached its verdict (yet, or ever). */
function pendingReport(base, phase, now) {
    return (0,report/* buildReport */.FK)({
        verdict: {
            result: 'error',
            reasons: [`The run did not reach a verdict: it was last in phase "${phase}".`],
            tests: { passed: 0, failed: 0, errors: 0, skipped: 0, total: 0 },
        },
        summary: null,
        workingDir: base.workingDirectory,
        exitCode: null,
        durationS: (now.getTime() - Date.parse(base.startedAt)) / 1000,
        modules: base.modules,
    });
}
class RunTimeline {
    file;
    base;
    now;
    constructor(file, base, now = () => new Date()) {
        this.file = file;
        this.base = base;
        this.now = now;
    }
    /** Runs `fn` as a phase: persisted when it starts, and when it ends either way. */
    async phase(phase, fn) {
        this.start(phase);
        try {
            const out = await fn();
            this.end(phase, 'ok');
            return out;
        }
        catch (err) {
            this.end(phase, 'failed');
            throw err;
        }
    }
    /** A phase that is an instant (validated, port allocated, verified). */
    mark(phase, outcome = 'ok') {
        this.start(phase);
        this.end(phase, outcome);
    }
    start(phase) {
        const at = this.now().toISOString();
        this.update(phase, (t) => [...t, { phase, started_at: at, ended_at: null, outcome: null }]);
    }
    end(phase, outcome) {
        const at = this.now().toISOString();
        this.update(phase, (t) => {
            const i = t.map((e) => e.phase).lastIndexOf(phase);
            if (i < 0)
                return [...t, { phase, started_at: at, ended_at: at, outcome }];
            return t.map((e, j) => (j === i ? { ...e, ended_at: at, outcome } : e));
        });
    }
    update(phase, change) {
        const current = (0,report_file/* readReport */.tL)(this.file);
        // Only a pending report is rewritten to name the phase; a final one keeps its verdict.
        const pending = !current || current.blocking_issues[0]?.startsWith('The run did not reach a verdict');
        // Teardown phases keep the record of where main stopped.
        const mainPhase = phase !== 'teardown' && phase !== 'verified';
        const report = current && (!pending || !mainPhase)
            ? current
            : pendingReport(this.base, mainPhase ? phase : 'none: main never started', this.now());
        (0,report_file/* writeReport */.u5)(this.file, {
            ...report,
            cleanup: current?.cleanup,
            timeline: change(current?.timeline ?? []),
        });
    }
}

;// CONCATENATED MODULE: ./src/engine/finish.ts




async function finishRun(state, deps) {
    const timeline = new RunTimeline(state.reportFile, state, deps.now);
    const report = await timeline.phase('teardown', () => teardown((0,run_state/* targetOf */.$)(state), deps.docker, deps.compose, deps.reporter, {
        downTimeoutS: state.downTimeoutS,
    }));
    timeline.mark('verified', report.verified ? 'ok' : 'failed');
    (0,report_file/* addCleanup */._2)(state.reportFile, report);
    return report;
}

;// CONCATENATED MODULE: ./src/engine/watchdog-teardown.ts
// The watchdog's teardown, in a module of its own so the watchdog process
// loads it (dockerode, the compose calls: most of its bundle) through a
// dynamic import() only when it has to tear down, not while it idles.


function tearDownRun(state, reporter) {
    return finishRun(state, defaultDeps(reporter));
}


/***/ })

};
