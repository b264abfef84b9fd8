import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ PROJECT_ENV),
/* harmony export */   CQ: () => (/* binding */ COMPOSE_PROJECT_LABEL),
/* harmony export */   Cf: () => (/* binding */ PORT_ENV),
/* harmony export */   Y4: () => (/* binding */ COMPOSE_SERVICE_LABEL),
/* harmony export */   eq: () => (/* binding */ HELPER_LABEL),
/* harmony export */   mY: () => (/* binding */ RTR_ID_LABEL),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/* unused harmony exports Input, GITHUB_INPUTS, Output, State, PlanInput, PlanOutput, PLAN_DEFAULTS */
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
    Cache: 'cache',
    CacheDir: 'cache-dir',
    CacheMaxSize: 'cache-max-size',
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
    CacheHit: 'cache-hit',
    CacheKey: 'cache-key',
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
/** Ours: the run's project name (or a work order); engine/ownership.ts has the rest. */
const RTR_ID_LABEL = 'io.healthrt.rtr.id';
/** Ours, on a one-off container outside any project (docker/run-image.ts): what it is for. */
const HELPER_LABEL = 'io.healthrt.rtr.helper';
const DEFAULTS = {
    composeFile: 'docker-compose.agent.yml',
    service: 'odoo',
    portRange: '8090-8100',
    healthTimeoutS: 300,
    healthStartInterval: '500ms',
    portWaitTimeoutS: 300,
    reapAfterS: 6 * 3600,
    testTimeoutS: 3600,
    logFile: 'proof_of_execution_tests.log',
    /**
     * Stop grace at teardown when the volumes are deleted right after (a run,
     * `down --cleanup`, reap): none, nothing is gained by a clean stop.
     */
    downTimeoutS: 0,
    /** Stop grace for a work order's `down` that keeps the data: the database shuts down cleanly. */
    keptDownTimeoutS: 2,
    prefixSuffix: '-agent-test',
    /** The template cache (src/template-cache/): where it is and how large it may grow. */
    cache: 'auto',
    cacheMaxSize: '2GB',
};
/** The plan action's inputs (plan/action.yml): which addons a push or pull request concerns. */
const PlanInput = {
    AddonsPath: 'addons-path',
    ChangedOnly: 'changed-only',
    ChangedSince: 'changed-since',
    Include: 'include',
    Exclude: 'exclude',
    GlobalFiles: 'global-files',
    WorkingDirectory: 'working-directory',
};
const PlanOutput = {
    Modules: 'modules',
    Matrix: 'matrix',
    Count: 'count',
    Reasons: 'reasons',
};
const PLAN_DEFAULTS = {
    addonsPath: 'addons',
    /** Files outside any addon whose change concerns every addon (globs; `**` crosses directories). */
    globalFiles: [
        '.github/**',
        // docker-compose.yml, docker-compose.agent.yaml, compose.yaml, compose.override.yml
        '**/docker-compose*.y*ml',
        '**/compose.y*ml',
        '**/compose.*.y*ml',
        '**/requirements*.txt',
        '**/Dockerfile*',
    ],
    /** The key of the matrix output: `matrix.module` in the matrix job. */
    matrixKey: 'module',
};


/***/ }),

/***/ 8781:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readTextFile),
/* harmony export */   k: () => (/* binding */ dockerConfigDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Where the docker CLI keeps its configuration, and reading its files: shared
// by the two lookups that must agree with the CLI, which compose plugin it
// runs (compose/command.ts) and which engine it talks to (endpoint.ts).


/** DOCKER_CONFIG, else ~/.docker. */
function dockerConfigDir(env, home) {
    return env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, '.docker');
}
/** A file's text, or undefined when it cannot be read (absent, unreadable). */
function readTextFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 7815:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ withEndpointEnv),
/* harmony export */   yv: () => (/* binding */ hostEndpoint)
/* harmony export */ });
/* unused harmony exports DEFAULT_SOCKET, resolveEndpoint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8781);
// Which engine our Docker calls go to, decided the way the docker CLI (and so
// compose) decides it: DOCKER_HOST; else the context that DOCKER_CONTEXT or
// the docker config's currentContext names; else the default socket.
// dockerode reads DOCKER_HOST only. Without this, after `docker context use`
// compose would create the project on one engine while the labels, the health
// watch and the teardown's verification asked another, which could then
// report "nothing left" for a project it never saw.




const DEFAULT_SOCKET = 'the default socket /var/run/docker.sock';
/** Pure given its lookup. */
function resolveEndpoint(l) {
    if (l.env.DOCKER_HOST)
        return { env: {}, description: `DOCKER_HOST (${l.env.DOCKER_HOST})` };
    const configDir = (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_3__/* .dockerConfigDir */ .k)(l.env, l.home);
    const configFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(configDir, 'config.json');
    const name = l.env.DOCKER_CONTEXT || currentContext(l.readFile(configFile));
    if (!name || name === 'default')
        return { env: {}, description: DEFAULT_SOCKET };
    // The docker CLI stores a context under the sha256 of its name.
    const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name).digest('hex');
    const host = dockerHost(l.readFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(configDir, 'contexts', 'meta', id, 'meta.json')));
    if (!host) {
        const from = l.env.DOCKER_CONTEXT ? 'DOCKER_CONTEXT' : `currentContext in ${configFile}`;
        return {
            env: {},
            description: `docker context "${name}"`,
            problem: `Docker context "${name}" (from ${from}) was not found in ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(configDir, 'contexts')}. Choose an existing one with 'docker context use <name>' ('docker context ls' lists them), or set DOCKER_HOST.`,
        };
    }
    const env = { DOCKER_HOST: host };
    // TLS material of a tcp context: the file names DOCKER_CERT_PATH expects.
    const tls = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(configDir, 'contexts', 'tls', id, 'docker');
    if (l.readFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tls, 'ca.pem')) !== undefined)
        Object.assign(env, { DOCKER_CERT_PATH: tls, DOCKER_TLS_VERIFY: '1' });
    return { env, description: `docker context "${name}" (${host})` };
}
function currentContext(configText) {
    const value = parseJson(configText)?.currentContext;
    return typeof value === 'string' ? value : undefined;
}
function dockerHost(metaText) {
    const endpoints = parseJson(metaText)?.Endpoints;
    const host = endpoints?.docker?.Host;
    return typeof host === 'string' && host !== '' ? host : undefined;
}
function parseJson(text) {
    try {
        const value = text === undefined ? undefined : JSON.parse(text);
        return value && typeof value === 'object' ? value : undefined;
    }
    catch {
        return undefined; // a broken config is the docker CLI's to report
    }
}
/** This process's endpoint. */
function hostEndpoint() {
    return resolveEndpoint({
        env: process.env,
        home: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(),
        readFile: _docker_config_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextFile */ .G,
    });
}
/**
 * Runs `build` with the endpoint's variables set: docker-modem reads them
 * only while a client is built, and the process's environment (which
 * compose's child processes inherit) is left as it was.
 */
function withEndpointEnv(endpoint, build) {
    const saved = Object.keys(endpoint.env).map((k) => [k, process.env[k]]);
    Object.assign(process.env, endpoint.env);
    try {
        return build();
    }
    finally {
        for (const [k, v] of saved) {
            if (v === undefined)
                delete process.env[k];
            else
                process.env[k] = v;
        }
    }
}


/***/ }),

/***/ 4038:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ exitWhenFlushed)
/* harmony export */ });
// How every bundle ends: explicitly, once its output is out. A Docker call
// that was given up on (an engine that never answers: engine/deadline.ts)
// and the Docker client's keep-alive sockets would otherwise hold the
// process, and with it the job step, open.
async function exitWhenFlushed(code) {
    await new Promise((resolve) => process.stdout.write('', () => resolve()));
    // Not process.exit(undefined): an explicit undefined resets process.exitCode
    // (set by core.setFailed) to 0.
    if (code !== undefined)
        process.exitCode = code;
    process.exit();
}


/***/ }),

/***/ 7701:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _esm_shim_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8796);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4038);
/* harmony import */ var _watchdog_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7866);
// Bundle entry of the watchdog process: only dispatches.



await (0,_watchdog_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)(process.argv[2]);
await (0,_exit_js__WEBPACK_IMPORTED_MODULE_2__/* .exitWhenFlushed */ .K)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eG: () => (/* binding */ EnvironmentError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/* unused harmony exports InputError, HealthError, CancelledError */
// Error kinds the front ends map to exit codes and messages. Every message is
// written for the person who has to act on it: what is wrong and what to do.
/** A bad input or flag: nothing was started. */
class InputError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'InputError';
}
/** Docker or compose missing, unreachable or misbehaving. */
class EnvironmentError extends Error {
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


/***/ }),

/***/ 8796:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {


// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/esm-shim.ts
// Must be the first import of every bundled entry point. ncc emits an ES
// module bundle (the @actions packages are ESM-only), but dockerode pulls in
// ssh2, whose emscripten code reads `__dirname` while it loads; ES modules have
// no such global, and the bundle would die at start with a ReferenceError.


const g = globalThis;
const here = (0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url);
g.__filename ??= here;
g.__dirname ??= (0,external_node_path_.dirname)(here);


/***/ }),

/***/ 7866:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(7242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/docker/docker-config.ts
var docker_config = __nccwpck_require__(8781);
;// CONCATENATED MODULE: ./src/compose/command.ts
// How Compose v2 is started. `docker compose ...` has the docker CLI look for
// the compose plugin, ask the plugin binary for its metadata (a first run of
// it), then run it: about 65 ms per call before compose does anything, and a
// run makes three calls on its critical path (config, up, down). The plugin
// binary is Compose v2 itself and runs standalone with the same arguments,
// reading the same configuration (DOCKER_HOST, DOCKER_CONTEXT, the docker
// config's current context), so it is started directly when it is where the
// docker CLI would find it; anywhere else (Windows, extra plugin directories),
// `docker compose` as before.




const DOCKER_COMPOSE = { file: 'docker', prefix: ['compose'] };
/** The docker CLI's system plugin directories on Linux and macOS, in its order. */
const SYSTEM_PLUGIN_DIRS = [
    '/usr/local/lib/docker/cli-plugins',
    '/usr/local/libexec/docker/cli-plugins',
    '/usr/lib/docker/cli-plugins',
    '/usr/libexec/docker/cli-plugins',
];
/**
 * Pure given its lookup: the plugin the docker CLI would run for `docker
 * compose` (user directory first, then the system ones), or `docker compose`
 * when that cannot be told for sure.
 */
function findComposeCommand(l) {
    if (l.platform === 'win32')
        return DOCKER_COMPOSE;
    const configDir = (0,docker_config/* dockerConfigDir */.k)(l.env, l.home);
    const config = l.readConfig((0,external_node_path_.join)(configDir, 'config.json'));
    // Extra plugin directories from the config: left to the docker CLI.
    if (config?.includes('cliPluginsExtraDirs'))
        return DOCKER_COMPOSE;
    for (const dir of [(0,external_node_path_.join)(configDir, 'cli-plugins'), ...SYSTEM_PLUGIN_DIRS]) {
        const file = (0,external_node_path_.join)(dir, 'docker-compose');
        if (l.isExecutable(file))
            return { file, prefix: [] };
    }
    return DOCKER_COMPOSE;
}
const hostLookup = {
    env: process.env,
    platform: process.platform,
    home: (0,external_node_os_.homedir)(),
    readConfig: docker_config/* readTextFile */.G,
    isExecutable: (path) => {
        try {
            (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
            return true;
        }
        catch {
            return false;
        }
    },
};
let found;
/** This host's compose command, looked up once per process. */
function composeCommand() {
    return (found ??= findComposeCommand(hostLookup));
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
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
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
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
// The `docker compose` calls the engine makes (started as command.ts says).
// Compose does the orchestration (create, start in dependency order, stop,
// remove); we only pick the project, the files and the environment, and read
// the outcome.




/** Compose's options before the subcommand: `-p <project> -f a.yml -f b.yml`. */
function composeArgs(target) {
    return ['-p', target.project, ...target.files.flatMap((f) => ['-f', f])];
}
/**
 * Environment for compose: the caller's, plus the port and project. A project
 * without an allocated port still gets a placeholder, so that `down` works
 * for a compose file that requires the variable (`${RTR_HOST_PORT:?}`).
 */
function composeEnv(target, base = process.env) {
    return { ...base, [constants/* PORT_ENV */.Cf]: String(target.port ?? 0), [constants/* PROJECT_ENV */.Au]: target.project };
}
const runCompose = (target, args, opts = {}) => runProcess(composeCommand().file, [...composeCommand().prefix, ...composeArgs(target), ...args], {
    ...opts,
    cwd: target.workingDirectory,
    env: composeEnv(target, opts.env),
});
/** Compose v2 is required: v1 (`docker-compose`) has other semantics and labels. */
async function checkComposeV2() {
    let result;
    const { file, prefix } = composeCommand();
    try {
        result = await runProcess(file, [...prefix, 'version', '--short'], { timeoutMs: 30_000 });
    }
    catch (err) {
        const what = file === 'docker' ? 'The docker CLI' : `The Compose plugin ${file}`;
        throw new errors/* EnvironmentError */.eG(`${what} could not be run (${err.message}). Install Docker Engine with the Compose v2 plugin (on Debian: sudo bash scripts/install-docker.sh).`);
    }
    const version = result.tail.trim().replace(/^v/, '');
    if (result.exitCode !== 0 || !/^2\./.test(version)) {
        throw new errors/* EnvironmentError */.eG(`Docker Compose v2 is required ('docker compose version' said: ${JSON.stringify(result.tail.trim().slice(0, 200))}). Install the Compose v2 plugin (docker-compose-plugin, or Debian's docker-compose >= 2).`);
    }
    return version;
}
/** Compose's messages when a host port is taken between our check and its bind. */
function isPortConflict(output) {
    return /port is already allocated|address already in use|ports are not available/i.test(output);
}

;// CONCATENATED MODULE: ./src/docker/lazy-client.ts
function lazyDockerClient(load) {
    let loading;
    const client = () => (loading ??= load());
    // Every method but subscribe returns a promise: forward it once loaded.
    const call = (name) => (async (...args) => (await client())[name](...args));
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
        subscribe(project, onEvent, onError) {
            let inner;
            let closed = false;
            const ready = client().then((c) => {
                if (closed)
                    return;
                inner = c.subscribe(project, onEvent, onError);
                return inner.ready;
            });
            return {
                ready,
                close() {
                    closed = true;
                    inner?.close();
                },
            };
        },
    };
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

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: ./node_modules/get-port/index.js



class Locked extends Error {
	constructor(port) {
		super(`${port} is locked`);
	}
}

const lockedPorts = {
	old: new Set(),
	young: new Set(),
};

// On this interval, the old locked ports are discarded,
// the young locked ports are moved to old locked ports,
// and a new young set for locked ports are created.
const releaseOldLockedPortsIntervalMs = 1000 * 15;

// Keep `reserve` deliberately process-wide by port number.
// It is meant to avoid in-process races, not to model every possible
// IPv4/IPv6 or host-specific bind combination.
const reservedPorts = new Set();

const minPort = 1024;
const maxPort = 65_535;

// Lazily create timeout on first use
let timeout;

const getLocalHosts = () => {
	const interfaces = external_node_os_.networkInterfaces();

	// Add undefined value for createServer function to use default host,
	// and default IPv4 host in case createServer defaults to IPv6.
	const results = new Set([undefined, '0.0.0.0']);

	for (const _interface of Object.values(interfaces)) {
		for (const config of _interface) {
			results.add(config.address);
		}
	}

	return results;
};

const checkAvailablePort = options =>
	new Promise((resolve, reject) => {
		const server = external_node_net_namespaceObject.createServer();
		server.unref();
		server.on('error', reject);

		server.listen(options, () => {
			const {port} = server.address();
			server.close(() => {
				resolve(port);
			});
		});
	});

const getAvailablePort = async (options, hosts) => {
	if (options.host || options.port === 0) {
		return checkAvailablePort(options);
	}

	for (const host of hosts) {
		try {
			await checkAvailablePort({port: options.port, host}); // eslint-disable-line no-await-in-loop
		} catch (error) {
			if (!['EADDRNOTAVAIL', 'EINVAL'].includes(error.code)) {
				throw error;
			}
		}
	}

	return options.port;
};

const isLockedPort = port => lockedPorts.old.has(port) || lockedPorts.young.has(port) || reservedPorts.has(port);

const portCheckSequence = function * (ports) {
	if (ports) {
		yield * ports;
	}

	yield 0; // Fall back to 0 if anything else failed
};

async function getPorts(options) {
	let ports;
	let exclude = new Set();

	if (options) {
		if (options.port) {
			ports = typeof options.port === 'number' ? [options.port] : options.port;
		}

		if (options.exclude) {
			const excludeIterable = options.exclude;

			if (typeof excludeIterable[Symbol.iterator] !== 'function') {
				throw new TypeError('The `exclude` option must be an iterable.');
			}

			for (const element of excludeIterable) {
				if (typeof element !== 'number') {
					throw new TypeError('Each item in the `exclude` option must be a number corresponding to the port you want excluded.');
				}

				if (!Number.isSafeInteger(element)) {
					throw new TypeError(`Number ${element} in the exclude option is not a safe integer and can't be used`);
				}
			}

			exclude = new Set(excludeIterable);
		}
	}

	const {reserve, ...netOptions} = options ?? {};

	if (timeout === undefined) {
		timeout = setTimeout(() => {
			timeout = undefined;

			lockedPorts.old = lockedPorts.young;
			lockedPorts.young = new Set();
		}, releaseOldLockedPortsIntervalMs);

		// Does not exist in some environments (Electron, Jest jsdom env, browser, etc).
		if (timeout.unref) {
			timeout.unref();
		}
	}

	const hosts = getLocalHosts();

	for (const port of portCheckSequence(ports)) {
		try {
			if (exclude.has(port)) {
				continue;
			}

			let availablePort = await getAvailablePort({...netOptions, port}, hosts); // eslint-disable-line no-await-in-loop
			while (isLockedPort(availablePort)) {
				if (port !== 0) {
					throw new Locked(port);
				}

				availablePort = await getAvailablePort({...netOptions, port}, hosts); // eslint-disable-line no-await-in-loop
			}

			if (reserve) {
				reservedPorts.add(availablePort);
			} else {
				lockedPorts.young.add(availablePort);
			}

			return availablePort;
		} catch (error) {
			if (!['EADDRINUSE', 'EACCES'].includes(error.code) && !(error instanceof Locked)) {
				throw error;
			}
		}
	}

	throw new Error('No available ports found');
}

function get_port_portNumbers(from, to) {
	if (!Number.isInteger(from) || !Number.isInteger(to)) {
		throw new TypeError('`from` and `to` must be integer numbers');
	}

	if (from < minPort || from > maxPort) {
		throw new RangeError(`'from' must be between ${minPort} and ${maxPort}`);
	}

	if (to < minPort || to > maxPort) {
		throw new RangeError(`'to' must be between ${minPort} and ${maxPort}`);
	}

	if (from > to) {
		throw new RangeError('`to` must be greater than or equal to `from`');
	}

	const generator = function * (from, to) {
		for (let port = from; port <= to; port++) {
			yield port;
		}
	};

	return generator(from, to);
}

function clearLockedPorts() {
	lockedPorts.old.clear();
	lockedPorts.young.clear();
	reservedPorts.clear();
}

;// CONCATENATED MODULE: ./src/engine/ports.ts
// Host port allocation inside the configured range. get-port checks that a
// port can be bound right now; ports Docker has published are excluded too
// (with the userland proxy off they are not bound on the host). A parallel run
// can still take the port before compose binds it: the caller retries `up`
// with another port when compose reports the conflict.


const probeWithGetPort = (options) => getPorts(options);
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
    // dockerode loads on the first Docker call (lazy-client.ts).
    const docker = lazyDockerClient(() => Promise.all(/* import() */[__nccwpck_require__.e(40), __nccwpck_require__.e(129)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1908)).then((m) => m.createDockerClient()));
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

;// CONCATENATED MODULE: ./src/engine/cleanup-record.ts
function cleanupRecord(c) {
    return {
        containers: c.before.containers.length,
        networks: c.before.networks.length,
        volumes: c.before.volumes.length,
        verified: c.verified,
    };
}

;// CONCATENATED MODULE: ./src/verdict/describe.ts
// Sentences for verdict reasons and report entries. Kept apart from the
// decision so the wording can change without touching the rules.
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function at(location) {
    return location === null ? '' : ` (${location.file}:${location.line})`;
}
/** The line that best says what went wrong: the exception, else the last traceback line. */
function failureMessage(f) {
    return f.exceptionLine ?? f.lastLine ?? f.firstLine;
}
function testName(f) {
    const name = [f.className, f.method].filter((p) => p !== null).join('.');
    return f.subtest === null ? name : `${name} [${f.subtest}]`;
}
function describeFailure(f) {
    const label = f.kind === 'setUpClass' ? 'setUpClass error' : f.kind;
    const where = f.module === null ? '' : ` in ${f.module}`;
    const message = failureMessage(f);
    return `${label}${where}: ${testName(f)}${at(f.location)}${message === null ? '' : `: ${message}`}`;
}
function describeCounts(tests) {
    const failed = plural(tests.failed, 'failed test');
    const errors = plural(tests.errors, 'test error');
    return `The log reports ${failed} and ${errors} (of ${plural(tests.total, 'test')} run).`;
}
function describeCrash(crash, exitCode) {
    const code = exitCode === null ? '' : ` (exit code ${exitCode})`;
    const message = crash.message.replace(/\.$/, '');
    const detail = crash.lastLine === null ? '' : `: ${crash.lastLine}`;
    return `Odoo crashed while installing or loading modules${code}: ${message}${detail}${at(crash.location)}.`;
}
function describeRecord(r) {
    const tail = r.lastLine === null || r.lastLine === r.message ? '' : ` (${r.lastLine})`;
    return `${r.logger}: ${r.message}${tail}`;
}

;// CONCATENATED MODULE: ./src/verdict/report.ts

function toReportFailure(f) {
    const message = failureMessage(f);
    return {
        kind: f.kind,
        module: f.module,
        class: f.className,
        method: f.method,
        file: f.location?.file ?? null,
        line: f.location?.line ?? null,
        message: f.subtest === null || message === null ? message : `subtest (${f.subtest}): ${message}`,
    };
}
function toReportSkip(g) {
    return { module: g.module, reason: g.reason, count: g.count, tests: [...g.tests] };
}
function coverageOf(input) {
    const percentage = input.coverage?.percentage ?? null;
    const threshold = input.coverage?.threshold ?? null;
    return {
        percentage,
        threshold_met: percentage === null || threshold === null ? null : percentage >= threshold,
    };
}
function lintOf(input) {
    const lint = input.lint ?? null;
    if (lint === null)
        return { errors: null, warnings: null, exit_code: null };
    return { errors: lint.errors, warnings: lint.warnings, exit_code: lint.exitCode };
}
function lintClean(lint) {
    return lint.errors === 0 && lint.warnings === 0 && lint.exit_code === 0;
}
/** One line, e.g. `41 passed, 1 failed, 0 skipped, coverage 83.5%, lint clean`. */
function formatSummaryLine(verdict, coverage, lint) {
    const t = verdict.tests;
    const parts = [`${t.passed} passed`, `${t.failed} failed`];
    if (t.errors > 0)
        parts.push(plural(t.errors, 'error'));
    parts.push(`${t.skipped} skipped`);
    parts.push(coverage.percentage === null
        ? 'coverage not measured'
        : `coverage ${coverage.percentage.toFixed(1)}%`);
    if (lint.exit_code === null)
        parts.push('lint not run');
    else if (lintClean(lint))
        parts.push('lint clean');
    else
        parts.push(`lint ${plural(lint.errors ?? 0, 'error')}, ${plural(lint.warnings ?? 0, 'warning')}`);
    const line = parts.join(', ');
    // An `error` run has no trustworthy counts: lead with why.
    const why = verdict.reasons[0];
    return verdict.result === 'error' && why !== undefined
        ? `error: ${why.replace(/\.$/, '')}; ${line}`
        : line;
}
function report_buildReport(input) {
    const { verdict } = input;
    const coverage = coverageOf(input);
    const lint = lintOf(input);
    const blocking = verdict.result === 'passed' ? [] : [...verdict.reasons];
    if (coverage.threshold_met === false) {
        const threshold = input.coverage?.threshold ?? 0;
        blocking.push(`Coverage ${coverage.percentage?.toFixed(1)}% is below the ${threshold}% threshold.`);
    }
    if (lint.exit_code !== null && ((lint.errors ?? 0) > 0 || lint.exit_code !== 0)) {
        blocking.push(`Lint failed with ${plural(lint.errors ?? 0, 'error')} (exit code ${lint.exit_code}).`);
    }
    return {
        gate_status: verdict.result === 'passed' && blocking.length === 0 ? 'PASS' : 'FAIL',
        task_id: input.taskId ?? null,
        working_dir: input.workingDir,
        summary: formatSummaryLine(verdict, coverage, lint),
        tests: { ...verdict.tests },
        failures: (input.summary?.failures ?? []).map(toReportFailure),
        skip_reasons: (input.summary?.skips ?? []).map(toReportSkip),
        coverage,
        lint,
        blocking_issues: blocking,
        exit_code: input.exitCode,
        duration_s: Math.round(input.durationS * 10) / 10,
        result: verdict.result,
        modules: [...input.modules],
        project: input.project ?? null,
        port: input.port ?? null,
    };
}
/** Adds the post step's cleanup record; the rest of the report is left as it was. */
function withCleanup(report, cleanup) {
    return { ...report, cleanup: { ...cleanup } };
}

;// CONCATENATED MODULE: ./src/engine/report-file.ts
// The machine-readable report, written next to the log by main and completed
// by post with the cleanup result. Written atomically (temp file + rename) so
// a run killed half way never leaves a truncated JSON file.




/** `proof_of_execution_tests.log` -> `proof_of_execution_tests.report.json`. */
function reportPathFor(logFile) {
    return join(dirname(logFile), `${basename(logFile, extname(logFile))}.report.json`);
}
/** Writes atomically; a report without a timeline keeps the one on disk. */
function writeReport(path, report) {
    if (!report.timeline) {
        const timeline = readReport(path)?.timeline;
        if (timeline)
            report = { ...report, timeline };
    }
    const tmp = `${path}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, `${JSON.stringify(report, null, 2)}\n`);
    (0,external_node_fs_.renameSync)(tmp, path);
}
function readReport(path) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Adds what teardown removed and whether nothing is left; keeps the rest. */
function addCleanup(path, cleanup) {
    const report = readReport(path);
    if (!report)
        return undefined;
    const updated = withCleanup(report, cleanupRecord(cleanup));
    writeReport(path, updated);
    return updated;
}
/** A report for a run that ended before a verdict (health failure, cancel, crash). */
function writeErrorReport(state, reason, taskId = null) {
    const report = buildReport({
        verdict: {
            result: 'error',
            reasons: [reason],
            tests: { passed: 0, failed: 0, errors: 0, skipped: 0, total: 0 },
        },
        summary: null,
        taskId,
        workingDir: state.workingDirectory,
        exitCode: null,
        durationS: (Date.now() - Date.parse(state.startedAt)) / 1000,
        modules: state.modules,
        project: state.project ?? null,
        port: state.port ?? null,
    });
    writeReport(state.reportFile, report);
    return report;
}

;// CONCATENATED MODULE: ./src/engine/run-state.ts
function targetOf(state) {
    return {
        project: state.project,
        files: state.files,
        workingDirectory: state.workingDirectory,
        port: state.port,
    };
}
/** Parses saved state; undefined when there is none or it is not ours. */
function parseRunState(text) {
    if (!text)
        return undefined;
    try {
        const s = JSON.parse(text);
        if (s.version !== 1 || typeof s.project !== 'string' || !Array.isArray(s.files))
            return undefined;
        return s;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/engine/deadline.ts
/** How long an engine may take to answer one call before it counts as hung. */
const deadline_ENGINE_ANSWER_MS = 15_000;
class NoAnswerError extends Error {
    name = 'NoAnswerError';
}
function deadline_withDeadline(p, ms) {
    let timer;
    const late = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new NoAnswerError(`no answer within ${ms / 1000} s`)), ms);
    });
    return Promise.race([p, late]).finally(() => clearTimeout(timer));
}
/**
 * The teardown's Docker calls, each bounded by `ms`. Once one went unanswered
 * the engine is taken as hung: the calls after it fail at once with the same
 * error instead of waiting `ms` each. A stop is the exception: it may take its
 * grace and then a process that is slow to die (stuck in the kernel), which
 * says nothing about the engine, so it gets the grace on top and a late stop
 * does not count.
 */
function answering(docker, ms) {
    let hung;
    const bounded = (call) => (...a) => hung
        ? Promise.reject(hung)
        : deadline_withDeadline(call(...a), ms).catch((err) => {
            if (err instanceof NoAnswerError)
                hung = err;
            throw err;
        });
    return {
        ping: bounded(() => docker.ping()),
        listProject: bounded((p) => docker.listProject(p)),
        projectHelpers: bounded((p) => docker.projectHelpers(p)),
        containersNamed: bounded((f) => docker.containersNamed(f)),
        stopContainer: (c, t) => hung ? Promise.reject(hung) : deadline_withDeadline(docker.stopContainer(c, t), ms + t * 1000),
        removeContainer: bounded((id) => docker.removeContainer(id)),
        removeNetwork: bounded((n) => docker.removeNetwork(n)),
        removeVolume: bounded((v) => docker.removeVolume(v)),
    };
}

// EXTERNAL MODULE: ./src/docker/endpoint.ts
var endpoint = __nccwpck_require__(7815);
;// CONCATENATED MODULE: ./src/engine/preflight.ts



/** Where the engine is expected, for messages: DOCKER_HOST, the docker context or the default socket. */
function engineAddress() {
    return (0,endpoint/* hostEndpoint */.yv)().description;
}
async function checkEngine(docker, timeoutMs = ENGINE_ANSWER_MS) {
    try {
        await withDeadline(docker.ping(), timeoutMs);
    }
    catch (err) {
        throw new EnvironmentError(`The Docker engine does not answer at ${engineAddress()}: ${errorMessage(err)}. Start Docker (on a Debian host: sudo bash scripts/install-docker.sh; elsewhere: start Docker Desktop or 'sudo systemctl start docker'), or point DOCKER_HOST (or the docker context) at a running engine.`);
    }
}

;// CONCATENATED MODULE: ./src/engine/teardown.ts
// Teardown and its proof. Compose removes what it created (`down -v
// --remove-orphans`, by project name), while the containers are stopped all
// at once (stopAll); then Docker itself is asked, by compose's project label,
// whether anything of the project remains. Leftovers are force-removed and
// the question asked again. Teardown problems are warnings; leftovers that
// survive are the one thing that fails loudly (verified: false), and so does
// an engine that stops answering: every Docker call is bounded (deadline.ts).







/**
 * `down` by project name alone: compose rebuilds the project from the labels
 * on its containers, networks and volumes (volumes too since Compose 2.2.3),
 * so it neither needs the files (they may be gone: a cleaned workspace, a
 * deleted temp dir) nor spends ~75 ms parsing them, and every volume labelled
 * with the project goes, also one the files no longer declare. Run from an
 * empty directory and without COMPOSE_FILE, so that compose cannot pick up
 * some unrelated compose file.
 */
function byProjectName(target) {
    const env = { ...process.env };
    delete env.COMPOSE_FILE;
    const workingDirectory = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rtr-down-'));
    return { target: { ...target, files: [], workingDirectory }, env };
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
    const d = answering(docker, opts.answerTimeoutMs ?? deadline_ENGINE_ANSWER_MS);
    let hung = false;
    const noAnswer = (err) => {
        if (!(err instanceof NoAnswerError) || hung)
            return;
        hung = true;
        warn(`The Docker engine does not answer at ${engineAddress()} (${err.message}): nothing more can be removed or verified until it does.`);
    };
    // The project, and our one-off containers made for it outside it (a
    // template-cache reader the run was killed beside): removed the same way.
    const list = async () => {
        const [r, helpers] = await Promise.all([
            d.listProject(target.project),
            d.projectHelpers(target.project),
        ]);
        return { ...r, containers: [...r.containers, ...helpers] };
    };
    let before = opts.known && !isEmpty(opts.known) ? opts.known : undefined;
    if (!before) {
        try {
            before = names(await list());
        }
        catch (err) {
            noAnswer(err);
            if (!hung)
                warn(`Could not list the project's resources before teardown: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    // Nothing labelled with the project: skip compose (a second post run, or a
    // main that never got as far as `up`); a hung engine would hang it too.
    if (!hung && (!before || !isEmpty(before))) {
        const grace = opts.downTimeoutS ?? constants/* DEFAULTS */.zY.downTimeoutS;
        const args = ['down', '-v', '--remove-orphans', '-t', String(grace)];
        const by = byProjectName(target);
        const abort = new AbortController();
        const downing = compose(by.target, args, {
            onOutput: (c) => reporter.output(c),
            timeoutMs: 300_000,
            env: by.env,
            signal: abort.signal,
        });
        // The ping also loads the Docker client (dockerode, lazy) while compose works.
        void d.ping().catch((err) => {
            noAnswer(err);
            if (hung)
                abort.abort();
        });
        const stopping = stopAll(d, before?.containers ?? [], grace);
        const res = await downing
            .catch((err) => {
            warn(`docker compose down could not run: ${err.message}`);
            return undefined;
        })
            .finally(() => (0,external_node_fs_.rmSync)(by.target.workingDirectory, { recursive: true, force: true }));
        if (!hung)
            await stopping; // else they wait out their own deadlines, unattended
        if (res?.aborted)
            warn('docker compose down was stopped: the engine does not answer.');
        else if (res && res.exitCode !== 0)
            warn(`docker compose down exited with ${res.exitCode}: ${res.tail.trim().slice(-1000)}`);
    }
    const forced = [];
    let after = await list().catch((err) => {
        noAnswer(err);
        if (!hung)
            warn(`Could not verify teardown: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    });
    if (after && !isEmpty(names(after))) {
        forced.push(...(await forceRemove(d, after, warn)));
        after = await list().catch(() => after);
    }
    const nameMatches = await d.containersNamed(target.project).catch(() => []);
    const afterNames = after
        ? names(after)
        : { containers: ['(unknown: Docker did not answer)'], networks: [], volumes: [] };
    return {
        project: target.project,
        before: before ?? { containers: [], networks: [], volumes: [] },
        after: afterNames,
        forced,
        nameMatches,
        verified: after !== undefined && isEmpty(afterNames) && nameMatches.length === 0,
        warnings,
    };
}
/**
 * Compose stops a project's containers one after the other, dependents first
 * (odoo, then db), each waiting for its process to exit and its network to be
 * torn down. A run's containers are disposable, so the order buys nothing:
 * while compose starts, all of them get their stop at once, with the same
 * grace (`-t`); compose then finds them stopped or stopping and removes them.
 * About 120 ms on the two-service fixture (bench/experiments/parallel-stop.mjs).
 * Best-effort: whatever fails here, compose stops it itself.
 */
async function stopAll(docker, containers, timeoutS) {
    await Promise.allSettled(containers.map((c) => docker.stopContainer(c, timeoutS)));
}
async function forceRemove(docker, r, warn) {
    const removed = [];
    const attempt = async (what, fn) => {
        try {
            await fn();
            removed.push(what);
        }
        catch (err) {
            warn(`Could not force-remove ${what}: ${(0,errors/* errorMessage */.gJ)(err)}`);
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

;// CONCATENATED MODULE: ./src/engine/timeline.ts


/** The report of a run that has not reached its verdict (yet, or ever). */
function pendingReport(base, phase, now) {
    return report_buildReport({
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
        const current = readReport(this.file);
        // Only a pending report is rewritten to name the phase; a final one keeps its verdict.
        const pending = !current || current.blocking_issues[0]?.startsWith('The run did not reach a verdict');
        // Teardown phases keep the record of where main stopped.
        const mainPhase = phase !== 'teardown' && phase !== 'verified';
        const report = current && (!pending || !mainPhase)
            ? current
            : pendingReport(this.base, mainPhase ? phase : 'none: main never started', this.now());
        writeReport(this.file, {
            ...report,
            cleanup: current?.cleanup,
            timeline: change(current?.timeline ?? []),
        });
    }
}

;// CONCATENATED MODULE: ./src/engine/finish.ts




async function finishRun(state, deps) {
    // What the run saw lets `down` start at once, unless a teardown of this run
    // already began (post run twice, or killed half way): then it is out of date.
    const tornBefore = readReport(state.reportFile)?.timeline?.some((e) => e.phase === 'teardown');
    const timeline = new RunTimeline(state.reportFile, state, deps.now);
    const report = await timeline.phase('teardown', () => teardown(targetOf(state), deps.docker, deps.compose, deps.reporter, {
        downTimeoutS: state.downTimeoutS,
        known: tornBefore ? undefined : state.resources,
    }));
    timeline.mark('verified', report.verified ? 'ok' : 'failed');
    addCleanup(state.reportFile, report);
    return report;
}

;// CONCATENATED MODULE: ./src/engine/watchdog.ts
// The watchdog: a small detached process main starts, for the case the post
// step never comes (the runner itself SIGKILLed, the machine's job agent
// gone). It watches a process (the runner's worker, main's parent) and the
// report: when post records a verified cleanup it exits; when the watched
// process is gone, or the run outlives reap-after, it tears the project down.
// The teardown comes in as a function (finishRun with the engine's deps in
// src/watchdog.ts; a fake in tests).

function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        // EPERM: it exists, it just is not ours to signal.
        return err.code === 'EPERM';
    }
}
/** Pure: what the watchdog does on one tick. */
function decide(config, now, alive, verified) {
    if (verified)
        return 'cleanup verified by post';
    if (!alive)
        return 'cleaned: watched process gone';
    if (now - Date.parse(config.state.startedAt) > config.maxAgeMs)
        return 'cleaned: run too old';
    return 'wait';
}
async function watch(config, reporter, tearDown, alive = isAlive) {
    for (;;) {
        const verified = readReport(config.state.reportFile)?.cleanup?.verified === true;
        const step = decide(config, Date.now(), alive(config.watchPid), verified);
        if (step !== 'wait') {
            if (step !== 'cleanup verified by post') {
                reporter.info(`Watchdog: ${step}; tearing down ${config.state.project}.`);
                const report = await tearDown(config.state);
                reporter.info(`Watchdog: cleanup ${report.verified ? 'verified' : 'NOT verified'}.`);
            }
            return step;
        }
        await new Promise((r) => setTimeout(r, config.pollMs));
    }
}

;// CONCATENATED MODULE: ./src/watchdog.ts
// The watchdog process (dist/watchdog/index.js): started detached by main,
// configured by one JSON argument, logging to a file next to the override.
// It idles for the whole run, started while main is busiest (during `up`):
// dockerode, most of the Docker code, loads on the first Docker call
// (docker/lazy-client.ts), i.e. only when it tears down.




const stamp = () => new Date().toISOString();
const lineReporter = {
    info: (m) => console.log(`${stamp()} ${m}`),
    warning: (m) => console.log(`${stamp()} warning: ${m}`),
    group: (_t, fn) => fn(),
    output: () => undefined, // compose's own progress lines are noise here
};
async function run(arg) {
    const raw = JSON.parse(arg ?? '{}');
    const state = parseRunState(JSON.stringify(raw.state));
    if (!state || !raw.watchPid) {
        console.log(`${stamp()} watchdog: bad configuration, exiting`);
        return;
    }
    const config = {
        state,
        watchPid: raw.watchPid,
        maxAgeMs: raw.maxAgeMs ?? 6 * 3600_000,
        pollMs: raw.pollMs ?? 1000,
    };
    lineReporter.info(`Watchdog for ${state.project}: watching pid ${config.watchPid}.`);
    const tearDown = (s) => finishRun(s, defaultDeps(lineReporter));
    lineReporter.info(`Watchdog done: ${await watch(config, lineReporter, tearDown)}.`);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 9140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(7701);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
