export const id = 129;
export const ids = [129];
export const modules = {

/***/ 1908:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDockerClient: () => (/* binding */ createDockerClient)
/* harmony export */ });
/* harmony import */ var dockerode__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9040);
/* harmony import */ var dockerode__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(dockerode__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _endpoint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7815);
/* harmony import */ var _vendor_ssh2_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6704);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3912);
/* harmony import */ var _run_image_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1401);
/* harmony import */ var _logs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8457);
// DockerClient on dockerode, built for the engine the docker CLI and compose
// use: DOCKER_HOST, or the current docker context (endpoint.ts).








const endpoint = (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .hostEndpoint */ .yv)();
// The bundles load ssh2 on demand (src/vendor/ssh2.ts); docker-modem uses it
// synchronously on each request to an ssh:// engine, so it is loaded with
// this module, before any client exists. Outside the bundles it is the real
// package: the load is then a no-op import.
if ((0,_vendor_ssh2_js__WEBPACK_IMPORTED_MODULE_3__/* .needsSsh2 */ .ci)(endpoint.env.DOCKER_HOST))
    await (0,_vendor_ssh2_js__WEBPACK_IMPORTED_MODULE_3__/* .loadSsh2 */ .Hb)();
/** dockerode for this process's engine; throws when the current context does not exist. */
function endpointDocker() {
    if (endpoint.problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .EnvironmentError */ .eG(endpoint.problem);
    return (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_2__/* .withEndpointEnv */ .B7)(endpoint, () => new (dockerode__WEBPACK_IMPORTED_MODULE_0___default())());
}
const byProject = (project) => ({ label: [`${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .COMPOSE_PROJECT_LABEL */ .CQ}=${project}`] });
/** Any compose project: the label exists, whatever its value. */
const anyProject = JSON.stringify({ label: [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .COMPOSE_PROJECT_LABEL */ .CQ] });
// Compose records where a project came from on each container; `test` and
// `down` of a long-lived environment read them instead of a state file.
const CONFIG_FILES_LABEL = 'com.docker.compose.project.config_files';
const WORKING_DIR_LABEL = 'com.docker.compose.project.working_dir';
function fromComposeList(c) {
    const files = c.Labels[CONFIG_FILES_LABEL] ?? '';
    return {
        ...fromList(c),
        project: c.Labels[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .COMPOSE_PROJECT_LABEL */ .CQ] ?? '',
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
        project: v.Labels?.[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .COMPOSE_PROJECT_LABEL */ .CQ] ?? '',
        createdAt: created && !Number.isNaN(created.getTime()) ? created : undefined,
        labels: { ...(v.Labels ?? {}) },
    };
}
function fromList(c) {
    const health = /\((healthy|unhealthy|health: starting)\)/.exec(c.Status)?.[1];
    return {
        id: c.Id,
        name: (c.Names[0] ?? c.Id).replace(/^\//, ''),
        service: c.Labels[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .COMPOSE_SERVICE_LABEL */ .Y4],
        state: c.State,
        health: health === 'health: starting' ? 'starting' : health,
        exitCode: Number(/Exited \((-?\d+)\)/.exec(c.Status)?.[1] ?? 0),
        publishedPorts: c.Ports.map((p) => p.PublicPort).filter((p) => Boolean(p)),
        bindings: c.Ports.filter((p) => p.PublicPort > 0).map((p) => ({
            containerPort: p.PrivatePort,
            protocol: p.Type,
            hostIp: p.IP ?? '',
            hostPort: p.PublicPort,
        })),
    };
}
/** `{"8069/tcp": [{HostIp, HostPort}]}` (inspect's NetworkSettings.Ports) as bindings. */
function inspectBindings(ports) {
    return Object.entries(ports ?? {}).flatMap(([key, hosts]) => {
        const [port = '', protocol = 'tcp'] = key.split('/');
        return (hosts ?? [])
            .map((h) => ({
            containerPort: Number(port),
            protocol,
            hostIp: h.HostIp ?? '',
            hostPort: Number(h.HostPort),
        }))
            .filter((b) => b.hostPort > 0);
    });
}
function fromInspect(c) {
    const bindings = inspectBindings(c.NetworkSettings.Ports);
    const ports = bindings.map((b) => b.hostPort);
    return {
        id: c.Id,
        name: c.Name.replace(/^\//, ''),
        service: c.Config.Labels?.[_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .COMPOSE_SERVICE_LABEL */ .Y4],
        state: c.State.Status,
        health: c.State.Health?.Status,
        exitCode: c.State.ExitCode,
        publishedPorts: [...new Set(ports)],
        bindings,
        healthOutput: c.State.Health?.Log?.at(-1)?.Output?.trim(),
    };
}
function createDockerClient(docker = endpointDocker()) {
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
        async projectHelpers(project) {
            const filters = JSON.stringify({
                label: [_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .HELPER_LABEL */ .eq, `${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .RTR_ID_LABEL */ .mY}=${project}`],
            });
            return (await docker.listContainers({ all: true, filters })).map(fromList);
        },
        async inspectContainer(id) {
            return fromInspect(await docker.getContainer(id).inspect());
        },
        async containerLogs(id, lines) {
            const buf = await docker
                .getContainer(id)
                .logs({ stdout: true, stderr: true, tail: lines, follow: false });
            return (0,_logs_js__WEBPACK_IMPORTED_MODULE_6__/* .demuxLogs */ .V)(buf);
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
        exec: (id, req) => (0,_exec_js__WEBPACK_IMPORTED_MODULE_7__/* .startExec */ .q)(docker, id, req),
        runImage: (image, req) => (0,_run_image_js__WEBPACK_IMPORTED_MODULE_4__/* .runImage */ .D)(docker, image, req),
        imageId: (ref) => (0,_run_image_js__WEBPACK_IMPORTED_MODULE_4__/* .localImageId */ .A)(docker, ref),
        async stopContainer(idOrName, timeoutS) {
            await docker.getContainer(idOrName).stop({ t: timeoutS });
        },
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

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ startExec)
});

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


/***/ }),

/***/ 8457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ demuxLogs)
/* harmony export */ });
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


/***/ }),

/***/ 1401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ localImageId),
/* harmony export */   D: () => (/* binding */ runImage)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
// `docker run --rm --network none --entrypoint E IMAGE CMD...` through the
// Engine API: a short process in a new container of an image, its two streams
// kept apart (stdout may be JSON). Used to ask an image something before its
// project is up (the template cache reads the core addons' manifests this
// way, while compose starts the database). AutoRemove: Docker removes the
// container when the process ends, even when this process is killed first.

async function runImage(docker, image, req) {
    const container = await docker.createContainer({
        name: req.name,
        Image: image,
        Entrypoint: req.entrypoint,
        Cmd: req.cmd,
        Labels: req.labels,
        AttachStdout: true,
        AttachStderr: true,
        Tty: false,
        HostConfig: { AutoRemove: true, NetworkMode: 'none' },
    });
    // Attached before the start: output written at once is not lost.
    const stream = await container.attach({ stream: true, stdout: true, stderr: true });
    const out = [];
    const err = [];
    const stdout = new node_stream__WEBPACK_IMPORTED_MODULE_0__.PassThrough().on('data', (b) => out.push(b));
    const stderr = new node_stream__WEBPACK_IMPORTED_MODULE_0__.PassThrough().on('data', (b) => err.push(b));
    docker.modem.demuxStream(stream, stdout, stderr);
    const ended = new Promise((resolve) => {
        stream.on('end', resolve);
        stream.on('close', resolve);
        stream.on('error', () => resolve());
    });
    const timer = setTimeout(() => void container.kill().catch(() => undefined), req.timeoutMs);
    try {
        await container.start();
        const waited = (await container.wait());
        await ended;
        return {
            exitCode: typeof waited.StatusCode === 'number' ? waited.StatusCode : null,
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8').slice(-4000),
        };
    }
    catch (e) {
        // Never started (or the wait failed): AutoRemove only acts on an exit.
        await container.remove({ force: true }).catch(() => undefined);
        throw e;
    }
    finally {
        clearTimeout(timer);
    }
}
/** The ID of a local image (`sha256:...`), or undefined when the engine does not have it. */
async function localImageId(docker, ref) {
    try {
        return (await docker.getImage(ref).inspect()).Id;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 9356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Server: () => (/* binding */ Server),
/* harmony export */   ServerCredentials: () => (/* binding */ ServerCredentials),
/* harmony export */   loadPackageDefinition: () => (/* binding */ loadPackageDefinition),
/* harmony export */   loadSync: () => (/* binding */ loadSync)
/* harmony export */ });
// Stands in for dockerode's BuildKit dependencies in the bundles
// (src/tsconfig.json `paths`): @grpc/grpc-js and @grpc/proto-loader, which
// lib/session.js requires at its top for BuildKit sessions (buildImage with
// version "2"), and protobufjs, which lib/buildkit.js requires to decode
// BuildKit output (docker.followProgress). This action never builds images nor
// follows progress: grpc cost ~74 ms of dockerode's load, and the three are
// ~1.4 MB of each bundle, so none is bundled. Those files only read these
// names when a session starts or output is decoded; each then throws.
// test/unit/vendor/aliases.test.ts fails when they start using another name.
function notBundled() {
    throw new Error("dockerode's BuildKit support (@grpc/grpc-js, @grpc/proto-loader, protobufjs) is not bundled with resilient-test-runner, which never builds images");
}
// @grpc/grpc-js
class Server {
    constructor() {
        notBundled();
    }
}
const ServerCredentials = { createInsecure: notBundled };
const loadPackageDefinition = notBundled;
// @grpc/proto-loader, protobufjs
const loadSync = notBundled;


/***/ }),

/***/ 6704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kj: () => (/* binding */ Client),
  Hb: () => (/* binding */ loadSsh2),
  ci: () => (/* binding */ needsSsh2)
});

;// CONCATENATED MODULE: ./src/vendor/on-demand.ts
// The common part of the stand-ins in this folder: a package the bundles load
// as a chunk of its own when asked (load), then use synchronously (get),
// because the code that imports it (in node_modules) uses it synchronously.
// A use before the load is a bug of this project, never of the caller: the
// error says which load was missing instead of failing deep inside a request.
function onDemand(name, loader, load) {
    let loaded;
    let loading;
    return {
        load: () => (loading ??= load().then((m) => {
            loaded = m;
        }, (err) => {
            loading = undefined;
            throw err;
        })),
        get() {
            if (loaded === undefined)
                throw new Error(`${name} was used before it was loaded: the bundles load it on demand, and ${loader} must be awaited first`);
            return loaded;
        },
    };
}

;// CONCATENATED MODULE: ./src/vendor/ssh2.ts

const ssh2 = onDemand('ssh2', 'loadSsh2() (src/vendor/ssh2.ts)', async () => {
    // A subpath: the alias matches 'ssh2' exactly, so this is the real package
    // (it has no exports map), and webpack makes the dynamic import a chunk.
    const m = await __webpack_require__.e(/* import() */ 472).then(__webpack_require__.t.bind(__webpack_require__, 5472, 23));
    return m.default ?? m;
});
const loadSsh2 = ssh2.load;
/** DOCKER_HOST=ssh://...: the one case in which docker-modem uses ssh2. */
const needsSsh2 = (dockerHost = process.env.DOCKER_HOST ?? '') => /^ssh:\/\//i.test(dockerHost);
/** `new Client()` builds the real one (a constructor may return another object). */
const Client = class Client {
    constructor() {
        return new (ssh2.get().Client)();
    }
};


/***/ })

};
