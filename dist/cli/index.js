#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DG: () => (/* binding */ isLive),
/* harmony export */   Wr: () => (/* binding */ processIo),
/* harmony export */   v5: () => (/* binding */ humanSink)
/* harmony export */ });
// The process's streams and environment behind a small interface, so the
// commands can be driven from unit tests and the JSON mode can move every
// message for people to stderr.
function processIo() {
    return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}
/** Where messages for people go: stderr when stdout is reserved for the JSON object. */
function humanSink(io, json) {
    return json ? io.stderr : io.stdout;
}
/** Live, redrawn status lines only on a terminal and never under CI. */
function isLive(sink, env) {
    return sink.isTTY === true && !env.CI;
}


/***/ }),

/***/ 9277:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: COMMANDS

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

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
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
		const server = external_node_net_.createServer();
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

function portNumbers(from, to) {
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
class PortRangeExhaustedError extends errors/* EnvironmentError */.eG {
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
    const docker = lazyDockerClient(() => Promise.all(/* import() */[__nccwpck_require__.e(830), __nccwpck_require__.e(40), __nccwpck_require__.e(129)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1908)).then((m) => m.createDockerClient()));
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

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/cli/options.ts
// The CLI's flags. Every setting of the one configuration model (the action's
// inputs, src/constants.ts `Input`) is a flag of the same name, so the CLI
// cannot fall behind when a setting is added; its value goes through the same
// parseSettings as the action's input. Value flags fall back to RTR_<NAME>.

const envName = (flag) => `RTR_${flag.toUpperCase().replace(/-/g, '_')}`;
/** `port-range` -> `portRange`: the action's input names are the RawSettings keys. */
const rawKey = (flag) => flag.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const SETTING_HELP = {
    'project-prefix': {
        type: 'string',
        value: 'P',
        help: 'project name prefix (default <repository>-agent-test)',
    },
    'compose-file': {
        type: 'string',
        value: 'F',
        help: 'compose file(s), comma separated (default docker-compose.agent.yml)',
    },
    'working-directory': {
        type: 'string',
        value: 'D',
        help: 'directory compose runs in (default: the current one)',
    },
    service: { type: 'string', value: 'S', help: 'service the tests run in (default odoo)' },
    'port-range': { type: 'string', value: 'A-B', help: 'host port range (default 8090-8100)' },
    'port-wait-timeout': {
        type: 'string',
        value: 'T',
        help: 'seconds to wait for a free port when the range is full (default 300)',
    },
    'reap-after': {
        type: 'string',
        value: 'T',
        help: "age after which a run's project is stale and reaped (default 6h)",
    },
    'health-timeout': {
        type: 'string',
        value: 'T',
        help: 'seconds to wait for health; s, m, h suffixes (default 300)',
    },
    'health-start-interval': {
        type: 'string',
        value: 'T',
        help: "health probes while containers start, e.g. 250ms; '0': the file's own (default 500ms)",
    },
    'test-timeout': { type: 'string', value: 'T', help: 'seconds the tests may run (default 3600)' },
    'test-command': {
        type: 'string',
        value: 'CMD',
        help: 'replaces the Odoo test command (argv, no shell)',
    },
    'log-file': {
        type: 'string',
        value: 'F',
        help: 'proof-of-execution log (default proof_of_execution_tests.log)',
    },
    'down-timeout': {
        type: 'string',
        value: 'T',
        help: 'seconds a container gets to stop before it is killed (default: 0 where the volumes are deleted: run, down --cleanup, reap; 2 for a down that keeps them)',
    },
    'log-ignore': {
        type: 'string',
        multiple: true,
        value: 'RE',
        help: 'log records not held against the run (repeatable)',
    },
    'strict-log': {
        type: 'boolean',
        help: 'any unignored ERROR/WARNING outside the tests fails the run',
    },
    'lint-command': {
        type: 'string',
        value: 'CMD',
        help: 'run once before the tests (argv, no shell)',
    },
    'lint-in': {
        type: 'string',
        value: 'WHERE',
        help: "where the lint command runs: 'service' or 'runner'",
    },
    coverage: { type: 'boolean', help: 'measure coverage of the tests' },
    'coverage-threshold': {
        type: 'string',
        value: 'PCT',
        help: 'coverage percentage below which the gate fails',
    },
    'junit-path': { type: 'string', value: 'F', help: "JUnit XML whose counts replace the log's" },
    cache: {
        type: 'string',
        value: 'MODE',
        help: "template cache: 'auto' (default), 'local', 'github' or 'off'",
    },
    'cache-dir': {
        type: 'string',
        value: 'DIR',
        help: 'template cache directory (default $XDG_CACHE_HOME/resilient-test-runner)',
    },
    'cache-max-size': {
        type: 'string',
        value: 'SIZE',
        help: 'template cache limit, e.g. 500MB (default 2GB)',
    },
};
/**
 * Every setting but the module (a positional argument), as flags. The GitHub
 * inputs (token, comment, check run) are the action's own, not settings.
 */
const NOT_SETTINGS = [constants/* Input */.pd.Module, ...constants/* GITHUB_INPUTS */.Wb];
const SETTING_FLAGS = Object.values(constants/* Input */.pd)
    .filter((name) => !NOT_SETTINGS.includes(name))
    .map((name) => ({
    name,
    env: true,
    ...(SETTING_HELP[name] ?? { type: 'string', value: 'V', help: `the action's '${name}' input` }),
}));
function settingFlags(...names) {
    return SETTING_FLAGS.filter((f) => names.includes(f.name));
}
const JSON_FLAG = {
    name: 'json',
    type: 'boolean',
    help: 'print only a JSON object on stdout (everything else goes to stderr)',
};
const VERBOSE_FLAG = {
    name: 'verbose',
    type: 'boolean',
    help: 'echo compose and test output on a terminal too (it is always in the log file)',
};
/** The raw settings the given flags carry, for parseSettings. */
function toRawSettings(values) {
    const raw = {};
    for (const flag of SETTING_FLAGS) {
        const value = values[flag.name];
        if (value !== undefined)
            raw[rawKey(flag.name)] = value;
    }
    return raw;
}
/**
 * The flags a person types on `up` and repeats on every other work-order
 * command: accepted everywhere (where Docker already knows the project, the
 * files and directory are not needed and say nothing new).
 */
const SHARED_SETTINGS = [
    'compose-file',
    'working-directory',
    'project-prefix',
    'service',
    'down-timeout',
    'health-timeout',
    'health-start-interval',
    'port-range',
    'port-wait-timeout',
    'test-timeout',
    'cache',
    'cache-dir',
    'cache-max-size',
];
/** settingFlags of the shared settings plus the command's own, each once. */
function sharedFlags(...own) {
    return settingFlags(...SHARED_SETTINGS, ...own);
}

;// CONCATENATED MODULE: ./src/cli/args.ts
// Command lines through node:util parseArgs (strict: an unknown flag or a
// missing value is a usage error), then the RTR_<NAME> fallback for value
// flags. Everything comes out as strings: validation is parseSettings' job,
// with the same messages as the action.


/** Bad command line: the usage is shown and the exit code is 2. */
class UsageError extends Error {
    name = 'UsageError';
}
/**
 * Pure: a passthrough command's argv split into its own (flags it knows,
 * with their values, and up to `max` positionals) and the rest, in order.
 */
function splitPassthrough(spec, argv) {
    const flags = new Map(spec.flags.map((f) => [`--${f.name}`, f]));
    const own = [];
    const rest = [];
    let positionals = 0;
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--') {
            rest.push(...argv.slice(i + 1));
            break;
        }
        const flag = flags.get(a.split('=')[0]) ?? (a === '--help' || a === '-h' ? 'help' : undefined);
        if (flag) {
            own.push(a);
            if (flag !== 'help' && flag.type === 'string' && !a.includes('=') && i + 1 < argv.length)
                own.push(argv[++i]);
        }
        else if (!a.startsWith('-') && positionals < spec.positionals.max && rest.length === 0) {
            own.push(a);
            positionals++;
        }
        else
            rest.push(a);
    }
    return { own, rest };
}
function parseCommand(spec, argv, env = {}) {
    const options = { help: { type: 'boolean', short: 'h' } };
    for (const f of spec.flags)
        options[f.name] = f.multiple ? { type: f.type, multiple: true } : { type: f.type };
    const { own, rest } = spec.passthrough ? splitPassthrough(spec, argv) : { own: argv, rest: [] };
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: own, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new UsageError(err.message);
    }
    const help = parsed.values.help === true;
    const values = {};
    const switches = new Set();
    for (const f of spec.flags) {
        const v = parsed.values[f.name];
        if (f.type === 'boolean') {
            if (v === true)
                switches.add(f.name);
            // A setting switch (strict-log) reaches parseSettings as its input would.
            if (f.env)
                values[f.name] = v === true ? 'true' : env[envName(f.name)] || undefined;
        }
        else {
            const given = Array.isArray(v) ? v.map(String).join('\n') : v;
            values[f.name] = given ?? (f.env ? env[envName(f.name)] || undefined : undefined);
        }
    }
    const positionals = parsed.positionals;
    if (!help) {
        if (positionals.length < spec.positionals.min)
            throw new UsageError(`Missing argument: ${spec.name} needs ${spec.args}.`);
        if (positionals.length > spec.positionals.max)
            throw new UsageError(`Unexpected argument ${JSON.stringify(positionals[spec.positionals.max])}: ${spec.name} takes ${spec.args || 'no arguments'}.`);
    }
    return { positionals, values, switches, help, rest };
}

;// CONCATENATED MODULE: ./src/template-cache/size.ts
// Byte sizes as people write them (`500MB`, `2GB`, `1.5G`) and as the log shows them.
const UNITS = {
    '': 1,
    b: 1,
    k: 1024,
    kb: 1024,
    kib: 1024,
    m: 1024 ** 2,
    mb: 1024 ** 2,
    mib: 1024 ** 2,
    g: 1024 ** 3,
    gb: 1024 ** 3,
    gib: 1024 ** 3,
    t: 1024 ** 4,
    tb: 1024 ** 4,
    tib: 1024 ** 4,
};
/** Bytes of `500MB`, `2GB`, `1.5 GiB`, `1048576`; undefined when it is not a size. Units are binary (1 MB = 1024 KB), as `du -h` counts. */
function parseSize(text) {
    const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
    const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
    if (!m || unit === undefined)
        return undefined;
    const bytes = Math.floor(Number(m[1]) * unit);
    return Number.isSafeInteger(bytes) ? bytes : undefined;
}
/** `1.1 MB`, `512 B`, `2.0 GB`: for log lines and the comment. */
function formatSize(bytes) {
    const units = ['B', 'KB', 'MB', 'GB', 'TB'];
    let v = bytes;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return i === 0 ? `${v} B` : `${v.toFixed(1)} ${units[i]}`;
}
/** A duration for the log: `3.7 s`. */
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

;// CONCATENATED MODULE: ./src/config/values.ts
// Parsers of single input values, shared by the settings and the CLI. Each
// failure names the input and the form it accepts.


const MAX_TIMEOUT_S = 24 * 3600;
/** A value as shown in a message: quoted, and cut so a huge value is not echoed whole. */
function quote(text, max = 80) {
    return JSON.stringify(text.length > max ? `${text.slice(0, max - 3)}...` : text);
}
function fail(input, got, accepted) {
    throw new errors/* InputError */.dz(`Invalid input '${input}': ${quote(got)}. Expected ${accepted}.`);
}
function parsePortRange(raw) {
    const text = (raw ?? '').trim() || constants/* DEFAULTS */.zY.portRange;
    const m = /^(\d{1,5})-(\d{1,5})$/.exec(text) ?? /^(\d{1,5})$/.exec(text);
    const accepted = "'FROM-TO' with 1024 <= FROM <= TO <= 65535 (e.g. '8090-8100'), or a single port";
    if (!m)
        fail(constants/* Input */.pd.PortRange, text, accepted);
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    if (from < 1024 || to > 65535 || from > to)
        fail(constants/* Input */.pd.PortRange, text, accepted);
    return { from, to };
}
/** parseSeconds, but empty means "not set" (undefined): the caller's context picks the default. */
function parseOptionalSeconds(input, raw, min = 1) {
    return (raw ?? '').trim() === '' ? undefined : parseSeconds(input, raw, 0, min);
}
function parseSeconds(input, raw, fallback, min = 1) {
    const text = (raw ?? '').trim();
    if (text === '')
        return fallback;
    const m = /^(\d+)(s|m|h)?$/.exec(text);
    const accepted = `a whole number of seconds from ${min} to ${MAX_TIMEOUT_S}, optionally with s, m or h (e.g. '300', '5m')`;
    if (!m)
        fail(input, text, accepted);
    const seconds = Number(m[1]) * { s: 1, m: 60, h: 3600 }[(m[2] ?? 's')];
    if (!Number.isSafeInteger(seconds) || seconds < min || seconds > MAX_TIMEOUT_S)
        fail(input, text, accepted);
    return seconds;
}
/**
 * The health probe interval while containers start: '0' (off: the compose
 * file's probes as written) or 10 ms to 60 s, with unit ms or s.
 */
function parseStartInterval(raw) {
    const text = (raw ?? '').trim() || constants/* DEFAULTS */.zY.healthStartInterval;
    const m = /^(\d+)(ms|s)?$/.exec(text);
    const accepted = "'0' (off) or a duration from 10ms to 60s with unit ms or s (e.g. '250ms', '1s')";
    if (!m || (!m[2] && m[1] !== '0'))
        fail(constants/* Input */.pd.HealthStartInterval, text, accepted);
    const ms = Number(m[1]) * (m[2] === 's' ? 1000 : 1);
    if (ms !== 0 && (ms < 10 || ms > 60_000))
        fail(constants/* Input */.pd.HealthStartInterval, text, accepted);
    return ms;
}
/** A command: whitespace-separated argv, no shell and no quoting. */
function parseArgv(input, raw) {
    const text = (raw ?? '').trim();
    if (text === '')
        return [];
    if (/[\n\r\0]/.test(text)) {
        fail(input, text, 'one line of whitespace-separated arguments (it runs without a shell)');
    }
    return text.split(/\s+/);
}
function parseBoolean(input, raw, fallback) {
    const text = (raw ?? '').trim().toLowerCase();
    if (text === '')
        return fallback;
    if (['true', 'yes', '1', 'on'].includes(text))
        return true;
    if (['false', 'no', '0', 'off'].includes(text))
        return false;
    return fail(input, text, "'true' or 'false'");
}

;// CONCATENATED MODULE: ./src/config/cache.ts
// The template cache's inputs (cache, cache-dir, cache-max-size), validated
// like every other input: a bad value names the input and the accepted form.




const MODES = ['auto', 'local', 'github', 'off'];
function parseCacheMode(raw) {
    const text = (raw ?? '').trim().toLowerCase() || constants/* DEFAULTS */.zY.cache;
    if (!MODES.includes(text))
        fail(constants/* Input */.pd.Cache, text, "'auto', 'local', 'github' or 'off'");
    return text;
}
/** At least 1 MB (a template is never smaller), at most 1 TB. */
function parseCacheMaxSize(raw) {
    const text = (raw ?? '').trim() || constants/* DEFAULTS */.zY.cacheMaxSize;
    const bytes = parseSize(text);
    if (bytes === undefined || bytes < 1024 ** 2 || bytes > 1024 ** 4)
        fail(constants/* Input */.pd.CacheMaxSize, text, "a size from 1MB to 1TB: a number with KB, MB, GB or TB (binary units, e.g. '500MB', '2GB')");
    return bytes;
}
function parseCacheSettings(raw, workdir) {
    const dir = (raw.cacheDir ?? '').trim();
    if (dir.includes('\0'))
        fail(constants/* Input */.pd.CacheDir, dir, 'a directory path');
    return {
        cache: parseCacheMode(raw.cache),
        cacheDir: dir === '' ? null : (0,external_node_path_.resolve)(workdir, dir),
        cacheMaxBytes: parseCacheMaxSize(raw.cacheMaxSize),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/template-cache/store.ts
var template_cache_store = __nccwpck_require__(9368);
;// CONCATENATED MODULE: ./src/template-cache/local-store.ts
// The directory store: one directory per key under `<cache-dir>/templates/`.
// An entry appears only whole: it is written in a temporary directory next to
// its final place and renamed there (rename is atomic on one file system), so
// a killed run leaves at most a `.tmp-*` directory that a later save removes,
// and of two runs saving the same key at once the first rename wins and the
// second finds the entry there. Last use is the entry directory's mtime,
// touched on every hit; `cache-max-size` evicts the least recently used.






/** Temporary directories older than this are a killed run's leftovers. */
const STALE_TEMP_MS = 3600_000;
class LocalStore {
    maxBytes;
    kind = 'local';
    /** Where the entries live: `<cacheDir>/templates`. */
    root;
    constructor(cacheDir, maxBytes) {
        this.maxBytes = maxBytes;
        this.root = (0,external_node_path_.join)(cacheDir, 'templates');
    }
    /** Creates the store's directory and proves it writable; the error message otherwise. */
    async checkWritable() {
        try {
            await (0,promises_.mkdir)(this.root, { recursive: true });
            const probe = (0,external_node_path_.join)(this.root, `.probe-${process.pid}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`);
            await (0,promises_.writeFile)(probe, '');
            await (0,promises_.rm)(probe, { force: true });
            return undefined;
        }
        catch (e) {
            return e.message;
        }
    }
    async restore(key, dir, warn) {
        const entry = (0,external_node_path_.join)(this.root, key);
        try {
            await (0,promises_.stat)(entry);
        }
        catch {
            return false;
        }
        const checked = await (0,template_cache_store/* verifyEntry */.i)(entry, key);
        if (!checked.ok) {
            warn(`Template cache entry ${entry} is unusable (${checked.reason}); removed, building anew.`);
            await this.remove(key);
            return false;
        }
        try {
            for (const file of Object.values(template_cache_store/* ENTRY_FILES */.hl))
                await (0,promises_.copyFile)((0,external_node_path_.join)(entry, file), (0,external_node_path_.join)(dir, file), external_node_fs_.constants.COPYFILE_FICLONE);
            const now = new Date();
            await (0,promises_.utimes)(entry, now, now);
            return true;
        }
        catch (e) {
            // Removed by another run's eviction while we copied, or a disk error.
            warn(`Template cache entry ${entry} could not be read (${e.message}); building anew.`);
            return false;
        }
    }
    async save(key, dir, warn) {
        const final = (0,external_node_path_.join)(this.root, key);
        const temp = (0,external_node_path_.join)(this.root, `.tmp-${key.slice(0, 16)}-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
        try {
            await (0,promises_.mkdir)(this.root, { recursive: true });
            await this.removeStaleTemps();
            if ((await (0,template_cache_store/* verifyEntry */.i)(final, key)).ok)
                return; // another run saved it first
            await (0,promises_.mkdir)(temp);
            for (const file of Object.values(template_cache_store/* ENTRY_FILES */.hl))
                await (0,promises_.copyFile)((0,external_node_path_.join)(dir, file), (0,external_node_path_.join)(temp, file), external_node_fs_.constants.COPYFILE_FICLONE);
            try {
                await (0,promises_.rename)(temp, final);
            }
            catch (e) {
                const code = e.code;
                if (code !== 'ENOTEMPTY' && code !== 'EEXIST')
                    throw e;
                // Taken since the check: a valid entry stays; a broken one is replaced.
                if ((await (0,template_cache_store/* verifyEntry */.i)(final, key)).ok)
                    return;
                await this.remove(key);
                await (0,promises_.rename)(temp, final);
            }
            await this.evict(key, warn);
        }
        catch (e) {
            warn(`Could not save the template to the cache directory ${this.root}: ${e.message}`);
        }
        finally {
            await (0,promises_.rm)(temp, { recursive: true, force: true }).catch(() => undefined);
        }
    }
    /** Every complete entry, most recently used first. */
    async list() {
        let names;
        try {
            names = await (0,promises_.readdir)(this.root);
        }
        catch {
            return [];
        }
        const entries = [];
        for (const key of names.filter((n) => !n.startsWith('.'))) {
            const dir = (0,external_node_path_.join)(this.root, key);
            try {
                const st = await (0,promises_.stat)(dir);
                if (!st.isDirectory())
                    continue;
                let bytes = 0;
                for (const f of await (0,promises_.readdir)(dir))
                    bytes += (await (0,promises_.stat)((0,external_node_path_.join)(dir, f))).size;
                const manifest = await (0,promises_.readFile)((0,external_node_path_.join)(dir, template_cache_store/* ENTRY_FILES */.hl.manifest), 'utf8')
                    .then((t) => JSON.parse(t))
                    .catch(() => undefined);
                entries.push({ key, dir, bytes, lastUsed: st.mtime, manifest });
            }
            catch {
                // Removed meanwhile by another run.
            }
        }
        return entries.sort((a, b) => b.lastUsed.getTime() - a.lastUsed.getTime());
    }
    /** Removes an entry: renamed away first, so no reader sees it half removed. */
    async remove(key) {
        const trash = (0,external_node_path_.join)(this.root, `.tmp-rm-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
        try {
            await (0,promises_.rename)((0,external_node_path_.join)(this.root, key), trash);
        }
        catch {
            return;
        }
        await (0,promises_.rm)(trash, { recursive: true, force: true });
    }
    /** Removes the entries not used since `before` (all without it); the removed entries. */
    async clear(before) {
        const gone = (await this.list()).filter((e) => !before || e.lastUsed < before);
        for (const e of gone)
            await this.remove(e.key);
        await this.removeStaleTemps();
        return gone;
    }
    /** Least recently used out until the total fits; `keep` (just saved) stays. */
    async evict(keep, warn) {
        const entries = await this.list();
        let total = entries.reduce((n, e) => n + e.bytes, 0);
        const evicted = [];
        for (const e of [...entries].reverse()) {
            if (total <= this.maxBytes)
                break;
            if (e.key === keep)
                continue;
            await this.remove(e.key);
            total -= e.bytes;
            evicted.push(e.key);
        }
        if (total > this.maxBytes)
            warn(`The template cache holds ${formatSize(total)}, over cache-max-size ${formatSize(this.maxBytes)}: the newest entry alone is that large. Raise cache-max-size.`);
        return evicted;
    }
    async removeStaleTemps(olderThanMs = STALE_TEMP_MS) {
        const names = await (0,promises_.readdir)(this.root).catch(() => []);
        for (const name of names.filter((n) => n.startsWith('.tmp-'))) {
            const path = (0,external_node_path_.join)(this.root, name);
            const st = await (0,promises_.stat)(path).catch(() => undefined);
            if (st && Date.now() - st.mtimeMs > olderThanMs)
                await (0,promises_.rm)(path, { recursive: true, force: true }).catch(() => undefined);
        }
    }
}

;// CONCATENATED MODULE: ./src/template-cache/choose.ts
// Which store a run uses, from `cache` and the place it runs: `auto` is the
// GitHub Actions cache where the runner offers one, else the directory; a
// store that cannot work here is a warning and a run without cache, never a
// failed run.



/** `$XDG_CACHE_HOME/resilient-test-runner`, else `~/.cache/resilient-test-runner`. */
function defaultCacheDir(env = process.env, home = (0,external_node_os_.homedir)()) {
    const base = env.XDG_CACHE_HOME?.startsWith('/') ? env.XDG_CACHE_HOME : (0,external_node_path_.join)(home, '.cache');
    return (0,external_node_path_.join)(base, 'resilient-test-runner');
}
/**
 * The GitHub Actions cache where @actions/cache says the runner offers it. Its
 * chunk (with the Azure SDK) is loaded only where the runner's cache variables
 * are set at all, so the CLI and self-hosted runners without them never load it.
 */
const githubStore = async () => {
    const env = process.env;
    if (!env.ACTIONS_RESULTS_URL && !env.ACTIONS_CACHE_URL)
        return undefined;
    const gh = await __nccwpck_require__.e(/* import() */ 859).then(__nccwpck_require__.bind(__nccwpck_require__, 4859));
    return (await gh.isGithubCacheAvailable()) ? new gh.GithubStore() : undefined;
};
/** Why the cache cannot be used with these settings at all, or null. */
function cacheUnusable(settings) {
    if (settings.cache === 'off')
        return 'off (cache: off)';
    if (settings.testCommand.length > 0)
        return 'not used: a custom test-command may prepare the database its own way, which a template cannot know';
    if (settings.coverage)
        return 'not used with coverage: the dependencies would then be installed outside the measured run';
    return null;
}
async function chooseStore(settings, reporter, loadGithub = githubStore, env = process.env) {
    const unusable = cacheUnusable(settings);
    if (unusable)
        return { store: null, why: unusable };
    if (settings.cache === 'github' || settings.cache === 'auto') {
        const gh = await loadGithub().catch((e) => {
            reporter.warning(`The GitHub Actions cache could not be loaded: ${e.message}`);
            return undefined;
        });
        if (gh)
            return { store: gh };
        if (settings.cache === 'github') {
            reporter.warning('cache: github, but this runner offers no GitHub Actions cache (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL unset): running without the template cache.');
            return { store: null, why: 'not used: no GitHub Actions cache on this runner' };
        }
    }
    const dir = settings.cacheDir ?? defaultCacheDir(env);
    const local = new LocalStore(dir, settings.cacheMaxBytes);
    const problem = await local.checkWritable();
    if (problem) {
        reporter.warning(`cache-dir ${dir} is not writable (${problem}): running without the template cache. Set cache-dir to a writable directory, or cache: off.`);
        return { store: null, why: `not used: cache-dir ${dir} is not writable` };
    }
    return { store: local };
}

;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./src/template-cache/container-io.ts
// Streams between files on the runner and processes in a service container:
// `docker compose exec -T <service> cmd` with the file as its stdin or its
// stdout (a database dump, a filestore archive), never held in memory. The
// engine's ComposeRunner merges both streams into one sink, which a binary
// dump cannot go through; so this starts compose itself, the way runCompose does.





function execStream(x) {
    const { file, prefix } = composeCommand();
    const args = [...prefix, ...composeArgs(x.target), 'exec', '-T', x.service, ...x.cmd];
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
            cwd: x.target.workingDirectory,
            env: composeEnv(x.target),
            stdio: [x.stdinFile ? 'pipe' : 'ignore', 'pipe', 'pipe'],
        });
        let tail = '';
        const keep = (b) => (tail = (tail + b.toString('utf8')).slice(-4000));
        const stdout = child.stdout;
        child.stderr.on('data', (b) => {
            keep(b);
            x.onStderr?.(b);
        });
        const pumps = [];
        if (x.stdoutFile)
            pumps.push((0,external_node_stream_promises_namespaceObject.pipeline)(stdout, (0,external_node_fs_.createWriteStream)(x.stdoutFile)));
        else
            stdout.on('data', keep);
        if (x.stdinFile && child.stdin)
            pumps.push(
            // A process that exits early closes its stdin: not our error, its exit code says.
            (0,external_node_stream_promises_namespaceObject.pipeline)((0,external_node_fs_.createReadStream)(x.stdinFile), child.stdin).catch(() => undefined));
        const timer = setTimeout(() => child.kill('SIGKILL'), x.timeoutMs);
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(e);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            Promise.all(pumps).then(() => resolve({ exitCode: code, tail }), (e) => resolve({ exitCode: code === 0 ? -1 : code, tail: `${tail}\n${e.message}` }));
        });
    });
}
/** Runs a command in a service and returns its stdout (small outputs: a listing, JSON). */
function execCapture(target, service, cmd, timeoutMs) {
    const { file, prefix } = composeCommand();
    const args = [...prefix, ...composeArgs(target), 'exec', '-T', service, ...cmd];
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
            cwd: target.workingDirectory,
            env: composeEnv(target),
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(e);
        });
        child.on('close', (code) => resolve({
            exitCode: code,
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8').slice(-4000),
        }));
        child.on('close', () => clearTimeout(timer));
    });
}
/**
 * Resolves once the service has a running container; rejects when `up`
 * failed, or ended without one. Lets the database work start while compose
 * is still bringing the other services up.
 */
async function serviceRunning(docker, project, service, up) {
    let done = false;
    const settled = up.then(() => void (done = true), (e) => {
        done = true;
        throw e;
    });
    settled.catch(() => undefined);
    for (;;) {
        const finished = done;
        const { containers } = await docker.listProject(project);
        if (containers.some((c) => c.service === service && c.state === 'running'))
            return;
        if (finished) {
            await settled;
            throw new Error(`the ${service} service has no running container`);
        }
        await Promise.race([settled.catch(() => undefined), sleep(100)]);
    }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

;// CONCATENATED MODULE: ./src/template-cache/database.ts

const FILESTORE_ROOT = '/var/lib/odoo/filestore';
// Positional parameters, never spliced into the script. The image's superuser
// (POSTGRES_USER) connects over the local socket, which the postgres image trusts.
const SU = '-U "${POSTGRES_USER:-postgres}"';
// Odoo's own CREATE DATABASE (service/db.py _create_empty_database with
// template0), plus IS_TEMPLATE; psql reads it on stdin so that :"db" and
// :"role" are quoted by psql, not spliced into SQL by us.
const PSQL = `psql ${SU} -d postgres -q -v ON_ERROR_STOP=1 -v role="$1" -v db="$2"`;
const CREATE_HIDDEN = `printf '%s\\n' 'CREATE DATABASE :"db" OWNER :"role" ENCODING '"'unicode'"' LC_COLLATE '"'C'"' TEMPLATE template0 IS_TEMPLATE true;' | ${PSQL}`;
const REVEAL = `printf '%s\\n' 'ALTER DATABASE :"db" IS_TEMPLATE false;' | ${PSQL}`;
// Over TCP: while the image initialises its data directory, its temporary
// server listens on the socket only; the final one answers on TCP.
const READY_FN = `ready() { for i in $(seq 1 1200); do pg_isready -q -h 127.0.0.1 ${SU} && return 0; sleep 0.1; done; return 1; }`;
const READY_OR_FAIL = `${READY_FN}; ready || { echo "Postgres did not accept connections" >&2; exit 1; }`;
// Waits for Postgres itself, so it can start as soon as the container runs.
// synchronous_commit=off for the restore's session only: each of its
// thousands of statements is a commit that no longer waits for the disk
// (2.4 -> 1.75 s for Odoo 18 with mail, measured). Safe: WAL is still written in order, and the reveal that follows
// commits synchronously, which makes everything before it durable too.
const RESTORE = `${READY_OR_FAIL}; ${CREATE_HIDDEN} && PGOPTIONS='-c synchronous_commit=off' exec pg_restore ${SU} --no-owner --role="$1" --exit-on-error -d "$2"`;
// The dump of a miss runs while the tests start, from a snapshot taken
// before they do: a session exports one (pg_export_snapshot, a repeatable-read
// transaction kept open through a fifo until the dump ends), the script says
// SNAPSHOT on stderr, and pg_dump reads exactly that state whatever the tests
// write meanwhile. pg_dump takes its table locks (ACCESS SHARE) at once, a
// second before the tests' Odoo has even started; a test's ALTER TABLE then
// waits for the end of the dump. Should the tests hold a lock first, pg_dump
// gives up after 500 ms (--lock-wait-timeout), before Postgres's deadlock
// check (deadlock_timeout, 1 s) could pick the tests' transaction instead: a
// dump that failed is a warning and nothing saved, never a failed test.
const SNAPSHOT_SIGNAL = 'RTR-SNAPSHOT-TAKEN';
const DUMP_AT_SNAPSHOT = [
    `d=$(mktemp -d) && mkfifo "$d/in" || exit 1`,
    `psql ${SU} -d "$1" -tAq -v ON_ERROR_STOP=1 < "$d/in" > "$d/out" 2> "$d/err" &`,
    `exec 3> "$d/in"`,
    `printf '%s\n' 'BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;' 'SELECT pg_export_snapshot();' >&3`,
    `s=; for i in $(seq 1 500); do s=$(head -n 1 "$d/out"); [ -n "$s" ] && break; sleep 0.02; done`,
    `[ -n "$s" ] || { cat "$d/err" >&2; exit 1; }`,
    `echo ${SNAPSHOT_SIGNAL} >&2`,
    `pg_dump ${SU} -Fc --no-owner --snapshot="$s" --lock-wait-timeout=500 "$1"; rc=$?`,
    `exec 3>&-; wait; rm -rf "$d"; exit $rc`,
].join('\n');
// A template database cannot be dropped; --force ends stray sessions (Postgres 13+).
const DROP = `{ ${REVEAL} 2>/dev/null || true; } && dropdb ${SU} --force --if-exists "$2"`;
const TAR_OUT = `d="${FILESTORE_ROOT}/$1"; mkdir -p "$d" && exec tar -C "$d" -cf - .`;
const TAR_IN = `d="${FILESTORE_ROOT}/$1"; mkdir -p "$d" && exec tar -C "$d" -xf -`;
function database_fail(what, res) {
    const why = (res.tail ?? res.stderr ?? '').trim().slice(-800);
    throw new Error(`${what} failed (exit ${res.exitCode ?? 'signal'})${why ? `: ${why}` : ''}`);
}
/** A script in the database container, with the role and database as $1 and $2. */
async function inDb(p, script, what) {
    const args = ['sh', '-c', script, 'sh', p.role, p.database];
    const res = await execCapture(p.target, p.dbService, args, p.timeoutMs);
    if (res.exitCode !== 0)
        database_fail(what, res);
}
/**
 * Creates the run's database, empty and hidden from the Odoo server (see the
 * header), as soon as Postgres accepts connections.
 */
const createHiddenDatabase = (p) => inDb(p, `${READY_OR_FAIL}; ${CREATE_HIDDEN}`, `Creating database ${p.database}`);
/** The database is complete: the Odoo server may list and use it. */
const revealDatabase = (p) => inDb(p, REVEAL, `Revealing database ${p.database}`);
/** A script in a service, a file as its stdin or its stdout; throws "<what> failed" with its words. */
async function streamed(p, service, script, args, files, what) {
    const cmd = ['sh', '-c', script, 'sh', ...args];
    const res = await execStream({ target: p.target, service, cmd, timeoutMs: p.timeoutMs, ...files });
    if (res.exitCode !== 0)
        database_fail(what, res);
}
const restoreDatabase = (p, dumpFile) => streamed(p, p.dbService, RESTORE, [p.role, p.database], { stdinFile: dumpFile }, `Restoring the template into database ${p.database}`);
const restoreFilestore = (p, tarFile) => streamed(p, p.service, TAR_IN, [p.database], { stdinFile: tarFile }, `Restoring the template's filestore into ${p.service}`);
/** Dumps the database as it is now, into dumpFile, going on while it changes (see DUMP_AT_SNAPSHOT). */
function dumpDatabaseAtSnapshot(p, dumpFile) {
    let signalled;
    let said = false;
    const taken = new Promise((r) => (signalled = r));
    let seen = '';
    const onStderr = (b) => {
        seen = (seen + b.toString('utf8')).slice(-200);
        if (!said && seen.includes(SNAPSHOT_SIGNAL)) {
            said = true;
            signalled();
        }
    };
    const done = streamed(p, p.dbService, DUMP_AT_SNAPSHOT, [p.database], { stdoutFile: dumpFile, onStderr }, `Dumping database ${p.database}`);
    // Failing before the snapshot: `taken` rejects with the reason too.
    const ended = done.then(() => {
        if (!said)
            throw new Error(`Dumping database ${p.database}: no snapshot was taken`);
    });
    ended.catch(() => undefined);
    return { taken: Promise.race([taken, ended]), done };
}
const dumpFilestore = (p, tarFile) => streamed(p, p.service, TAR_OUT, [p.database], { stdoutFile: tarFile }, `Archiving the filestore of ${p.database}`);
/** Drops the database (a failed template build), so the tests start from nothing as without a cache. */
async function dropDatabase(p) {
    await inDb(p, DROP, `Dropping database ${p.database}`);
    await execCapture(p.target, p.service, ['rm', '-rf', `${FILESTORE_ROOT}/${p.database}`], p.timeoutMs);
}

;// CONCATENATED MODULE: ./src/addons/python-string.ts
// One Python string literal, as the tokenizer meets it: optional prefix (r, u,
// b and rb/br), single or triple quotes of either kind, and the escapes of
// Python 3 (raw strings keep backslashes; unknown escapes stay as written).
const SIMPLE = {
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
};
/**
 * Scans the string whose prefix starts at `start` (`prefixLen` letters before
 * the quote). Returns its value and the index after the closing quote.
 */
function scanString(text, start, prefixLen, fail) {
    const raw = /r/i.test(text.slice(start, start + prefixLen));
    let i = start + prefixLen;
    const q = text[i];
    const triple = text.startsWith(q.repeat(3), i);
    const close = triple ? q.repeat(3) : q;
    i += close.length;
    let out = '';
    for (;;) {
        if (i >= text.length)
            return fail('a string that is never closed', start);
        if (text.startsWith(close, i))
            return { value: out, end: i + close.length };
        const c = text[i];
        if (c === '\n' && !triple)
            return fail('a line break inside a one-line string', start);
        if (c !== '\\') {
            out += c;
            i++;
            continue;
        }
        const e = text[i + 1];
        if (e === undefined)
            return fail('a string that is never closed', start);
        if (raw) {
            // In a raw string a backslash stays, and only keeps the quote after it from closing.
            out += c + e;
            i += 2;
            continue;
        }
        if (e === '\n') {
            i += 2;
        }
        else if (e in SIMPLE) {
            out += SIMPLE[e];
            i += 2;
        }
        else if (/[0-7]/.test(e)) {
            const oct = /^[0-7]{1,3}/.exec(text.slice(i + 1))?.[0];
            out += String.fromCodePoint(parseInt(oct, 8));
            i += 1 + oct.length;
        }
        else if (e === 'x' || e === 'u' || e === 'U') {
            const len = { x: 2, u: 4, U: 8 }[e];
            const hex = text.slice(i + 2, i + 2 + len);
            if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex))
                fail(`a bad \\${e} escape`, i);
            out += String.fromCodePoint(parseInt(hex, 16));
            i += 2 + len;
        }
        else if (e === 'N') {
            return fail('a \\N{...} escape (not supported here; write the character itself)', i);
        }
        else {
            out += c + e;
            i += 2;
        }
    }
}

;// CONCATENATED MODULE: ./src/addons/python-literal.ts
// A strict reader of one Python literal (what `ast.literal_eval` accepts for a
// manifest): dicts, lists, tuples, sets, strings in every quote style (prefixes
// r/u/b, triple quotes, escapes, implicit concatenation), ints, floats, signs,
// True/False/None, comments and trailing commas. A manifest is never executed:
// a call, a name or an operator is refused with the line and column.

class PyLiteralError extends Error {
    name = 'PyLiteralError';
}
const PUNCT = new Set(['{', '}', '[', ']', '(', ')', ',', ':', '-', '+']);
const NUMBER = /^(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.)/;
function where(text, at) {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    return `line ${line}, column ${at - before.lastIndexOf('\n')}`;
}
function tokenize(text) {
    const tokens = [];
    let i = 0;
    const fail = (what, at = i) => {
        throw new PyLiteralError(`${what} at ${where(text, at)}`);
    };
    while (i < text.length) {
        const c = text[i];
        if (c === '#') {
            while (i < text.length && text[i] !== '\n')
                i++;
        }
        else if (/\s/.test(c) || (c === '\\' && text[i + 1] === '\n')) {
            i += c === '\\' ? 2 : 1;
        }
        else if (PUNCT.has(c)) {
            tokens.push({ kind: 'punct', text: c, at: i++ });
        }
        else if (/[A-Za-z_]/.test(c)) {
            const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))?.[0];
            const quote = text[i + word.length];
            if ((quote === '"' || quote === "'") && /^(?:[rRuUbB]|[rR][bB]|[bB][rR])$/.test(word)) {
                const s = scanString(text, i, word.length, fail);
                tokens.push({ kind: 'string', value: s.value, at: i });
                i = s.end;
            }
            else if (quote === '"' || quote === "'") {
                fail(`a string prefix "${word}" that makes an expression, not a literal`);
            }
            else {
                tokens.push({ kind: 'name', text: word, at: i });
                i += word.length;
            }
        }
        else if (c === '"' || c === "'") {
            const s = scanString(text, i, 0, fail);
            tokens.push({ kind: 'string', value: s.value, at: i });
            i = s.end;
        }
        else if (/[0-9.]/.test(c)) {
            const m = NUMBER.exec(text.slice(i))?.[0];
            if (!m)
                fail(`"${c}" where a value was expected`);
            tokens.push({ kind: 'number', value: toNumber(m), at: i });
            i += m.length;
        }
        else {
            fail(`"${c}", which has no place in a literal`);
        }
    }
    tokens.push({ kind: 'end', at: text.length });
    return tokens;
}
function toNumber(raw) {
    const s = raw.replace(/_/g, '');
    if (/^0[xXoObB]/.test(s))
        return Number(s.toLowerCase());
    return Number(s);
}
/** Parses `text` as exactly one Python literal; throws PyLiteralError. */
function parsePyLiteral(text) {
    const tokens = tokenize(text);
    let pos = 0;
    const peek = () => tokens[pos];
    const next = () => tokens[pos++];
    const fail = (what, tok = peek()) => {
        throw new PyLiteralError(`${what} at ${where(text, tok.at)}`);
    };
    const isPunct = (t, p) => t.kind === 'punct' && t.text === p;
    const expect = (p) => {
        if (!isPunct(peek(), p))
            fail(`expected "${p}", found ${describe(peek())}`);
        pos++;
    };
    /** Items up to `close`, trailing comma allowed; `item` parses one. */
    function items(close, item) {
        const list = [];
        let comma = false;
        while (!isPunct(peek(), close)) {
            list.push(item());
            comma = isPunct(peek(), ',');
            if (comma)
                pos++;
            else if (!isPunct(peek(), close))
                fail(`expected "," or "${close}", found ${describe(peek())}`);
        }
        pos++;
        return { list, comma };
    }
    function value() {
        const t = next();
        if (t.kind === 'string') {
            let s = t.value;
            // Implicit concatenation: 'a' 'b' is 'ab', as in Python.
            while (peek().kind === 'string')
                s += next().value;
            return s;
        }
        if (t.kind === 'number')
            return t.value;
        if (t.kind === 'name') {
            if (t.text === 'True')
                return true;
            if (t.text === 'False')
                return false;
            if (t.text === 'None')
                return null;
            if (isPunct(peek(), '('))
                fail(`a call of "${t.text}" (a manifest is never executed)`, t);
            return fail(`the name "${t.text}" (only True, False and None are literals)`, t);
        }
        if (t.kind === 'punct') {
            if (t.text === '-' || t.text === '+') {
                const n = next();
                if (n.kind !== 'number')
                    fail(`"${t.text}" before ${describe(n)}`, t);
                return t.text === '-' ? -n.value : n.value;
            }
            if (t.text === '[')
                return items(']', value).list;
            if (t.text === '(') {
                const { list, comma } = items(')', value);
                // (x) is x in parentheses; (x,) and () are tuples.
                return list.length === 1 && !comma ? list[0] : list;
            }
            if (t.text === '{')
                return dictOrSet();
        }
        return fail(`${describe(t)} where a value was expected`, t);
    }
    function dictOrSet() {
        if (isPunct(peek(), '}')) {
            pos++;
            return {};
        }
        const first = value();
        if (!isPunct(peek(), ':')) {
            // A set literal: kept as a list (manifests only iterate it).
            if (isPunct(peek(), ','))
                pos++;
            else if (!isPunct(peek(), '}'))
                fail(`expected ":", "," or "}", found ${describe(peek())}`);
            return [first, ...items('}', value).list];
        }
        const dict = {};
        const entry = (key, keyTok) => {
            if (typeof key !== 'string')
                fail('a dict key that is not a string', keyTok);
            expect(':');
            Object.defineProperty(dict, key, {
                value: value(),
                enumerable: true,
                writable: true,
                configurable: true,
            });
        };
        entry(first, tokens[pos - 1]);
        if (isPunct(peek(), ','))
            pos++;
        else if (!isPunct(peek(), '}'))
            fail(`expected "," or "}", found ${describe(peek())}`);
        items('}', () => {
            const keyTok = peek();
            entry(value(), keyTok);
        });
        return dict;
    }
    const result = value();
    if (peek().kind !== 'end')
        fail(`${describe(peek())} after the literal`);
    return result;
}
function describe(t) {
    switch (t.kind) {
        case 'end':
            return 'the end of the file';
        case 'string':
            return 'a string';
        case 'number':
            return `the number ${t.value}`;
        case 'name':
            return `the name "${t.text}"`;
        default:
            return `"${t.text}"`;
    }
}

;// CONCATENATED MODULE: ./src/addons/manifest.ts
// An Odoo addon's `__manifest__.py`, read as a Python literal (never executed)
// and normalised the way Odoo 18 loads it (odoo/modules/module.py,
// `_load_manifest`): `depends` defaults to [] and an empty one means
// ['base'] for every addon but base itself; `auto_install` is False, True
// (meaning: all of `depends`) or a list of triggers that must be dependencies
// ([] meaning: always); `installable` defaults to True, and a version that is
// not of the series (`x.y`, `x.y.z`, `18.0.x.y`, `18.0.x.y.z`) makes Odoo
// treat the addon as not installable (with a warning), so it does here too.


const MANIFEST_FILE = '__manifest__.py';
/** The Odoo series this project runs (release.major_version of Odoo 18). */
const ODOO_SERIES = '18.0';
/** A manifest that cannot be read: names the file and says what is wrong. */
class ManifestError extends errors/* InputError */.dz {
    name = 'ManifestError';
}
/** Parses a manifest's text; `path` names it in errors; `addon` is its technical name. */
function parseManifest(text, path, addon = addonOf(path), series = ODOO_SERIES) {
    let raw;
    try {
        raw = parsePyLiteral(text);
    }
    catch (err) {
        if (!(err instanceof PyLiteralError))
            throw err;
        throw new ManifestError(`${path}: not a Python literal: ${err.message}. A manifest must be one dict of literals; it is never executed.`);
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
        throw new ManifestError(`${path}: a manifest must be a dict ({...}), found ${typeName(raw)}`);
    const bad = (key, want) => {
        throw new ManifestError(`${path}: "${key}" must be ${want}, found ${typeName(raw[key])}`);
    };
    const strings = (key) => {
        const v = raw[key];
        if (v === undefined)
            return [];
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
            return bad(key, 'a list of strings');
        return v;
    };
    const bool = (key, fallback) => {
        const v = raw[key];
        if (v === undefined || v === null)
            return fallback;
        if (typeof v !== 'boolean')
            return bad(key, 'True or False');
        return v;
    };
    let depends = [...new Set(strings('depends'))];
    if (depends.length === 0 && addon !== 'base')
        depends = ['base'];
    const auto = raw.auto_install;
    let autoInstall;
    if (Array.isArray(auto)) {
        const triggers = [...new Set(strings('auto_install'))];
        const strangers = triggers.filter((t) => !depends.includes(t));
        if (strangers.length)
            throw new ManifestError(`${path}: auto_install triggers must be dependencies; not in "depends": ${strangers.join(', ')}`);
        autoInstall = triggers;
    }
    else {
        autoInstall = bool('auto_install', false) ? depends : false;
    }
    const title = raw.name ?? addon;
    const version = raw.version ?? '1.0';
    if (typeof title !== 'string')
        bad('name', 'a string');
    if (typeof version !== 'string')
        bad('version', 'a string');
    const adapted = adaptVersion(version, series);
    return {
        title: title,
        depends,
        autoInstall,
        installable: bool('installable', true) && adapted.ok,
        version: adapted.version,
        ...(adapted.ok ? {} : { versionProblem: adapted.problem }),
        data: strings('data'),
        demo: strings('demo'),
        raw,
    };
}
/**
 * Odoo's adapt_version: `x.y` / `x.y.z` get the series in front; `<series>.x.y`
 * and `<series>.x.y.z` stay; anything else (another series' version) is refused.
 */
function adaptVersion(version, series = ODOO_SERIES) {
    const own = version !== series && version.startsWith(`${series}.`);
    const rest = own ? version.slice(series.length + 1) : version;
    if (/^[0-9]+\.[0-9]+(?:\.[0-9]+)?$/.test(rest))
        return { ok: true, version: own ? version : `${series}.${version}` };
    return {
        ok: false,
        version,
        problem: `version ${JSON.stringify(version)} is not x.y, x.y.z, ${series}.x.y or ${series}.x.y.z: Odoo ${series} does not install it`,
    };
}
/** The addon directory's name from a manifest path (`.../sale/__manifest__.py` -> sale). */
function addonOf(path) {
    const parts = path.split(/[\\/]/).filter(Boolean);
    return parts[parts.length - 2] ?? '';
}
function typeName(v) {
    if (v === undefined)
        return 'nothing';
    if (v === null)
        return 'None';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a dict';
    if (typeof v === 'string')
        return 'a string';
    if (typeof v === 'number')
        return `the number ${v}`;
    return v ? 'True' : 'False';
}

;// CONCATENATED MODULE: ./src/addons/discover.ts
// Which addons a list of addons directories holds, as Odoo sees them: an
// addon is a directory with a `__manifest__.py`; when two directories hold the
// same name, the first in the list wins (Odoo's `get_module_path` walks
// `odoo.addons.__path__` in order). Files are read through AddonsFs so tests
// (and the template cache, reading from a container) can hand in other trees.



/** Lists and parses the addons of `dirs` (in order); a bad manifest throws ManifestError. */
async function discoverAddons(dirs, fs = nodeFs) {
    const addons = new Map();
    const shadowed = [];
    for (const addonsDir of dirs) {
        for (const name of [...(await fs.listDirs(addonsDir))].sort()) {
            const dir = (0,external_node_path_.join)(addonsDir, name);
            const path = (0,external_node_path_.join)(dir, MANIFEST_FILE);
            const text = await fs.readText(path);
            if (text === undefined)
                continue;
            const addon = { name, dir, addonsDir, manifest: parseManifest(text, path, name) };
            if (addons.has(name))
                shadowed.push(addon);
            else
                addons.set(name, addon);
        }
    }
    return { addons, shadowed };
}
/** The real file system. */
const nodeFs = {
    async listDirs(dir) {
        try {
            const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
            return entries.filter((e) => e.isDirectory()).map((e) => e.name);
        }
        catch (err) {
            if (isMissing(err))
                return [];
            throw err;
        }
    },
    async readText(path) {
        try {
            return await (0,promises_.readFile)(path, 'utf8');
        }
        catch (err) {
            if (isMissing(err))
                return undefined;
            throw err;
        }
    },
};
/** An in-memory tree: `{ 'addons/a/__manifest__.py': "{...}" }` (tests, other sources). */
function memoryFs(files) {
    const norm = (p) => (0,external_node_path_.join)(p).replace(/\/+$/, '');
    const tree = new Map(Object.entries(files).map(([p, text]) => [norm(p), text]));
    return {
        listDirs(dir) {
            const prefix = norm(dir) === '.' ? '' : `${norm(dir)}/`;
            const names = new Set();
            for (const p of tree.keys()) {
                if (!p.startsWith(prefix))
                    continue;
                const rest = p.slice(prefix.length).split('/');
                if (rest.length > 1 && rest[0])
                    names.add(rest[0]);
            }
            return Promise.resolve([...names]);
        },
        readText(path) {
            return Promise.resolve(tree.get(norm(path)));
        },
    };
}
function isMissing(err) {
    const code = err.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}

;// CONCATENATED MODULE: ./src/addons/closure.ts
// What Odoo installs, from the manifests alone. Installing modules installs
// their `depends`, transitively, and base always; then every installable
// auto_install addon whose triggers (all of `depends` for `True`, the listed
// ones for the list form, none for []) are all installed is installed too,
// with its own dependencies, until nothing changes (Odoo 18: the
// auto-install loop of odoo/modules/db.py `initialize` and
// `ir.module.module.button_install`). `installable: False` addons are never
// installed: depending on one, or on an addon found nowhere, is an error, as
// is a dependency cycle.

/** A dependency that cannot be installed, or a cycle: names the addons. */
class DependencyError extends errors/* InputError */.dz {
    name = 'DependencyError';
}
const BASE = 'base';
const why = (a) => `${a.manifest.versionProblem ?? 'installable: False'} in ${a.dir}`;
/** `modules` + their dependencies + the auto_install addons Odoo adds, sorted. */
function dependencyClosure(addons, modules) {
    const set = new Set();
    const add = (name, from) => {
        if (set.has(name))
            return;
        const addon = addons.get(name);
        if (!addon)
            throw new DependencyError(from
                ? `addon "${from}" depends on "${name}", which is in no addons directory`
                : `module "${name}" is in no addons directory`);
        if (!addon.manifest.installable)
            throw new DependencyError(from
                ? `addon "${from}" depends on "${name}", which is not installable (${why(addon)})`
                : `module "${name}" is not installable (${why(addon)})`);
        set.add(name);
        for (const dep of addon.manifest.depends)
            add(dep, name);
    };
    add(BASE);
    for (const m of modules)
        add(m);
    const autos = [...addons.values()]
        .filter((a) => a.manifest.installable && a.manifest.autoInstall !== false)
        .sort((a, b) => a.name.localeCompare(b.name));
    for (let changed = true; changed;) {
        changed = false;
        for (const a of autos) {
            if (set.has(a.name))
                continue;
            const triggers = a.manifest.autoInstall;
            if (triggers.every((t) => set.has(t))) {
                add(a.name);
                changed = true;
            }
        }
    }
    assertNoCycle(addons, set);
    return [...set].sort();
}
/** The closure of `tested` without `tested` and without any addon that depends on one of them. */
function templateClosure(addons, tested) {
    const testedSet = new Set(tested);
    const full = dependencyClosure(addons, testedSet);
    const needsTested = dependentsOf(addons, testedSet);
    const modules = full.filter((m) => !needsTested.has(m));
    const inTemplate = new Set(modules);
    const pulled = full.filter((m) => {
        const auto = addons.get(m)?.manifest.autoInstall;
        return needsTested.has(m) && !testedSet.has(m) && auto && auto.every((t) => inTemplate.has(t));
    });
    return { modules, pulled };
}
/**
 * Every addon that depends on one of `roots`, transitively, the roots
 * included, mapped to its path to a root (`['c', 'b', 'a']`: c depends on b,
 * which depends on root a; a root maps to `[root]`). Only addons in `addons`
 * are followed.
 */
function dependentsOf(addons, roots) {
    const dependents = new Map();
    for (const a of addons.values())
        for (const dep of a.manifest.depends) {
            const list = dependents.get(dep) ?? [];
            list.push(a.name);
            dependents.set(dep, list);
        }
    const paths = new Map();
    const queue = [];
    for (const r of [...roots].sort()) {
        paths.set(r, [r]);
        queue.push(r);
    }
    // Breadth first: each addon gets a shortest path to a root.
    while (queue.length) {
        const name = queue.shift();
        for (const d of (dependents.get(name) ?? []).sort()) {
            if (paths.has(d))
                continue;
            paths.set(d, [d, ...paths.get(name)]);
            queue.push(d);
        }
    }
    return paths;
}
/** Throws DependencyError naming the addons of the first cycle among `names` (default: all). */
function assertNoCycle(addons, names = addons.keys()) {
    const state = new Map();
    const stack = [];
    const visit = (name) => {
        if (state.get(name) === 'done')
            return;
        if (state.get(name) === 'open') {
            const cycle = [...stack.slice(stack.indexOf(name)), name];
            throw new DependencyError(`dependency cycle: ${cycle.join(' -> ')}`);
        }
        const addon = addons.get(name);
        if (!addon)
            return;
        state.set(name, 'open');
        stack.push(name);
        for (const dep of addon.manifest.depends)
            visit(dep);
        stack.pop();
        state.set(name, 'done');
    };
    for (const n of [...names].sort())
        visit(n);
}

;// CONCATENATED MODULE: ./src/addons/index.ts
// Odoo addon knowledge in one place (shared by the plan and the template
// cache): manifests read as Python literals, the addons of addons
// directories, and Odoo's install closure and reverse dependencies.





;// CONCATENATED MODULE: ./src/template-cache/key.ts
// The key of a template: sha256 over everything that decides what the
// template database holds, and nothing else. The image ID stands for the
// image's core addons and Odoo itself (they are not hashed one by one); the
// repository's addons of the closure are hashed by content (paths sorted,
// mtimes ignored), so a changed file of a dependency is a miss, while the
// tested modules (never in a template) do not count at all.




const byName = (rec) => Object.entries(rec).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
/** Pure: the key, 64 hex digits. Order of closure, addons, files or config files does not matter. */
function templateKey(i) {
    const canonical = {
        format: i.format ?? template_cache_store/* ENTRY_FORMAT */.H2,
        image: i.imageId,
        closure: [...new Set(i.closure)].sort(),
        addons: byName(i.repoAddons).map(([name, files]) => [
            name,
            [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        ]),
        config: byName(i.configFiles),
        demo: i.demo,
        options: i.dbOptions,
    };
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(canonical)).digest('hex');
}
/** Bytecode Python writes next to the sources (a writable mount) is not content. */
const GENERATED = (name, isDir) => isDir ? name === '__pycache__' : name.endsWith('.pyc') || name.endsWith('.pyo');
/** Every file under `dir` (symbolic links followed) as [relative path with '/', sha256], sorted. */
async function hashTree(dir) {
    const out = [];
    const walk = async (d) => {
        const entries = await (0,promises_.readdir)(d, { withFileTypes: true });
        for (const e of entries) {
            const path = (0,external_node_path_.join)(d, e.name);
            let isDir = e.isDirectory();
            if (e.isSymbolicLink()) {
                isDir = (await (0,promises_.stat)(path)).isDirectory();
            }
            if (GENERATED(e.name, isDir))
                continue;
            if (isDir)
                await walk(path);
            else
                out.push([(0,external_node_path_.relative)(dir, path).split(external_node_path_.sep).join('/'), (await (0,template_cache_store/* describeFile */.CL)(path)).sha256]);
        }
    };
    await walk(dir);
    return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
/** Options of Odoo's command line that only say which run this is; all others may change the database. */
const RUN_ONLY = new Set(['-d', '--database', '-i', '--init', '--test-tags', '--http-port', '-p']);
const RUN_SWITCHES = new Set(['--test-enable', '--stop-after-init']);
/** Pure: the options of Odoo's argv that change what an install writes (e.g. --without-demo=all, --load-language). */
function databaseOptions(odooArgs) {
    const out = [];
    for (let i = 0; i < odooArgs.length; i++) {
        const a = odooArgs[i];
        const name = a.split('=')[0];
        if (RUN_SWITCHES.has(name))
            continue;
        if (RUN_ONLY.has(name)) {
            if (!a.includes('='))
                i++; // its value
            continue;
        }
        out.push(a);
    }
    return out;
}
/** Pure: the demo setting an argv asks for. */
function demoSetting(odooArgs) {
    if (odooArgs.some((a) => a.startsWith('--without-demo')))
        return 'without';
    if (odooArgs.includes('--with-demo'))
        return 'with';
    return 'config';
}

;// CONCATENATED MODULE: ./src/template-cache/sources.ts
// Where the addons a template installs come from, as the service sees them:
// the image's core addons (manifests read inside the running container; the
// image ID stands for their content) and the repository's addons that the
// compose file bind-mounts into the service (read and hashed on the runner).



/** Where Odoo 18's Debian package (the official image) keeps the core addons. */
const CORE_ADDONS_DIR = '/usr/lib/python3/dist-packages/odoo/addons';
/**
 * Other addons directories of the official image's configuration, read in the
 * container too: addons an image bakes in (COPY into /mnt/extra-addons) are
 * keyed by the image ID like the core ones; a bind mount over one is read on
 * the runner first and wins.
 */
const IMAGE_ADDONS_DIRS = ['/mnt/extra-addons', '/var/lib/odoo/addons/18.0'];
/** Where the container's directories appear to the discovery, apart from the runner's paths. */
const IN_IMAGE = '/.rtr-image';
/** Pure: the bind mounts of `service` in the resolved model. */
function bindMounts(model, service) {
    return (model.services[service]?.volumes ?? [])
        .filter((v) => v.type === 'bind' && typeof v.source === 'string')
        .map((v) => ({ source: v.source, target: v.target }));
}
/**
 * Pure: the database service of `service`: the one its HOST variable names
 * (the official image's entrypoint turns it into --db_host), else `db`.
 */
function databaseService(model, service) {
    const host = model.services[service]?.environment?.HOST ?? 'db';
    return host && model.services[host] ? host : undefined;
}
/** Pure: the database role Odoo connects as (the entrypoint's USER, `odoo` by default). */
function odooRole(model, service) {
    return model.services[service]?.environment?.USER || 'odoo';
}
/** The mounts that bring addons: a directory holding addons, or an addon itself. */
async function repositoryAddonsDirs(mounts) {
    const out = [];
    for (const m of mounts) {
        if (!(await isDir(m.source)))
            continue;
        if (await exists((0,external_node_path_.join)(m.source, MANIFEST_FILE))) {
            out.push({ hostDir: m.source, target: m.target, single: true });
            continue;
        }
        const names = await nodeFs.listDirs(m.source);
        for (const n of names)
            if (await exists((0,external_node_path_.join)(m.source, n, MANIFEST_FILE))) {
                out.push({ hostDir: m.source, target: m.target, single: false });
                break;
            }
    }
    return out;
}
/** Files mounted under /etc (an odoo.conf): they change what an install does. */
async function configMounts(mounts) {
    const out = [];
    for (const m of mounts)
        if (m.target.startsWith('/etc/') && !(await isDir(m.source)))
            out.push(m);
    return out;
}
/**
 * The addons the service sees, in Odoo's order (core first: the package's own
 * path comes first in odoo.addons.__path__), with each repository addon's
 * directory on the runner.
 */
async function discoverServiceAddons(core, repoDirs) {
    const memory = memoryFs(core.manifests);
    // A single-addon mount is seen as a directory holding just that addon.
    const virtual = new Map();
    const dirs = [CORE_ADDONS_DIR];
    repoDirs.forEach((r, i) => {
        const dir = r.single ? `/.rtr-mount-${i}` : r.hostDir;
        if (r.single)
            virtual.set(dir, r);
        dirs.push(dir);
    });
    dirs.push(...IMAGE_ADDONS_DIRS.map((d) => IN_IMAGE + d));
    const fs = {
        listDirs: (dir) => {
            if (dir === CORE_ADDONS_DIR)
                return memory.listDirs(dir);
            if (dir.startsWith(`${IN_IMAGE}/`))
                return memory.listDirs(dir.slice(IN_IMAGE.length));
            const v = virtual.get(dir);
            return v ? Promise.resolve([(0,external_node_path_.basename)(v.target)]) : nodeFs.listDirs(dir);
        },
        readText: (path) => {
            if (path.startsWith(`${CORE_ADDONS_DIR}/`))
                return memory.readText(path);
            if (path.startsWith(`${IN_IMAGE}/`))
                return memory.readText(path.slice(IN_IMAGE.length));
            for (const [dir, v] of virtual)
                if (path.startsWith(`${dir}/`))
                    return nodeFs.readText((0,external_node_path_.join)(v.hostDir, path
                        .slice(dir.length + 1)
                        .split('/')
                        .slice(1)
                        .join('/')));
            return nodeFs.readText(path);
        },
    };
    const discovery = await discoverAddons(dirs, fs);
    const hostDirOf = new Map();
    for (const a of discovery.addons.values()) {
        if (a.addonsDir === CORE_ADDONS_DIR || a.addonsDir.startsWith(`${IN_IMAGE}/`))
            continue;
        const v = virtual.get(a.addonsDir);
        hostDirOf.set(a.name, v ? v.hostDir : a.dir);
    }
    return { discovery, hostDirOf };
}
async function isDir(p) {
    return (0,promises_.stat)(p).then((s) => s.isDirectory(), () => false);
}
async function exists(p) {
    return (0,promises_.stat)(p).then(() => true, () => false);
}

;// CONCATENATED MODULE: ./src/template-cache/plan.ts




async function planTemplate(model, service, modules, odooArgs, facts) {
    const dbService = databaseService(model, service);
    if (!dbService)
        return {
            plan: null,
            why: `not used: no database service found (the ${service} service's HOST names none, and there is no service "db")`,
        };
    const { imageId, core } = facts;
    const mounts = bindMounts(model, service);
    const [repoDirs, configs] = await Promise.all([
        repositoryAddonsDirs(mounts),
        configMounts(mounts),
    ]);
    const { discovery, hostDirOf } = await discoverServiceAddons(core, repoDirs);
    // A tested module Odoo cannot find fails the tests themselves, with Odoo's
    // words; the cache only steps aside. A missing dependency is an error below.
    const unseen = modules.filter((m) => !discovery.addons.has(m));
    if (unseen.length > 0)
        return {
            plan: null,
            why: `not used: ${unseen.join(', ')} is in no addons directory the ${service} service sees (${[CORE_ADDONS_DIR, ...repoDirs.map((r) => r.target), ...IMAGE_ADDONS_DIRS].join(', ')})`,
        };
    const closure = templateClosure(discovery.addons, modules);
    if (closure.pulled.length > 0)
        return {
            plan: null,
            why: `not used: ${closure.pulled.join(', ')} would be installed automatically with the template and depend on ${modules.join(', ')}`,
        };
    const repoModules = closure.modules.filter((m) => hostDirOf.has(m));
    const repoAddons = {};
    for (const m of repoModules)
        repoAddons[m] = await hashTree(hostDirOf.get(m));
    const configFiles = {};
    for (const c of configs)
        configFiles[c.target] = (await (0,template_cache_store/* describeFile */.CL)(c.source)).sha256;
    const dbOptions = databaseOptions(odooArgs);
    const key = templateKey({
        imageId,
        closure: closure.modules,
        repoAddons,
        configFiles,
        demo: demoSetting(odooArgs),
        dbOptions,
    });
    return {
        plan: {
            key,
            modules: closure.modules,
            repoModules,
            imageId,
            odooVersion: core.odooVersion,
            dbService,
            role: odooRole(model, service),
            dbOptions,
        },
    };
}

;// CONCATENATED MODULE: ./src/isolation/tagged-yaml.ts
// The generated override is written as JSON (JSON is YAML) plus the two YAML
// tags compose reads when it merges files: `!override` replaces what the
// earlier files set (a sequence such as `ports` is otherwise appended to),
// `!reset` removes it. JSON cannot carry a tag, so this writes the same flow
// style with the tag before the value: `"ports": !override [ ... ]`.
/** A value written with a YAML tag in front of it. */
class Tagged {
    tag;
    value;
    constructor(tag, value) {
        this.tag = tag;
        this.value = value;
    }
}
/** `!override <value>`: replaces the earlier files' value instead of merging with it. */
const overrideWith = (value) => new Tagged('!override', value);
/** `!reset null`: removes the attribute the earlier files set. */
const resetValue = () => new Tagged('!reset', null);
/** Pure: whether a value holds a tag anywhere (then compose must know the tags). */
function hasTags(value) {
    if (value instanceof Tagged)
        return true;
    if (Array.isArray(value))
        return value.some(hasTags);
    if (value && typeof value === 'object')
        return Object.values(value).some(hasTags);
    return false;
}
/** Pure: `value` as indented JSON, with each Tagged value's tag written before it. */
function taggedYaml(value, indent = '') {
    if (value instanceof Tagged)
        return `${value.tag} ${taggedYaml(value.value, indent)}`;
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        return `[\n${value.map((v) => inner + taggedYaml(v, inner)).join(',\n')}\n${indent}]`;
    }
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).filter(([, v]) => v !== undefined);
        if (entries.length === 0)
            return '{}';
        const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${taggedYaml(v, inner)}`);
        return `{\n${lines.join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(value ?? null);
}

;// CONCATENATED MODULE: ./src/engine/ownership.ts
// Our own labels on everything a run or work-order environment creates: who
// made it, for what, on which host and from which process, and when. Added
// through a generated override file, so the user's compose file is never
// edited. `ls`, `reap`, the start-of-run reaper and the watchdog read them.





const LABEL = {
    tool: 'io.healthrt.rtr.tool',
    kind: 'io.healthrt.rtr.kind',
    id: constants/* RTR_ID_LABEL */.mY,
    prefix: 'io.healthrt.rtr.prefix',
    host: 'io.healthrt.rtr.owner-host',
    pid: 'io.healthrt.rtr.owner-pid',
    created: 'io.healthrt.rtr.created',
    repository: 'io.healthrt.rtr.repository',
    report: 'io.healthrt.rtr.report',
    /** On the tested service only: the container port whose host port is the run's (`ls`, the URL). */
    port: 'io.healthrt.rtr.port',
    /** A one-off container of ours outside any project (template-cache/service-facts.ts): what it is for. */
    helper: constants/* HELPER_LABEL */.eq,
};
const TOOL = 'resilient-test-runner';
function currentOwner(kind, id, prefix, now, repository = '') {
    return { kind, id, prefix, host: (0,external_node_os_.hostname)(), pid: process.pid, created: now, repository };
}
function ownershipLabels(o) {
    return {
        [LABEL.tool]: TOOL,
        [LABEL.kind]: o.kind,
        [LABEL.id]: o.id,
        [LABEL.prefix]: o.prefix,
        [LABEL.host]: o.host,
        [LABEL.pid]: String(o.pid),
        [LABEL.created]: o.created.toISOString(),
        [LABEL.repository]: o.repository,
        ...(o.report ? { [LABEL.report]: o.report } : {}),
    };
}
function parseOwnership(labels) {
    if (!labels || labels[LABEL.tool] !== TOOL)
        return undefined;
    const kind = labels[LABEL.kind] === 'env' ? 'env' : 'run';
    return {
        kind,
        id: labels[LABEL.id] ?? '',
        prefix: labels[LABEL.prefix] ?? '',
        host: labels[LABEL.host] ?? '',
        pid: Number(labels[LABEL.pid] ?? 0),
        created: new Date(labels[LABEL.created] ?? 0),
        repository: labels[LABEL.repository] ?? '',
        report: labels[LABEL.report] || undefined,
    };
}
/** Pure: an override that labels every service, and every network and volume the project creates. */
function labelsOverride(model, labels) {
    const own = (entries) => Object.fromEntries(Object.entries(entries)
        .filter(([, v]) => !v?.external) // external ones are not ours to label
        .map(([k]) => [k, { labels }]));
    return {
        services: Object.fromEntries(Object.keys(model.services).map((s) => [s, { labels }])),
        networks: own(model.networks),
        volumes: own(model.volumes),
    };
}
/** Writes the override (JSON and YAML tags: tagged-yaml.ts) where the post step can still find it. */
function writeLabelsOverride(dir, project, override) {
    const path = (0,external_node_path_.join)(dir, `${project}.rtr-labels.yml`);
    (0,external_node_fs_.writeFileSync)(path, taggedYaml(override));
    return path;
}

;// CONCATENATED MODULE: ./src/template-cache/service-facts.ts






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
`;
const READ_ARGS = ['-c', READ_CORE, CORE_ADDONS_DIR, ...IMAGE_ADDONS_DIRS];
/**
 * Before `up`: the facts of the image compose will start for the service, or
 * undefined when that is not known yet (an image to build or to pull first,
 * a pull policy that may replace it). The caller checks after `up` that the
 * container runs this very image.
 */
async function imageFacts(docker, model, service, labels, name) {
    const svc = model.services[service];
    if (!svc?.image || svc.build || /^(always|build)$/.test(svc.pull_policy ?? ''))
        return undefined;
    const imageId = await docker.imageId(svc.image);
    if (!imageId)
        return undefined;
    const res = await docker.runImage(svc.image, {
        name,
        entrypoint: ['python3'],
        cmd: READ_ARGS,
        labels,
        timeoutMs: 60_000,
    });
    return { imageId, core: parseCore(service, res) };
}
/** imageFacts for a run's project, labelled as ours; undefined on any failure (asked again after `up`). */
function factsBeforeUp(docker, model, service, target) {
    const labels = {
        [LABEL.tool]: TOOL,
        [LABEL.id]: target.project,
        [LABEL.helper]: 'template-cache: core addons',
    };
    // Named after the project too: `docker ps -a | grep <project>` shows it.
    return imageFacts(docker, model, service, labels, `${target.project}-template-facts`).catch(() => undefined);
}
/** Facts read before `up` hold only if the container runs that very image (a pull may replace it). */
async function checkSameImage(target, service, early) {
    if (!early)
        return;
    const running = await serviceImageId(target, service);
    if (running !== early.imageId)
        throw new Error(`the ${service} service runs image ${running}, not ${early.imageId} whose addons made the key`);
}
/** After `up`: the same facts, asked of the running service. */
async function runningFacts(target, service) {
    const [imageId, core] = await Promise.all([
        serviceImageId(target, service),
        readCoreAddons(target, service),
    ]);
    return { imageId, core };
}
async function readCoreAddons(target, service) {
    const res = await execCapture(target, service, ['python3', ...READ_ARGS], 60_000);
    return parseCore(service, res);
}
function parseCore(service, res) {
    if (res.exitCode !== 0)
        throw new Error(`could not read the core addons in ${service} (exit ${res.exitCode}): ${res.stderr.trim().slice(-500)}`);
    const doc = JSON.parse(res.stdout.slice(res.stdout.indexOf('{')));
    return { odooVersion: doc.version, manifests: doc.manifests };
}
/** The service's image ID, as `compose images` reports it. */
async function serviceImageId(target, service) {
    const { file, prefix } = composeCommand();
    let text = '';
    const res = await runProcess(file, [...prefix, ...composeArgs(target), 'images', '--format', 'json', service], {
        cwd: target.workingDirectory,
        env: composeEnv(target),
        timeoutMs: 60_000,
        onOutput: (c) => void (text += c.toString('utf8')),
    });
    const list = res.exitCode === 0 ? JSON.parse(text.slice(text.indexOf('['))) : [];
    const id = list[0]?.ID;
    if (!id)
        throw new Error(`could not tell the image ID of ${service}: ${res.tail.trim().slice(-300)}`);
    return id;
}

;// CONCATENATED MODULE: ./src/template-cache/template-restore.ts
// A hit: the entry's dump restored into the run's database and its archive
// into the filestore, the database revealed to the Odoo server once both are
// complete (database.ts). The database half waits only for Postgres: with
// the service's facts read before `up`, it starts while compose is still
// starting Odoo, and Odoo's own start overlaps the restore.




async function restoreEntry(r) {
    const { place, docker, up } = r;
    const project = place.target.project;
    // Every half settled before a failure is reported: the caller then drops
    // the database, which no half may create again afterwards.
    const halves = await Promise.allSettled([
        serviceRunning(docker, project, place.dbService, up).then(() => restoreDatabase(place, (0,external_node_path_.join)(r.dir, template_cache_store/* ENTRY_FILES */.hl.dump))),
        serviceRunning(docker, project, place.service, up).then(() => restoreFilestore(place, (0,external_node_path_.join)(r.dir, template_cache_store/* ENTRY_FILES */.hl.filestore))),
        r.sameImage,
    ]);
    for (const h of halves)
        if (h.status === 'rejected')
            throw h.reason;
    await revealDatabase(place);
}

;// CONCATENATED MODULE: ./src/template-cache/template-build.ts
// A miss: the template's modules installed into the run's database without
// tests (the same database options as the test command), then the database
// dumped and the filestore archived into the entry directory with its
// manifest, the database revealed for the tests, and the entry saved while
// they run.





async function installAndDump(deps, service, timeoutMs, b) {
    const { reporter, compose } = deps;
    const { plan, place, dir } = b;
    // The database exists, created hidden by the caller (database.ts): the
    // Odoo server leaves it alone while it is built, and this Odoo finds it
    // existing and initialises it.
    const args = [
        ...['-d', place.database, '-i', plan.modules.join(','), ...plan.dbOptions],
        ...['--stop-after-init', '--http-port', String(b.httpPort)],
    ];
    const res = await reporter.group(`Template: installing ${plan.modules.join(', ')}`, () => compose(place.target, ['exec', '-T', service, '/entrypoint.sh', 'odoo', ...args], {
        timeoutMs,
        keepTail: 3000,
        onOutput: (c) => reporter.output(c),
    }));
    if (res.exitCode !== 0)
        return { ok: false, exitCode: res.exitCode, tail: res.tail };
    const dumpFile = (0,external_node_path_.join)(dir, template_cache_store/* ENTRY_FILES */.hl.dump);
    const tarFile = (0,external_node_path_.join)(dir, template_cache_store/* ENTRY_FILES */.hl.filestore);
    // The tests may start once the database's snapshot is taken; the filestore,
    // which they write to, is archived before.
    const dump = dumpDatabaseAtSnapshot(place, dumpFile);
    dump.done.catch(() => undefined); // awaited through `complete`
    await Promise.all([dump.taken, dumpFilestore(place, tarFile)]);
    const complete = dump.done.then(async () => {
        const manifest = {
            format: template_cache_store/* ENTRY_FORMAT */.H2,
            key: plan.key,
            closure: plan.modules,
            odooVersion: plan.odooVersion,
            image: plan.imageId,
            created: new Date().toISOString(),
            dump: await (0,template_cache_store/* describeFile */.CL)(dumpFile),
            filestore: await (0,template_cache_store/* describeFile */.CL)(tarFile),
        };
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, template_cache_store/* ENTRY_FILES */.hl.manifest), JSON.stringify(manifest, null, 2));
        return manifest;
    });
    return { ok: true, complete };
}
/** Builds the entry into the (hidden, existing) run's database; a failed install is a warning. */
async function buildEntry(deps, settings, store, base, b) {
    const { reporter } = deps;
    const { plan, place } = b;
    const t0 = Date.now();
    reporter.info(`Template cache: miss; installing ${plan.modules.length} modules into ${place.database} (no tests).`);
    const built = await installAndDump(deps, settings.service, settings.testTimeoutMs, b);
    if (!built.ok) {
        const why = `installing the dependencies failed (exit ${built.exitCode ?? 'signal'}), so nothing is cached; the tests run as without cache and their log shows the failure`;
        reporter.warning(`Template cache: ${why}. Last output: ${built.tail.trim().slice(-800)}`);
        await dropDatabase(place);
        return {
            report: { ...base, hit: false, restore_ms: null, build_ms: null, size: null, note: why },
        };
    }
    await revealDatabase(place);
    const ms = Date.now() - t0;
    reporter.info(`Template cache: built in ${seconds(ms)}; dumping it and saving it to the ${store.kind} store during the tests.`);
    const warn = (m) => reporter.warning(`Template cache: ${m}`);
    const report = { ...base, hit: false, restore_ms: null, build_ms: ms, size: null };
    // The tests do not wait for the dump nor the save (an upload to GitHub's
    // cache can take seconds); finish() does, and the report then has the size.
    const saving = built.complete
        .then(async (manifest) => {
        report.size = manifest.dump.bytes + manifest.filestore.bytes;
        await store.save(plan.key, b.dir, warn);
    })
        .catch((e) => warn(`saving failed: ${e.message}`));
    return { report, saving };
}

;// CONCATENATED MODULE: ./src/template-cache/template-run.ts
// One run's use of the template cache. `start` is called as `up` begins:
// with the service's facts read from its image meanwhile (service-facts.ts)
// it works out the key, then on a hit restores the template into the run's
// database as soon as Postgres answers, on a miss installs the dependencies
// (no tests) into it once Odoo's container runs, dumps them and saves the
// entry. `ready` is awaited just before the tests; the save goes on during
// the tests and `finish` waits for it. A cache problem is a warning and a run
// as without cache; only a dependency error (an addon found nowhere, not
// installable, a cycle) stops the run, before any test.











class TemplateRun {
    settings;
    deps;
    store;
    why;
    work;
    dir;
    /** Where the cache works, once it touches the run's database. */
    place;
    /** The run ended before the tests (`up` or health failed): nothing more to say. */
    abandoned = false;
    constructor(settings, deps, store, why) {
        this.settings = settings;
        this.deps = deps;
        this.store = store;
        this.why = why;
    }
    notUsed(why, plan) {
        return {
            report: {
                key: plan?.key ?? null,
                hit: false,
                store: null,
                restore_ms: null,
                build_ms: null,
                size: null,
                modules: plan?.modules ?? [],
                note: why,
            },
        };
    }
    /** Starts in the background; never rejects (see ready). */
    start(s) {
        if (this.work)
            return;
        this.work = this.store
            ? this.run(this.store, s).catch(async (e) => {
                if (e instanceof errors/* InputError */.dz)
                    return { ...this.notUsed(e.message), fatal: e };
                if (this.abandoned)
                    return this.notUsed(`not used: ${e.message}`);
                this.deps.reporter.warning(`Template cache: ${e.message}; running without it.`);
                // Without it means from nothing: a half-built or half-restored
                // database left in place would be tested as if it were Odoo's own.
                const gone = await this.discard();
                if (gone)
                    return { ...this.notUsed(`not used: ${e.message}`), fatal: gone };
                return this.notUsed(`not used: ${e.message}`);
            })
            : Promise.resolve(this.notUsed(this.why ?? 'off'));
        if (!this.store)
            this.deps.reporter.info(`Template cache: ${this.why ?? 'off'}.`);
    }
    /** Drops what the cache put in the run's database; an Error when it could not. */
    async discard() {
        if (!this.place)
            return undefined;
        try {
            await dropDatabase(this.place);
            return undefined;
        }
        catch (e) {
            return new Error(`Template cache: the run's database ${this.place.database} could not be removed after the cache failed (${e.message}); the tests would run on a partial database, so the run stops.`);
        }
    }
    /**
     * The project failed before the tests and is torn down: the cache's work
     * fails with it, quietly (its errors would only repeat that failure).
     */
    abandon() {
        this.abandoned = true;
    }
    /** The run's database is ready for the tests (or the cache stepped aside); throws a dependency error. */
    async ready() {
        const outcome = await this.work;
        if (outcome?.fatal)
            throw outcome.fatal;
    }
    /** After the tests: waits for the save and cleans up; what the report says. */
    async finish() {
        const outcome = await this.work;
        await outcome?.saving;
        if (this.dir)
            await (0,promises_.rm)(this.dir, { recursive: true, force: true }).catch(() => undefined);
        return outcome?.report;
    }
    async run(store, s) {
        const { reporter } = this.deps;
        const up = s.up ?? Promise.resolve();
        const service = this.settings.service;
        const early = s.up
            ? await factsBeforeUp(this.deps.docker, s.model, service, s.target)
            : undefined;
        const facts = early ?? (await up.then(() => runningFacts(s.target, service)));
        const planned = await planTemplate(s.model, this.settings.service, this.settings.modules, s.odooArgs, facts);
        if (!planned.plan) {
            reporter.info(`Template cache: ${planned.why}.`);
            return this.notUsed(planned.why);
        }
        const plan = planned.plan;
        reporter.info(`Template cache: key ${plan.key} (${plan.modules.length} modules: ${plan.modules.join(', ')}; ${store.kind} store).`);
        const warn = (m) => reporter.warning(`Template cache: ${m}`);
        this.dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.deps.tempDir, 'rtr-entry-'));
        const place = {
            target: s.target,
            dbService: plan.dbService,
            service: this.settings.service,
            role: plan.role,
            database: s.database,
            timeoutMs: this.settings.healthTimeoutMs + this.settings.testTimeoutMs,
        };
        this.place = place;
        const base = { key: plan.key, store: store.kind, modules: plan.modules, note: null };
        const t0 = Date.now();
        if (await store.restore(plan.key, this.dir, warn)) {
            const checked = await (0,template_cache_store/* verifyEntry */.i)(this.dir, plan.key);
            if (!checked.ok)
                warn(`the restored entry is unusable (${checked.reason}); building anew.`);
            else {
                try {
                    const sameImage = up.then(() => checkSameImage(s.target, service, early));
                    await restoreEntry({ place, docker: this.deps.docker, up, sameImage, dir: this.dir });
                    const ms = Date.now() - t0;
                    const size = checked.manifest.dump.bytes + checked.manifest.filestore.bytes;
                    reporter.info(`Template cache: hit; restored ${formatSize(size)} into ${s.database} in ${seconds(ms)}.`);
                    return { report: { ...base, hit: true, restore_ms: ms, build_ms: null, size } };
                }
                catch (e) {
                    warn(`restoring the entry failed (${e.message}); building anew.`);
                    // A database that cannot be dropped stops the run (start's catch).
                    await dropDatabase(place);
                }
            }
        }
        // The database is created as soon as Postgres answers; the install runs
        // in Odoo's container, which must be up and run the image of the key.
        const created = serviceRunning(this.deps.docker, s.target.project, plan.dbService, up).then(() => createHiddenDatabase(place));
        const halves = await Promise.allSettled([
            created,
            up.then(() => checkSameImage(s.target, service, early)),
        ]);
        for (const h of halves)
            if (h.status === 'rejected')
                throw h.reason;
        return buildEntry(this.deps, this.settings, store, base, {
            plan,
            place,
            httpPort: s.httpPort,
            dir: this.dir,
        });
    }
}

;// CONCATENATED MODULE: ./src/template-cache/index.ts





async function openTemplateRun(settings, deps, loadGithub) {
    const choice = await chooseStore(settings, deps.reporter, loadGithub);
    return new TemplateRun(settings, deps, choice.store, choice.store ? null : choice.why);
}

;// CONCATENATED MODULE: ./src/cli/commands/cache.ts
// `cache ls` / `cache clear [--older-than AGE]`: the local template cache
// (src/template-cache/local-store.ts) as a person sees it, and a way to empty it.








const CACHE_SPEC = {
    name: 'cache',
    summary: 'Lists (ls) or empties (clear) the local template cache.',
    args: 'ls|clear',
    positionals: { min: 1, max: 1 },
    flags: [
        ...settingFlags('cache-dir'),
        {
            name: 'older-than',
            type: 'string',
            value: 'AGE',
            help: 'clear: only entries not used for AGE (e.g. 7d, 12h, 30m)',
        },
        JSON_FLAG,
    ],
    notes: [
        "An entry is the database dump and filestore of the tested modules' dependencies, keyed by what they were built from.",
        'Exit codes: 0 done, 2 bad arguments.',
    ],
};
/** `7d`, `12h`, `30m`, `90s` -> milliseconds; undefined when it is not an age. */
function parseAge(text) {
    const m = /^(\d+)(s|m|h|d)$/.exec(text.trim());
    if (!m)
        return undefined;
    return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2]] * 1000;
}
const cacheCommand = {
    spec: CACHE_SPEC,
    async run(ctx) {
        const [what] = ctx.args.positionals;
        if (what !== 'ls' && what !== 'clear')
            throw new UsageError(`Unknown cache command ${JSON.stringify(what)}: use 'ls' or 'clear'.`);
        const dirFlag = ctx.args.values['cache-dir'];
        const dir = dirFlag ? (0,external_node_path_.resolve)(ctx.io.cwd, dirFlag) : defaultCacheDir(ctx.io.env);
        const store = new LocalStore(dir, parseCacheMaxSize(constants/* DEFAULTS */.zY.cacheMaxSize));
        const json = ctx.args.switches.has('json');
        const out = (s) => ctx.io.stdout.write(s);
        if (what === 'ls') {
            const entries = await store.list();
            if (json) {
                const rows = entries.map((e) => ({
                    key: e.key,
                    bytes: e.bytes,
                    last_used: e.lastUsed.toISOString(),
                    created: e.manifest?.created ?? null,
                    modules: e.manifest?.closure ?? null,
                    image: e.manifest?.image ?? null,
                }));
                out(`${JSON.stringify({ dir: store.root, entries: rows }, null, 2)}\n`);
            }
            else if (entries.length === 0)
                out(`No template cache entries in ${store.root}.\n`);
            else {
                out(`Template cache ${store.root}:\n`);
                for (const e of entries)
                    out(`${e.key.slice(0, 16)}  ${formatSize(e.bytes).padStart(9)}  used ${e.lastUsed.toISOString()}  ${e.manifest ? `${e.manifest.closure.length} modules` : '(no manifest)'}\n`);
                out(`${entries.length} entries, ${formatSize(entries.reduce((n, e) => n + e.bytes, 0))}.\n`);
            }
            return 0;
        }
        const ageText = ctx.args.values['older-than'];
        let before;
        if (ageText !== undefined) {
            const ms = parseAge(ageText);
            if (ms === undefined)
                throw new errors/* InputError */.dz(`Invalid --older-than ${JSON.stringify(ageText)}. Expected a whole number with s, m, h or d (e.g. 7d, 12h).`);
            before = new Date(Date.now() - ms);
        }
        const gone = await store.clear(before);
        if (json)
            out(`${JSON.stringify({ dir: store.root, removed: gone.map((e) => e.key) }, null, 2)}\n`);
        else
            out(`Removed ${gone.length} template cache entr${gone.length === 1 ? 'y' : 'ies'} (${formatSize(gone.reduce((n, e) => n + e.bytes, 0))}) from ${store.root}.\n`);
        return 0;
    },
};

;// CONCATENATED MODULE: ./src/config/naming.ts
// Compose project names: lowercase letters, digits, '-' and '_', starting with
// a letter or digit. Every run gets its own, so parallel runs never share a
// container, network, volume or port.
/** Lowercases and replaces anything compose refuses; trims separators. */
function normaliseProjectPart(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-_]+|[-_]+$/g, '');
}
/** `20261121T093000Z`-like UTC stamp without separators compose dislikes. */
function utcStamp(now) {
    return now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'z')
        .toLowerCase();
}
function buildProjectName(id) {
    const parts = [id.prefix, utcStamp(id.now), id.runId, id.attempt, id.random].map(normaliseProjectPart);
    return parts.filter((p) => p !== '').join('-');
}
/** A database name Odoo accepts, unique per run. */
function testDatabaseName(project) {
    return `rtr_${project.replace(/[^a-z0-9]+/g, '_')}`.slice(0, 63);
}

;// CONCATENATED MODULE: ./src/config/parse.ts
// Pure validation of every input. Each failure names the input and the form it
// accepts, and happens before anything touches Docker. Values never reach a
// shell (everything runs as argv arrays), but they are refused here anyway so
// the error is clear and early.







const MODULE_RE = /^[a-z][a-z0-9_]*$/;
const SERVICE_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
function parseModules(raw) {
    const text = (raw ?? '').trim();
    if (text === '') {
        throw new errors/* InputError */.dz(`Input '${constants/* Input */.pd.Module}' is required: one or more Odoo technical names, comma separated (e.g. 'traction' or 'traction,hub_compliance').`);
    }
    const names = text.split(',').map((m) => m.trim());
    for (const name of names) {
        if (!MODULE_RE.test(name) || name.length > 64) {
            fail(constants/* Input */.pd.Module, name, 'Odoo technical names matching ^[a-z][a-z0-9_]*$ (at most 64 characters), comma separated');
        }
    }
    return [...new Set(names)];
}
/** `hub-agent-test` from `HealthRT/hub`; `agent-test` alone when unknown. */
function defaultPrefix(repository) {
    const name = (0,external_node_path_.basename)(repository ?? '');
    const part = name ? normaliseProjectPart(name) : '';
    return part ? `${part}${constants/* DEFAULTS */.zY.prefixSuffix}` : constants/* DEFAULTS */.zY.prefixSuffix.slice(1);
}
function parsePrefix(raw, repository) {
    const text = (raw ?? '').trim();
    if (text === '')
        return defaultPrefix(repository);
    if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(text)) {
        fail(constants/* Input */.pd.ProjectPrefix, text, 'lowercase letters, digits, - and _, starting with a letter or digit, at most 40 characters (e.g. hub-agent-test)');
    }
    return text;
}
function splitList(raw) {
    return raw
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
function parseComposeFiles(raw, workdir, exists) {
    const files = splitList(raw ?? '');
    if (files.length === 0)
        files.push(constants/* DEFAULTS */.zY.composeFile);
    for (const file of files) {
        if (file.includes('\0'))
            fail(constants/* Input */.pd.ComposeFile, file, 'paths of compose files');
        const full = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(workdir, file);
        if (!exists(full)) {
            throw new errors/* InputError */.dz(`Input '${constants/* Input */.pd.ComposeFile}': ${quote(file)} not found (looked at ${quote(full, 200)}). Check out the repository first (actions/checkout) or set '${constants/* Input */.pd.ComposeFile}' / '${constants/* Input */.pd.WorkingDirectory}'.`);
        }
    }
    return files;
}
const parseTestCommand = (raw) => parseArgv(constants/* Input */.pd.TestCommand, raw);
/** One regular expression per line; each must compile. */
function parseLogIgnore(raw) {
    return (raw ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '')
        .map((source) => {
        try {
            return new RegExp(source);
        }
        catch (err) {
            return fail(constants/* Input */.pd.LogIgnore, source, `one JavaScript regular expression per line (${err.message})`);
        }
    });
}
function parseThreshold(raw) {
    const text = (raw ?? '').trim();
    if (text === '')
        return null;
    const n = Number(text.replace(/%$/, ''));
    if (!/^\d+(\.\d+)?%?$/.test(text) || n > 100) {
        fail(constants/* Input */.pd.CoverageThreshold, text, 'a percentage from 0 to 100 (e.g. 80 or 82.5)');
    }
    return n;
}
function parseQuality(raw, workdir) {
    const lintText = (raw.lintCommand ?? '').trim();
    const lintIn = (raw.lintIn ?? '').trim() || 'service';
    if (lintIn !== 'service' && lintIn !== 'runner')
        fail(constants/* Input */.pd.LintIn, lintIn, "'service' or 'runner'");
    const coverageThreshold = parseThreshold(raw.coverageThreshold);
    const junit = (raw.junitPath ?? '').trim();
    return {
        lintCommand: lintText === 'skip' ? [] : parseArgv(constants/* Input */.pd.LintCommand, lintText),
        lintIn: lintIn,
        // A threshold without coverage would be a gate that can never be checked.
        coverage: parseBoolean(constants/* Input */.pd.Coverage, raw.coverage, false) || coverageThreshold !== null,
        coverageThreshold,
        junitPath: junit === '' ? null : (0,external_node_path_.resolve)(workdir, junit),
    };
}
function parseSettings(raw, ctx) {
    const modules = parseModules(raw.module);
    const workdirText = (raw.workingDirectory ?? '').trim();
    const workingDirectory = (0,external_node_path_.resolve)(ctx.baseDirectory, workdirText || '.');
    if (workdirText && !ctx.fileExists(workingDirectory)) {
        throw new errors/* InputError */.dz(`Input '${constants/* Input */.pd.WorkingDirectory}': ${quote(workdirText)} does not exist (looked at ${quote(workingDirectory, 200)}).`);
    }
    const service = (raw.service ?? '').trim() || constants/* DEFAULTS */.zY.service;
    if (!SERVICE_RE.test(service))
        fail(constants/* Input */.pd.Service, service, 'a compose service name (letters, digits, _, . and -)');
    const logText = (raw.logFile ?? '').trim() || constants/* DEFAULTS */.zY.logFile;
    if (logText.includes('\0') || logText.endsWith('/'))
        fail(constants/* Input */.pd.LogFile, logText, 'a file path');
    return {
        modules,
        projectPrefix: parsePrefix(raw.projectPrefix, ctx.repository),
        composeFiles: parseComposeFiles(raw.composeFile, workingDirectory, ctx.fileExists),
        workingDirectory,
        service,
        portRange: parsePortRange(raw.portRange),
        reapAfterMs: parseSeconds(constants/* Input */.pd.ReapAfter, raw.reapAfter, constants/* DEFAULTS */.zY.reapAfterS, 60) * 1000,
        portWaitTimeoutMs: parseSeconds(constants/* Input */.pd.PortWaitTimeout, raw.portWaitTimeout, constants/* DEFAULTS */.zY.portWaitTimeoutS, 0) * 1000,
        healthTimeoutMs: parseSeconds(constants/* Input */.pd.HealthTimeout, raw.healthTimeout, constants/* DEFAULTS */.zY.healthTimeoutS) * 1000,
        healthStartIntervalMs: parseStartInterval(raw.healthStartInterval),
        testTimeoutMs: parseSeconds(constants/* Input */.pd.TestTimeout, raw.testTimeout, constants/* DEFAULTS */.zY.testTimeoutS) * 1000,
        testCommand: parseTestCommand(raw.testCommand),
        logFile: (0,external_node_path_.resolve)(workingDirectory, logText),
        downTimeoutS: parseOptionalSeconds(constants/* Input */.pd.DownTimeout, raw.downTimeout, 0),
        logIgnore: parseLogIgnore(raw.logIgnore),
        strictLog: parseBoolean(constants/* Input */.pd.StrictLog, raw.strictLog, false),
        ...parseQuality(raw, workingDirectory),
        ...parseCacheSettings(raw, workingDirectory),
    };
}

;// CONCATENATED MODULE: ./src/isolation/published.ts
/** Pure: the host port Docker publishes for `target`/tcp of `service`; null when none. */
function publishedPort(containers, service, target) {
    if (target === null)
        return null;
    const bindings = containers
        .filter((c) => c.service === service)
        .flatMap((c) => c.bindings ?? []);
    return (bindings.find((b) => b.containerPort === target && b.protocol === 'tcp' && b.hostPort > 0)
        ?.hostPort ?? null);
}
/** Pure: the log line that says which port the run reports, and why when it is not the allocated one. */
function publishedLine(service, target, allocated, published) {
    if (target === null)
        return `No host port for service ${service}: it publishes none the run can report.`;
    if (published === null)
        return `Docker publishes no host port for ${service}:${target}: the run reports none.`;
    const note = allocated !== null && allocated !== published
        ? ` (not the allocated ${allocated}: the compose file decided otherwise)`
        : '';
    return `Host port ${published}: Docker publishes ${service}:${target} there${note}.`;
}

;// CONCATENATED MODULE: ./src/engine/work-order.ts
// A work order's long-lived environment is the compose project
// `<prefix>-<work order>`: the name alone says which environment belongs to
// which work order, so Docker (by compose's labels) is the only registry.


const WORK_ORDER_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
/** A per-run project's stamp (see buildProjectName): a work order must not look like one. */
const RUN_STAMP_RE = /^\d{8}t\d{6}z(-|$)/;
function parseWorkOrder(raw) {
    const text = (raw ?? '').trim();
    if (!WORK_ORDER_RE.test(text)) {
        throw new errors/* InputError */.dz(`Invalid work order ${JSON.stringify(text.slice(0, 80))}. Expected letters, digits, - and _, starting with a letter or digit, at most 40 characters (e.g. WO-042).`);
    }
    // Otherwise `reap` would take the environment for a stale per-run project.
    if (RUN_STAMP_RE.test(normaliseProjectPart(text))) {
        throw new errors/* InputError */.dz(`Invalid work order ${JSON.stringify(text)}: it looks like the timestamp of a per-run project (yyyymmddThhmmssZ).`);
    }
    return text;
}
/** `hub-agent-test` + `WO-042` -> `hub-agent-test-wo-042`. */
function workOrderProject(prefix, workOrder) {
    return `${prefix}-${normaliseProjectPart(workOrder)}`;
}

;// CONCATENATED MODULE: ./src/workspace/server-command.ts
// The Odoo server of a work order's environment serves that environment's
// database: its command gets `--database <db> --db-filter ^<db>$`, so the
// URL opens that database's login page (no database manager, no selector).
// Through a generated override file next to the labels override: the user's
// compose files are never edited. Labels on the service say which database
// and database service `ls`, `shell`, `psql` and `update` work on.


const ENV_LABEL = {
    database: 'io.healthrt.rtr.database',
    dbService: 'io.healthrt.rtr.db-service',
};
/** The official image's CMD: what runs when the files set no command. */
const IMAGE_COMMAND = ['odoo'];
/** Pure: the service's command as argv (compose prints a list; a string is split on blanks). */
function serviceCommand(model, service) {
    const cmd = model.services[service]?.command;
    if (Array.isArray(cmd) && cmd.length > 0)
        return cmd;
    if (typeof cmd === 'string' && cmd.trim() !== '')
        return cmd.trim().split(/\s+/);
    return IMAGE_COMMAND;
}
/** Pure: the escaped anchored filter that lets exactly `database` through. */
function databaseFilter(database) {
    return `^${database.replace(/[.]/g, '\\.')}$`;
}
/**
 * Pure: the override of the Odoo service: its own command (or the image's)
 * with the database options appended, and the labels naming the database.
 * Options already there for the database are replaced, not repeated.
 */
function serverOverride(model, service, database, dbService) {
    const base = withoutOptions(serviceCommand(model, service), ['-d', '--database', '--db-filter']);
    return {
        services: {
            [service]: {
                command: [...base, '--database', database, '--db-filter', databaseFilter(database)],
                labels: { [ENV_LABEL.database]: database, [ENV_LABEL.dbService]: dbService },
            },
        },
    };
}
/** Pure: argv without the given value options (`--opt v` and `--opt=v`). */
function withoutOptions(argv, options) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (options.includes(a))
            i++;
        else if (!options.some((o) => a.startsWith(`${o}=`)))
            out.push(a);
    }
    return out;
}
function writeServerOverride(dir, project, override) {
    const path = (0,external_node_path_.join)(dir, `${project}.rtr-server.yml`);
    (0,external_node_fs_.writeFileSync)(path, JSON.stringify(override, null, 2));
    return path;
}

;// CONCATENATED MODULE: ./src/engine/environments.ts
// Docker is the registry of environments and runs: every compose project is
// found by compose's own labels (project, config files, working directory),
// its port from Docker's published ports and its age from the containers'
// Created time. Our ownership labels (ownership.ts), when present, say the
// kind and the work order as typed; without them (older projects, projects
// made by hand) the name decides. No state file can disagree with Docker.






/**
 * Kind and id from the name. With a prefix: `<prefix>-<rest>`; without (ls
 * --all): everything up to `agent-test` is the prefix. Undefined: not ours.
 */
function classifyProject(project, prefix) {
    let rest;
    if (prefix !== undefined) {
        rest = project.startsWith(`${prefix}-`) ? project.slice(prefix.length + 1) : undefined;
    }
    else {
        const run = /-(\d{8}t\d{6}z-.+)$/.exec(project);
        if (run)
            return { kind: 'run', id: run[1] };
        rest =
            /agent-test-(.+)$/.exec(project)?.[1] ?? (project.includes('agent-test') ? '' : undefined);
    }
    if (rest === undefined)
        return undefined;
    return { kind: RUN_STAMP_RE.test(rest) ? 'run' : 'work-order', id: rest };
}
const times = (dates) => dates.filter((d) => d !== undefined).map((d) => d.getTime());
function summarise(project, kind, containers, volumes) {
    const created = times(containers.length ? containers.map((c) => c.createdAt) : volumes.map((v) => v.createdAt));
    const first = containers.find((c) => c.configFiles.length > 0);
    const owner = [...containers, ...volumes]
        .map((r) => parseOwnership(r.labels))
        .find((o) => o !== undefined);
    const portOwner = containers.find((c) => c.labels[LABEL.port] && c.service);
    const target = Number(portOwner?.labels[LABEL.port]);
    const mainPort = portOwner?.service && Number.isInteger(target)
        ? {
            service: portOwner.service,
            target,
            host: publishedPort(containers, portOwner.service, target),
        }
        : undefined;
    // The labels know the work order as it was typed (WO-042, not wo-042).
    const labelled = owner?.kind === 'env' && owner.id ? { kind: 'work-order', id: owner.id } : undefined;
    return {
        project,
        ...(labelled ?? kind),
        ports: [...new Set(containers.flatMap((c) => c.publishedPorts))].sort((a, b) => a - b),
        services: containers
            .map((c) => ({
            service: c.service ?? c.name,
            state: c.state,
            health: c.health,
            ports: c.publishedPorts,
        }))
            .sort((a, b) => a.service.localeCompare(b.service)),
        createdAt: created.length ? new Date(Math.min(...created)) : undefined,
        newestAt: created.length ? new Date(Math.max(...created)) : undefined,
        configFiles: first?.configFiles ?? [],
        workingDir: first?.workingDir,
        volumes: volumes.map((v) => v.name).sort(),
        owner,
        database: containers.map((c) => c.labels?.[ENV_LABEL.database]).find(Boolean),
        dbService: containers.map((c) => c.labels?.[ENV_LABEL.dbService]).find(Boolean),
        mainPort,
    };
}
/** Every project whose name `match` accepts, as Docker sees it now. */
async function listProjects(docker, match) {
    const [containers, volumes] = await Promise.all([
        docker.listComposeContainers(),
        docker.listComposeVolumes(),
    ]);
    const names = new Set([...containers, ...volumes].map((r) => r.project));
    const out = [];
    for (const project of [...names].sort()) {
        const kind = match(project);
        if (!kind)
            continue;
        const own = (xs) => xs.filter((x) => x.project === project);
        out.push(summarise(project, kind, own(containers), own(volumes)));
    }
    return out;
}
/** One project by its exact name; undefined when Docker has nothing of it. */
async function findProject(docker, project, kind) {
    const found = await listProjects(docker, (p) => (p === project ? kind : undefined));
    return found[0];
}
/**
 * The host port of an environment's URL: where Docker publishes the port our
 * label names; for a project without the label (made before it, or by hand),
 * the first port of `service`, else any port of the project.
 */
function servicePort(info, service) {
    if (info.mainPort)
        return info.mainPort.host;
    return info.services.find((s) => s.service === service)?.ports[0] ?? info.ports[0] ?? null;
}
/**
 * How to address a project with compose again: the files it was started from
 * that still exist (a deleted labels override in a temp dir is no loss for
 * `exec` or `down`). With none left compose works from the project name
 * alone, run from the filesystem root so no compose file of the caller's cwd
 * is picked up.
 */
function projectTarget(info, exists = external_node_fs_.existsSync) {
    const files = info.configFiles.filter(exists);
    const first = files[0];
    return {
        project: info.project,
        files,
        workingDirectory: first === undefined ? (0,external_node_path_.parse)(process.cwd()).root : (info.workingDir ?? (0,external_node_path_.parse)(first).dir),
        port: info.ports[0] ?? null,
    };
}

;// CONCATENATED MODULE: ./src/engine/stop-project.ts

async function stopProject(target, docker, compose, reporter, 
/** Stop grace in seconds; default DEFAULTS.keptDownTimeoutS: the data stays, so it is stopped cleanly. */
opts = {}) {
    const before = await docker.listProject(target.project);
    const grace = opts.downTimeoutS ?? constants/* DEFAULTS */.zY.keptDownTimeoutS;
    const res = await compose(target, ['down', '--remove-orphans', '-t', String(grace)], {
        onOutput: (c) => reporter.output(c),
        timeoutMs: 300_000,
    });
    const after = await docker.listProject(target.project);
    return {
        project: target.project,
        before: {
            containers: before.containers.map((c) => c.name),
            networks: before.networks,
            volumes: before.volumes,
        },
        leftovers: [...after.containers.map((c) => c.name), ...after.networks],
        keptVolumes: after.volumes,
        error: res.exitCode === 0 ? undefined : res.tail.trim().slice(-1000),
    };
}

;// CONCATENATED MODULE: ./src/engine/deadline.ts
/** How long an engine may take to answer one call before it counts as hung. */
const ENGINE_ANSWER_MS = 15_000;
class NoAnswerError extends Error {
    name = 'NoAnswerError';
}
function withDeadline(p, ms) {
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
        : withDeadline(call(...a), ms).catch((err) => {
            if (err instanceof NoAnswerError)
                hung = err;
            throw err;
        });
    return {
        ping: bounded(() => docker.ping()),
        listProject: bounded((p) => docker.listProject(p)),
        projectHelpers: bounded((p) => docker.projectHelpers(p)),
        containersNamed: bounded((f) => docker.containersNamed(f)),
        stopContainer: (c, t) => hung ? Promise.reject(hung) : withDeadline(docker.stopContainer(c, t), ms + t * 1000),
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
        throw new errors/* EnvironmentError */.eG(`The Docker engine does not answer at ${engineAddress()}: ${(0,errors/* errorMessage */.gJ)(err)}. Start Docker (on a Debian host: sudo bash scripts/install-docker.sh; elsewhere: start Docker Desktop or 'sudo systemctl start docker'), or point DOCKER_HOST (or the docker context) at a running engine.`);
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
    const d = answering(docker, opts.answerTimeoutMs ?? ENGINE_ANSWER_MS);
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

;// CONCATENATED MODULE: ./src/report/markdown.ts
function escapeHtml(text) {
    return text.replace(/[&<>"'|`]/g, (c) => `&#${c.charCodeAt(0)};`);
}
/** Plain-text cleanup lines for the job log and a terminal. */
function cleanupLines(c) {
    const fmt = (r) => `${r.containers.length} containers, ${r.networks.length} networks, ${r.volumes.length} volumes`;
    return [
        `Before teardown: ${fmt(c.before)}${c.before.containers.length ? ` (${c.before.containers.join(', ')})` : ''}`,
        `After teardown:  ${fmt(c.after)}`,
        `docker ps -a | grep ${c.project}: ${c.nameMatches.length === 0 ? '(empty)' : c.nameMatches.join(', ')}`,
        c.verified
            ? 'Cleanup verified: nothing of this run is left.'
            : 'Cleanup NOT verified: resources of this run remain.',
    ];
}

;// CONCATENATED MODULE: ./src/engine/signals.ts
// Cancellation by signal for a process that owns what it created. The first
// SIGINT/SIGTERM/SIGHUP aborts the work in progress; it never exits the
// process: the caller's teardown must still run. Every later signal is only
// reported (a second Ctrl+C while tearing down must not abandon the teardown,
// or the project it was removing stays behind half removed).
const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/**
 * `onSignal` is told each signal and how many have come so far (1 for the
 * first); the front end decides what to say, depending on its phase.
 */
function trapSignals(onSignal, source = process, signals = CANCEL_SIGNALS) {
    const controller = new AbortController();
    let received;
    let count = 0;
    const handler = (signal) => {
        count++;
        received ??= signal;
        onSignal(signal, count);
        controller.abort();
    };
    for (const s of signals)
        source.on(s, handler);
    return {
        signal: controller.signal,
        get received() {
            return received;
        },
        release: () => {
            for (const s of signals)
                source.off(s, handler);
        },
    };
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __nccwpck_require__(1604);
;// CONCATENATED MODULE: ./src/cli/test-counter.ts
// A live count of the tests as Odoo's log streams past: one `Starting
// <Class>.<test>` record per test, one `FAIL:`/`ERROR:` record per failure
// (subtests and setUpClass errors included). Only for progress: the verdict
// comes from parsing the log file afterwards.
// `Starting TestDemo.test_one ...`, not `Starting post tests`.
const STARTING = /: Starting \S+\.\S+ \.\.\./;
const FAILURE = /: (FAIL|ERROR): /;
class TestCounter {
    run = 0;
    failed = 0;
    partial = '';
    feed(chunk) {
        const lines = (this.partial + chunk.toString()).split('\n');
        this.partial = lines.pop() ?? '';
        for (const line of lines)
            this.line(line);
    }
    /** The stream is over: a last line without a newline counts too. */
    end() {
        if (this.partial)
            this.line(this.partial);
        this.partial = '';
    }
    get seen() {
        return this.run + this.failed > 0;
    }
    describe() {
        return `${this.run} test${this.run === 1 ? '' : 's'} run, ${this.failed} failed`;
    }
    line(line) {
        if (STARTING.test(line))
            this.run++;
        else if (FAILURE.test(line))
            this.failed++;
    }
}

;// CONCATENATED MODULE: ./src/cli/terminal-reporter.ts

const CLEAR_LINE = '\r\x1b[K';
function terminalReporter(opts) {
    const now = opts.now ?? Date.now;
    const started = now();
    let counter;
    let title = '';
    let statusShown = false;
    let midLine = false; // raw output ended without a newline
    let lastDraw = 0;
    let ticker;
    const stamp = () => `[${((now() - started) / 1000).toFixed(1).padStart(5)}s]`;
    const flush = () => {
        if (statusShown)
            opts.out.write(CLEAR_LINE);
        statusShown = false;
        if (midLine)
            opts.out.write('\n');
        midLine = false;
    };
    const draw = (force = false) => {
        if (!opts.live || opts.echo || !counter)
            return;
        if (!force && now() - lastDraw < 100)
            return;
        lastDraw = now();
        // Counts once tests run; before that (compose up, the wait for the first test) the ticking time.
        const what = counter.seen ? `: ${counter.describe()}` : ' ...';
        opts.out.write(`${CLEAR_LINE}${stamp()} ${title}${what}`);
        statusShown = true;
    };
    const phase = (message) => {
        flush();
        opts.out.write(`${stamp()} ${message}\n`);
        draw(true);
    };
    return {
        phase,
        flush,
        info: phase,
        print: (text) => {
            flush();
            opts.out.write(text.endsWith('\n') ? text : `${text}\n`);
        },
        warning: (message) => {
            flush();
            opts.err.write(`${stamp()} warning: ${message}\n`);
            draw(true);
        },
        async group(groupTitle, fn) {
            phase(groupTitle);
            const outer = { counter, title };
            counter = new TestCounter();
            title = groupTitle;
            if (opts.live && !opts.echo)
                ticker = setInterval(() => draw(true), 1000).unref();
            try {
                return await fn();
            }
            finally {
                clearInterval(ticker);
                const seen = counter;
                seen.end();
                flush();
                if (seen.seen)
                    opts.out.write(`${stamp()} ${title}: ${seen.describe()}\n`);
                counter = outer.counter;
                title = outer.title;
            }
        },
        output(chunk) {
            counter?.feed(chunk);
            if (opts.echo) {
                if (statusShown)
                    flush();
                opts.out.write(chunk); // bytes as they came: a split UTF-8 character stays whole
                midLine = chunk.length > 0 && chunk[chunk.length - 1] !== 0x0a;
            }
            else
                draw();
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/session.ts



function openSession(ctx, opts = {}) {
    const out = (0,cli_io/* humanSink */.v5)(ctx.io, opts.json ?? false);
    const live = (0,cli_io/* isLive */.DG)(out, ctx.io.env);
    const reporter = terminalReporter({
        out,
        err: ctx.io.stderr,
        live,
        echo: !live || ctx.args.switches.has('verbose'),
    });
    const deps = ctx.makeDeps(reporter);
    let cleaning;
    const trap = trapSignals((signal, count) => {
        if (cleaning === undefined && count === 1)
            reporter.warning(`Received ${signal}: stopping; what this command created is removed before it exits.`);
        else
            reporter.warning(`Received ${signal}${count > 1 ? ' again' : ''}: still cleaning up ${cleaning ?? 'what was created'}; it finishes first, so nothing is left behind.`);
    });
    return {
        reporter,
        deps,
        cleanupCompose: (target, args, o) => deps.compose(target, args, { ...o, detached: true }),
        trap,
        tearingDown: (what) => (cleaning = what),
        release: () => {
            reporter.flush();
            trap.release();
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/exit-codes.ts
// What the process exits with, in one place: scripts and agents branch on it.


const ExitCode = {
    Passed: 0,
    /** The tests failed or errored (or cleanup left something behind). */
    Failed: 1,
    /** Bad command line or input, no Docker, or an environment that did not come up. */
    Usage: 2,
    /** Cancelled by a signal (after the teardown). */
    Cancelled: 130,
};
function exitForVerdict(result) {
    return result === 'passed' ? ExitCode.Passed : ExitCode.Failed;
}
function exitForError(err) {
    if (err instanceof errors/* CancelledError */.cc)
        return ExitCode.Cancelled;
    if (err instanceof UsageError ||
        err instanceof errors/* InputError */.dz ||
        err instanceof errors/* EnvironmentError */.eG ||
        err instanceof errors/* HealthError */.hX)
        return ExitCode.Usage;
    return ExitCode.Failed; // a bug or an unexpected failure: not a pass
}
/** A signal wins (the work was cancelled), then errors, then the gate; leftovers fail a pass. */
function exitCodeFor(end) {
    let code = ExitCode.Passed;
    if (end.signal)
        code = ExitCode.Cancelled;
    else if (end.error !== undefined)
        code = exitForError(end.error);
    else if (end.passed !== undefined)
        code = end.passed ? ExitCode.Passed : ExitCode.Failed;
    if (end.cleanupVerified === false && code === ExitCode.Passed)
        code = ExitCode.Failed;
    return code;
}

;// CONCATENATED MODULE: ./src/cli/usage.ts

const BIN = 'resilient-test-runner';
function flagLine(f) {
    const left = `--${f.name}${f.type === 'string' ? ` ${f.value ?? 'V'}` : ''}`;
    const env = f.env ? ` [${envName(f.name)}]` : '';
    return [left, `${f.help}${env}`];
}
function columns(rows, indent = '  ') {
    const width = Math.max(...rows.map(([l]) => l.length)) + 2;
    return rows.map(([l, r]) => `${indent}${l.padEnd(width)}${r}`.trimEnd());
}
function commandUsage(spec) {
    const lines = [`Usage: ${BIN} ${spec.name}${spec.args ? ` ${spec.args}` : ''} [flags]`, ''];
    lines.push(spec.summary, '');
    const rows = spec.flags.map(flagLine);
    rows.push(['-h, --help', 'show this help']);
    lines.push('Flags:', ...columns(rows));
    if (spec.notes?.length)
        lines.push('', ...spec.notes);
    return `${lines.join('\n')}\n`;
}
function globalUsage(specs) {
    const rows = specs.map((s) => [`${s.name} ${s.args}`.trim(), s.summary]);
    return `${[
        `Usage: ${BIN} <command> [arguments] [flags]`,
        '',
        "Runs an Odoo module's tests in a throw-away Docker Compose project, or keeps",
        'one environment per work order, and always cleans up after itself.',
        '',
        'Commands:',
        ...columns(rows),
        '',
        `Run '${BIN} <command> --help' for the flags of a command; '${BIN} --version' for the version.`,
        'Exit codes: 0 passed, 1 tests failed (or errored), 2 usage or environment error, 130 cancelled.',
    ].join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/work-orders.ts
// What up, test, down and reap share: from a work order on the command line
// to its compose project, the engine checks, and the hints printed for the
// next command (with --project-prefix when it is not the default).







function resolvePrefix(ctx) {
    return parsePrefix(ctx.args.values['project-prefix'], ctx.settingsContext().repository);
}
function workOrderRef(ctx, raw) {
    const workOrder = parseWorkOrder(raw);
    const prefix = resolvePrefix(ctx);
    const extra = prefix === defaultPrefix(ctx.settingsContext().repository) ? '' : ` --project-prefix ${prefix}`;
    return {
        workOrder,
        prefix,
        project: workOrderProject(prefix, workOrder),
        prefixArgs: extra,
        command: (name, rest) => `${BIN} ${name} ${workOrder}${rest ? ` ${rest}` : ''}${extra}`,
    };
}
/** The engine answers and (for commands that run compose) compose is v2. */
async function preflight(deps, compose = true) {
    await checkEngine(deps.docker);
    if (compose)
        await deps.checkCompose();
}
function findWorkOrder(deps, ref) {
    return findProject(deps.docker, ref.project, { kind: 'work-order', id: ref.workOrder });
}
/** Prints why a command ended early and maps it to the exit code (a signal wins). */
function failed(ctx, s, err) {
    s.reporter.flush();
    const signal = s.trap.received;
    ctx.io.stderr.write(signal ? `Cancelled by ${signal}.\n` : `error: ${(0,errors/* errorMessage */.gJ)(err)}\n`);
    return exitCodeFor({ signal, error: err });
}

;// CONCATENATED MODULE: ./src/cli/commands/down.ts
// `down <work-order> [--cleanup]`: stops a work order's environment. Plain
// `down` keeps the named volumes (database, filestore) for the next `up`;
// `--cleanup` removes everything and proves, by label, that nothing is left.









const DOWN_SPEC = {
    name: 'down',
    summary: "Stops a work order's environment; its data stays unless --cleanup.",
    args: '<work-order>',
    positionals: { min: 1, max: 1 },
    flags: [
        {
            name: 'cleanup',
            type: 'boolean',
            help: 'remove the volumes too (down -v --remove-orphans) and verify nothing is left',
        },
        ...sharedFlags(),
        VERBOSE_FLAG,
    ],
    notes: [
        'Exit codes: 0 done (or nothing there), 1 something was left behind, 2 bad input / no Docker.',
    ],
};
const downCommand = {
    spec: DOWN_SPEC,
    async run(ctx) {
        const ref = workOrderRef(ctx, ctx.args.positionals[0]);
        // Not set: none with --cleanup (the data goes), 2 s when the data is kept (stop-project.ts).
        const downTimeoutS = parseOptionalSeconds(constants/* Input */.pd.DownTimeout, ctx.args.values['down-timeout'], 0);
        const cleanup = ctx.args.switches.has('cleanup');
        const s = openSession(ctx);
        // Nothing to cancel here: from the start, a signal only says that it goes on.
        s.tearingDown(ref.project);
        try {
            await preflight(s.deps);
            const env = await findWorkOrder(s.deps, ref);
            if (!env) {
                s.reporter.print(`Nothing to stop: Docker has no containers, networks or volumes of ${ref.project} (work order ${ref.workOrder}).`);
                return 0;
            }
            const target = projectTarget(env);
            if (cleanup) {
                s.reporter.phase(`removing ${ref.project} with its volumes ...`);
                const report = await teardown(target, s.deps.docker, s.cleanupCompose, s.reporter, {
                    downTimeoutS,
                });
                s.reporter.print(cleanupLines(report).join('\n'));
                return report.verified ? 0 : 1;
            }
            s.reporter.phase(`stopping ${ref.project} (volumes are kept) ...`);
            const stop = await stopProject(target, s.deps.docker, s.cleanupCompose, s.reporter, {
                downTimeoutS,
            });
            if (stop.error)
                s.reporter.warning(`docker compose down failed: ${stop.error}`);
            const removed = stop.before.containers.length + stop.before.networks.length;
            const lines = [
                `Stopped ${ref.project}: removed ${stop.before.containers.length} containers and ${stop.before.networks.length} networks${removed ? '' : ' (it was not running)'}.`,
                `Kept volumes: ${stop.keptVolumes.join(', ') || '(none)'}`,
                `Start it again with ${ref.command('up')}; delete the data with ${ref.command('down', '--cleanup')}.`,
            ];
            if (stop.leftovers.length)
                lines.push(`Still there: ${stop.leftovers.join(', ')}`);
            s.reporter.print(lines.join('\n'));
            return stop.leftovers.length ? 1 : 0;
        }
        catch (err) {
            return failed(ctx, s, err);
        }
        finally {
            s.release();
        }
    },
};

;// CONCATENATED MODULE: ./src/odoo-log/header.ts
// Odoo's format: `%(asctime)s %(pid)s %(levelname)s %(dbname)s %(name)s: %(message)s %(perf_info)s`.
// dbname is `?` before a database is selected; the trailing perf_info is usually
// empty, which leaves a trailing space that we trim off the message.
const HEADER_RE = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (\d+) (DEBUG|INFO|WARNING|ERROR|CRITICAL) (\S+) (\S+?):(?: (.*))?$/;
/** Parses the first line of a log record; null when the line does not start one. */
function parseHeader(line) {
    // Cheap shape test first: most lines of a big log are either records (this
    // passes) or traceback lines (which start with a space or a letter).
    if (line.length < 30 || line.charCodeAt(4) !== 45 /* - */ || line.charCodeAt(10) !== 32) {
        return null;
    }
    const m = HEADER_RE.exec(line);
    if (!m)
        return null;
    return {
        time: m[1],
        pid: Number(m[2]),
        level: m[3],
        db: m[4],
        logger: m[5],
        message: (m[6] ?? '').trimEnd(),
    };
}
const LEVEL_RANK = {
    DEBUG: 10,
    INFO: 20,
    WARNING: 30,
    ERROR: 40,
    CRITICAL: 50,
};

;// CONCATENATED MODULE: ./src/odoo-log/limits.ts
// Sized so that the worst case (every list full, every traceback at its cap)
// stays around 2 MB: 100 failures x 8 KB + 3 x 50 records.
const DEFAULT_LIMITS = {
    maxFailures: 100,
    maxTracebackLines: 60,
    maxTracebackChars: 8 * 1024,
    maxRecords: 50,
    maxLineChars: 64 * 1024,
    maxModules: 500,
    maxSkipGroups: 100,
};
function resolveLimits(partial) {
    return { ...DEFAULT_LIMITS, ...partial };
}
/**
 * Returns a copy of `s` that owns its characters. V8 represents `slice()`s of a
 * big string as views that keep the whole parent alive; a stored 80-byte line
 * could otherwise pin the 64 KB chunk it was cut from.
 */
function detach(s) {
    return s.length === 0 ? '' : Buffer.from(s, 'utf8').toString('utf8');
}
function detachOrNull(s) {
    return s === null ? null : detach(s);
}

;// CONCATENATED MODULE: ./src/odoo-log/messages.ts
// Recognisers for the Odoo messages that matter to a verdict. Each takes a
// record's first message line and returns null when it does not apply.
// Wording comes from odoo/tests/result.py, odoo/tests/suite.py,
// odoo/modules/loading.py, odoo/modules/module.py and odoo/service/server.py (16-18).
// `%s when loading database %r` with `<F> failed, <E> error(s) of <N> tests`; newer
// series may append details before ` when loading`, hence the lazy `.*?`.
const RESULT_RE = /^(\d+) failed, (\d+) error\(s\) of (\d+) tests?\b.*? when loading database (['"])(.*)\4$/;
// `odoo.tests.stats`: `%s: %d tests %.2fs %d queries`
const STATS_RE = /^([\w-]+): (\d+) tests? [\d.]+s \d+ quer(?:y|ies)$/;
// `Module %s: %d failures, %d errors of %d tests` (14+); `Module %s: %d failures, %d errors` (<=13)
const messages_MODULE_RE = /^Module (\S+): (\d+) failures?, (\d+) errors?(?: of (\d+) tests?)?/;
const FAILURE_RE = /^(FAIL|ERROR): (.+)$/;
const SUBTEST_RE = /^Subtest (\S+)\.([^.\s]+)(?: (.*))?$/;
const FIXTURE_RE = /^(setUpClass|tearDownClass|setUpModule|tearDownModule) \((\S+)\)$/;
const METHOD_RE = /^(\S+)\.([^.\s]+)$/;
const ADDONS_LOGGER_RE = /^odoo\.addons\.([^.]+)(?:\.|$)/;
const TEST_LOGGER_RE = /^(?:odoo\.addons\.[^.]+\.tests(?:\.|$)|odoo\.tests(?:\.|$)|unittest(?:\.|$))/;
const STARTING_RE = /^Starting (.+) \.\.\.$/;
const INVALID_MODULES_RE = /^invalid module names, ignored: (.*)$/;
const COULD_NOT_LOAD_RE = /^Couldn't load (?:web )?module (\S+)/;
function matchResult(message) {
    const m = RESULT_RE.exec(message);
    if (!m)
        return null;
    return { failed: Number(m[1]), errors: Number(m[2]), total: Number(m[3]), db: m[5] };
}
function matchStats(logger, message) {
    if (logger !== 'odoo.tests.stats')
        return null;
    const m = STATS_RE.exec(message);
    return m ? { module: m[1], tests: Number(m[2]) } : null;
}
function matchModuleLine(message) {
    const m = messages_MODULE_RE.exec(message);
    if (!m)
        return null;
    const tests = m[4] === undefined ? null : Number(m[4]);
    return { module: m[1], failed: Number(m[2]), errors: Number(m[3]), tests };
}
/** Technical module name from a logger such as `odoo.addons.sale.tests.test_x`. */
function moduleFromLogger(logger) {
    const m = ADDONS_LOGGER_RE.exec(logger);
    return m ? m[1] : null;
}
function isTestLogger(logger) {
    return TEST_LOGGER_RE.test(logger);
}
function unwrapParens(s) {
    return /^\([^()]*\)$/.test(s) ? s.slice(1, -1) : s;
}
/** `FAIL: Class.method`, `ERROR: Subtest Class.method (i=1)`, `ERROR: setUpClass (odoo.addons.m.tests.t.Class)`. */
function matchFailureHeading(message) {
    const m = FAILURE_RE.exec(message);
    if (!m)
        return null;
    const flavour = m[1];
    const description = m[2].trim();
    const sub = SUBTEST_RE.exec(description);
    if (sub) {
        const params = sub[3] === undefined ? null : unwrapParens(sub[3].trim());
        return {
            kind: flavour,
            className: sub[1],
            method: sub[2],
            subtest: params,
            module: null,
        };
    }
    const fixture = FIXTURE_RE.exec(description);
    if (fixture) {
        const name = fixture[1];
        const dotted = fixture[2];
        const module = moduleFromLogger(dotted);
        if (name === 'setUpModule' || name === 'tearDownModule') {
            return { kind: flavour, className: null, method: name, subtest: null, module };
        }
        const className = dotted.slice(dotted.lastIndexOf('.') + 1);
        if (name === 'setUpClass')
            return { kind: 'setUpClass', className, method: null, subtest: null, module };
        return { kind: flavour, className, method: name, subtest: null, module };
    }
    const method = METHOD_RE.exec(description);
    if (method) {
        return {
            kind: flavour,
            className: method[1],
            method: method[2],
            subtest: null,
            module: null,
        };
    }
    return { kind: flavour, className: description, method: null, subtest: null, module: null };
}
function matchStarting(message) {
    return STARTING_RE.test(message);
}
function matchInvalidModules(message) {
    const m = INVALID_MODULES_RE.exec(message);
    if (!m)
        return null;
    return m[1]
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** CRITICAL records that mean the install/load crashed (exit 255, no result line). */
function matchCrash(message) {
    const m = COULD_NOT_LOAD_RE.exec(message);
    if (m)
        return { module: m[1] };
    if (message.startsWith('Failed to initialize database'))
        return { module: null };
    return null;
}
function isModulesLoaded(message) {
    return message === 'Modules loaded.';
}
function isAtLeastOneTestFailed(message) {
    return message.startsWith('At least one test failed');
}

;// CONCATENATED MODULE: ./src/odoo-log/modules.ts

/**
 * Per-module tallies. Odoo reports the number of tests three ways and none is
 * always right: `Starting X.y ...` lines (one per test method, the best count
 * when Odoo logs them), the legacy `Module m: f failures, e errors of n tests`
 * line, and `odoo.tests.stats`, which also counts class set-ups and so reads
 * `4 tests` for two test methods. They are kept apart and chosen at the end.
 */
class ModuleTally {
    maxModules;
    byModule = new Map();
    startingSeen = false;
    /** Modules that did not fit under the cap. */
    overflow = 0;
    constructor(maxModules) {
        this.maxModules = maxModules;
    }
    get(module) {
        let acc = this.byModule.get(module);
        if (acc === undefined) {
            if (this.byModule.size >= this.maxModules) {
                this.overflow++;
                return null;
            }
            acc = {
                starting: 0,
                stats: null,
                lineTests: null,
                lineFailed: 0,
                lineErrors: 0,
                failed: 0,
                errors: 0,
                skipped: 0,
                skippedClasses: 0,
            };
            // The key outlives the line it was cut from: give it its own copy.
            this.byModule.set(detach(module), acc);
        }
        return acc;
    }
    starting(module) {
        this.startingSeen = true;
        const acc = this.get(module);
        if (acc)
            acc.starting++;
    }
    stats(module, tests) {
        const acc = this.get(module);
        // Several databases each print their own stats: add them up.
        if (acc)
            acc.stats = (acc.stats ?? 0) + tests;
    }
    moduleLine(module, failed, errors, tests) {
        const acc = this.get(module);
        if (!acc)
            return;
        acc.lineFailed += failed;
        acc.lineErrors += errors;
        if (tests !== null)
            acc.lineTests = (acc.lineTests ?? 0) + tests;
    }
    failure(module, isFail) {
        const acc = this.get(module);
        if (!acc)
            return;
        if (isFail)
            acc.failed++;
        else
            acc.errors++;
    }
    /** `wholeClass`: a setUpClass skip, which skips tests Odoo never starts (nor counts). */
    skipped(module, wholeClass) {
        const acc = this.get(module);
        if (!acc)
            return;
        if (wholeClass)
            acc.skippedClasses++;
        else
            acc.skipped++;
    }
    /** Known module (from a test logger, a stats line...), even with no count yet. */
    touch(module) {
        this.get(module);
    }
    result() {
        const out = {};
        for (const [name, acc] of [...this.byModule].sort(([a], [b]) => a.localeCompare(b))) {
            let tests = 0;
            let testsSource = 'none';
            if (this.startingSeen) {
                // When Odoo logs `Starting` lines at all, a module without any ran no test,
                // even if stats list a failed setUpClass for it.
                tests = acc.starting;
                testsSource = 'starting';
            }
            else if (acc.lineTests !== null) {
                tests = acc.lineTests;
                testsSource = 'module-line';
            }
            else if (acc.stats !== null) {
                tests = acc.stats;
                testsSource = 'stats';
            }
            out[name] = {
                tests,
                failed: Math.max(acc.failed, acc.lineFailed),
                errors: Math.max(acc.errors, acc.lineErrors),
                skipped: acc.skipped,
                skippedClasses: acc.skippedClasses,
                testsSource,
            };
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/odoo-log/noise.ts
// Lines that docker / docker compose / the database container write into the
// same stream as Odoo. Without this filter a `Container x  Started` landing in
// the middle of a traceback would become that traceback's "last line".
// The patterns are anchored and specific: a false positive would hide a real
// traceback line, a false negative only adds a line of noise to a record.
const DOCKER_NOISE = [
    // compose v2 progress: ` Container rtr-1-db-1  Started`, ` ✔ Network x  Created`
    /^ {0,3}(?:[✔✘⠿] )?(?:Container|Network|Volume|Image)\s+\S+\s+(?:Creating|Created|Starting|Started|Stopping|Stopped|Removing|Removed|Recreate|Recreated|Running|Waiting|Healthy|Pulling|Pulled|Building|Built|Error|Killing|Killed)\b/,
    /^\[\+\] (?:Running|Building|Creating|Pulling|Stopping|Removing|Killing)\b/,
    /^Attaching to \S/,
    /^[\w.-]+ exited with code \d+$/,
    /^Aborting on container exit\.\.\.$/,
    /^Gracefully stopping\.\.\./,
    // docker CLI / compose v1 diagnostics
    /^time="[^"]*" level=\w+ msg=/,
    /^(?:WARN|ERRO|INFO)\[\d{4}\] /,
    // PostgreSQL's own log format (`2025-01-01 10:00:00.123 UTC [1] LOG:  ...`)
    /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} \w+ \[\d+\] /,
];
function isDockerNoise(line) {
    for (const re of DOCKER_NOISE)
        if (re.test(line))
            return true;
    return false;
}
// `docker compose up` prefixes each line with the service: `odoo-1  | `.
// (compose v1 used `odoo_1  | `).
const COMPOSE_PREFIX_RE = /^([A-Za-z0-9][\w.-]*?[-_]\d+)\s*\| ?/;
/**
 * Strips `docker compose up` prefixes. The Odoo service is learnt from the first
 * prefixed line that starts a record (`isRecordStart`); from then on its prefix is
 * removed and lines of any other service (db-1, ...) are noise. Until then a
 * prefixed line is left alone: it cannot continue a record that does not exist.
 */
class ComposePrefix {
    service = null;
    prefix = '';
    /** Returns the line without its prefix, or null when it belongs to another service. */
    strip(line, isRecordStart) {
        if (this.service !== null && line.startsWith(this.prefix))
            return line.slice(this.prefix.length);
        const m = COMPOSE_PREFIX_RE.exec(line);
        if (!m)
            return line;
        const rest = line.slice(m[0].length);
        if (this.service === null) {
            if (!isRecordStart(rest))
                return line;
            this.service = m[1];
            this.prefix = m[0];
            return rest;
        }
        // Same service with different padding (e.g. `odoo-1  |` on an empty line).
        return m[1] === this.service ? rest : null;
    }
}

;// CONCATENATED MODULE: ./src/odoo-log/skips.ts
// Skipped tests: which test, of which module, and why. Odoo logs a skip at
// INFO from the test's own logger (odoo/tests/result.py, addSkip):
//   `skipped TestTour.test_web_client_loads : websocket-client module is not installed`
// A setUpClass that raises SkipTest skips the whole class once, from
// odoo.tests.suite, named after the class: `skipped setUpClass (odoo.addons.m.tests.t.C) : why`;
// that class's tests are never started, so Odoo's `of N tests` does not count them.
// Older series (and plain unittest) name a test `test_x (odoo.addons.m.tests.t.C)`.
// Skips are grouped by module and reason; the groups are capped, the counts are not.


const SKIPPED_RE = /^skipped (.+?) : (.*)$/;
// `setUpClass (odoo.addons.m.tests.t.Class)`
const CLASS_FIXTURE_RE = /^setUpClass \(([\w.]+)\)$/;
// `test_x (odoo.addons.m.tests.t.Class)` or, Python 3.11+, `test_x (odoo.addons.m.tests.t.Class.test_x)`
const UNITTEST_RE = /^(\w+) \(([\w.]+)\)$/;
/** Test names kept per group; the count goes on. */
const MAX_TESTS_PER_GROUP = 20;
const MAX_REASON_CHARS = 300;
const lastPart = (dotted) => dotted.slice(dotted.lastIndexOf('.') + 1);
function matchSkip(message) {
    const m = SKIPPED_RE.exec(message);
    if (!m)
        return null;
    const description = m[1].trim();
    const raw = m[2].trim();
    const reason = raw.length > MAX_REASON_CHARS ? `${raw.slice(0, MAX_REASON_CHARS)}…` : raw;
    const fixture = CLASS_FIXTURE_RE.exec(description);
    if (fixture) {
        const dotted = fixture[1];
        const module = moduleFromLogger(dotted);
        return { test: `${lastPart(dotted)}.setUpClass`, module, reason, wholeClass: true };
    }
    const old = UNITTEST_RE.exec(description);
    if (old) {
        const method = old[1];
        let dotted = old[2];
        if (dotted.endsWith(`.${method}`))
            dotted = dotted.slice(0, -method.length - 1);
        const test = `${lastPart(dotted)}.${method}`;
        return { test, module: moduleFromLogger(dotted), reason, wholeClass: false };
    }
    return { test: description, module: null, reason, wholeClass: false };
}
/** Groups skips by module and reason, in the order first seen. */
class SkipGroups {
    maxGroups;
    groups = [];
    /** Skips of a group that did not fit under the cap: counted, not grouped. */
    notGrouped = 0;
    byKey = new Map();
    constructor(maxGroups) {
        this.maxGroups = maxGroups;
    }
    add(module, test, reason) {
        const key = `${module ?? ''}\u0000${reason}`;
        let group = this.byKey.get(key);
        if (group === undefined) {
            if (this.groups.length >= this.maxGroups) {
                this.notGrouped++;
                return;
            }
            const owned = module === null ? null : detach(module);
            group = { module: owned, reason: detach(reason), count: 0, tests: [] };
            // The key is rebuilt from the owned copies so it pins no chunk of the log.
            this.byKey.set(`${owned ?? ''}\u0000${group.reason}`, group);
            this.groups.push(group);
        }
        group.count++;
        if (group.tests.length < MAX_TESTS_PER_GROUP)
            group.tests.push(detach(test));
    }
}

;// CONCATENATED MODULE: ./src/odoo-log/summary.ts
// The summary being built, and the bounded ways to add to it. Every list has a
// cap; what does not fit is still counted so nothing is silently lost.

const MAX_RESULT_LINES = 20;
const MAX_INVALID_MODULES = 100;
const MAX_MESSAGE_CHARS = 1000;
function emptySummary() {
    return {
        modules: {},
        results: [],
        result: null,
        failures: [],
        failureTotals: { failed: 0, errors: 0 },
        crash: null,
        criticals: [],
        otherErrors: [],
        warnings: [],
        recordTotals: { criticals: 0, otherErrors: 0, warnings: 0 },
        ignoredRecords: 0,
        skipped: 0,
        skippedClasses: 0,
        skips: [],
        skipsNotGrouped: 0,
        modulesLoaded: false,
        invalidModules: [],
        atLeastOneTestFailed: false,
        lines: 0,
        bytes: 0,
        records: 0,
        noiseLines: 0,
    };
}
/** Tests a record key against ignore patterns (a `/g` regex keeps state: reset it). */
function matchesAny(patterns, text) {
    for (const re of patterns) {
        re.lastIndex = 0;
        if (re.test(text))
            return true;
    }
    return false;
}
function firstLineOf(message) {
    return message.length > MAX_MESSAGE_CHARS ? message.slice(0, MAX_MESSAGE_CHARS) + '…' : message;
}
/** Several result lines (one per database) are summed; all are kept, up to a cap. */
function addResult(s, r) {
    const sum = s.result ?? { failed: 0, errors: 0, total: 0 };
    s.result = {
        failed: sum.failed + r.failed,
        errors: sum.errors + r.errors,
        total: sum.total + r.total,
    };
    if (s.results.length < MAX_RESULT_LINES)
        s.results.push({ ...r, db: detach(r.db) });
}
function addInvalidModules(s, names) {
    for (const name of names) {
        if (s.invalidModules.length >= MAX_INVALID_MODULES)
            return;
        if (!s.invalidModules.includes(name))
            s.invalidModules.push(detach(name));
    }
}
/**
 * Files a WARNING/ERROR/CRITICAL record under its list, unless an ignore
 * pattern matches it. Returns the stored reference (null when not stored) so its
 * traceback's last line can be filled in when the record ends.
 */
function addRecord(s, h, lineNo, ignore, maxRecords) {
    if (matchesAny(ignore, `${h.logger}: ${h.message}`)) {
        s.ignoredRecords++;
        return null;
    }
    const list = h.level === 'CRITICAL' ? 'criticals' : h.level === 'ERROR' ? 'otherErrors' : 'warnings';
    s.recordTotals[list]++;
    if (s[list].length >= maxRecords)
        return null;
    const ref = {
        level: h.level,
        logger: detach(h.logger),
        message: detach(firstLineOf(h.message)),
        lastLine: null,
        logLine: lineNo,
    };
    s[list].push(ref);
    return ref;
}
/**
 * An install crash is usually several CRITICAL records (`Couldn't load module m`,
 * then `Failed to initialize database` with the traceback): the first names the
 * crash, later ones complete it.
 */
function noteCrash(s, h, lineNo, module) {
    if (s.crash === null) {
        s.crash = {
            logger: detach(h.logger),
            message: detach(firstLineOf(h.message)),
            module: detachOrNull(module),
            lastLine: null,
            location: null,
            logLine: lineNo,
        };
    }
    else if (s.crash.module === null && module !== null) {
        s.crash.module = detach(module);
    }
    return s.crash;
}

;// CONCATENATED MODULE: ./src/odoo-log/traceback.ts

// `  File "/mnt/extra-addons/m/tests/test_x.py", line 12, in test_y`
const FRAME_RE = /^\s*File "([^"]+)", line (\d+)/;
// `ParseError: while parsing /mnt/extra-addons/m/views/v.xml:12, somewhere inside`
const PATH_IN_TEXT_RE = /(\/[^\s:,'"()]+):(\d+)/g;
const MAX_KEPT_LINE_CHARS = 1024;
// The innermost frames and the exception sit at the end of a traceback: keep
// a third of the budget for the head and the rest for the tail.
const HEAD_SHARE = 1 / 3;
function clip(line) {
    return line.length > MAX_KEPT_LINE_CHARS ? line.slice(0, MAX_KEPT_LINE_CHARS) + '…' : line;
}
/**
 * Consumes the continuation lines of one record (a traceback, usually) in a
 * single pass and in bounded memory: first/last lines, the final exception line,
 * the innermost frame inside an addons path, and a head+tail excerpt.
 */
class TracebackCollector {
    mapPath;
    firstLine = null;
    lastLine = null;
    exceptionLine = null;
    location = null;
    omitted = 0;
    head = [];
    tail = [];
    headChars = 0;
    tailChars = 0;
    afterFrame = false;
    maxHeadLines;
    maxTailLines;
    maxHeadChars;
    maxTailChars;
    constructor(mapPath, maxLines, maxChars) {
        this.mapPath = mapPath;
        this.maxHeadLines = Math.floor(maxLines * HEAD_SHARE);
        this.maxTailLines = maxLines - this.maxHeadLines;
        this.maxHeadChars = Math.floor(maxChars * HEAD_SHARE);
        this.maxTailChars = maxChars - this.maxHeadChars;
    }
    add(line) {
        const trimmed = line.trim();
        if (trimmed !== '') {
            if (this.firstLine === null)
                this.firstLine = detach(clip(trimmed));
            this.lastLine = trimmed;
        }
        this.track(line);
        this.keep(clip(line));
    }
    track(line) {
        const first = line.charCodeAt(0);
        if (first === 32 /* space */ || first === 9 /* tab */) {
            const m = line.includes('File "') ? FRAME_RE.exec(line) : null;
            if (m) {
                this.afterFrame = true;
                const file = this.mapPath(m[1]);
                // Later frames are deeper: the last one inside an addons path wins.
                if (file !== null)
                    this.location = { file: detach(file), line: Number(m[2]) };
            }
            return;
        }
        // The first unindented line after the frames is the exception
        // (`AssertionError: ...`); a chained traceback restarts the search.
        if (this.afterFrame && line !== '') {
            this.exceptionLine = detach(clip(line.trimEnd()));
            this.afterFrame = false;
        }
    }
    keep(line) {
        if (this.tail.length === 0 && this.omitted === 0) {
            if (this.head.length < this.maxHeadLines &&
                this.headChars + line.length <= this.maxHeadChars) {
                this.head.push(line);
                this.headChars += line.length + 1;
                return;
            }
        }
        this.tail.push(line);
        this.tailChars += line.length + 1;
        while (this.tail.length > this.maxTailLines || this.tailChars > this.maxTailChars) {
            const dropped = this.tail.shift();
            this.tailChars -= dropped.length + 1;
            this.omitted++;
        }
    }
    /** The kept excerpt, with a marker where lines were left out. */
    text() {
        const parts = this.omitted > 0
            ? [...this.head, `… ${this.omitted} lines omitted …`, ...this.tail]
            : [...this.head, ...this.tail];
        // Odoo's `%(perf_info)s` leaves a lone space as the record's last line.
        while (parts.length > 0 && parts[parts.length - 1].trim() === '')
            parts.pop();
        // join() builds a new string, but detach() makes the ownership explicit.
        return detach(parts.join('\n'));
    }
    /**
     * The innermost addons frame; failing that, an addons path quoted in the exception
     * (a data file's ParseError has only Odoo frames but names the file and line).
     */
    finalLocation() {
        if (this.location !== null || this.exceptionLine === null)
            return this.location;
        for (const m of this.exceptionLine.matchAll(PATH_IN_TEXT_RE)) {
            const file = this.mapPath(m[1]);
            if (file !== null)
                return { file: detach(file), line: Number(m[2]) };
        }
        return null;
    }
    /** Last non-empty line, detached from the chunk it was read from. */
    finalLastLine() {
        return this.lastLine === null ? null : detach(clip(this.lastLine));
    }
}

;// CONCATENATED MODULE: ./src/odoo-log/builder.ts








const PLAIN = { kind: 'plain', tb: null };
/** Consumes log lines one at a time and accumulates a bounded summary. */
class SummaryBuilder {
    limits;
    mapPath;
    ignore;
    compose = new ComposePrefix();
    tally;
    s = emptySummary();
    skips;
    current = null;
    lineNo = 0;
    constructor(limits, mapPath, ignore) {
        this.limits = limits;
        this.mapPath = mapPath;
        this.ignore = ignore;
        this.tally = new ModuleTally(limits.maxModules);
        this.skips = new SkipGroups(limits.maxSkipGroups);
    }
    line(raw) {
        this.lineNo++;
        const line = this.compose.strip(raw, (rest) => parseHeader(rest) !== null);
        if (line === null) {
            this.s.noiseLines++;
            return;
        }
        const header = parseHeader(line);
        if (header !== null) {
            this.close();
            this.open(header);
            return;
        }
        // A line that follows no record is noise (docker output before Odoo starts).
        if (this.current === null) {
            this.s.noiseLines++;
            return;
        }
        // Continuation lines of records we do not analyse are skipped unexamined.
        if (this.current.tb === null)
            return;
        if (isDockerNoise(line)) {
            this.s.noiseLines++;
            return;
        }
        this.current.tb.add(line);
    }
    finish(lines, bytes) {
        this.close();
        this.s.modules = this.tally.result();
        this.s.skips = this.skips.groups;
        this.s.skipsNotGrouped = this.skips.notGrouped;
        this.s.lines = lines;
        this.s.bytes = bytes;
        return this.s;
    }
    collector() {
        const { maxTracebackLines, maxTracebackChars } = this.limits;
        return new TracebackCollector(this.mapPath, maxTracebackLines, maxTracebackChars);
    }
    open(h) {
        this.s.records++;
        this.current = PLAIN;
        const { level, logger, message } = h;
        // Only the result line, of the messages we look for, starts with a digit.
        const result = message.charCodeAt(0) <= 57 ? matchResult(message) : null;
        if (result !== null)
            return addResult(this.s, { ...result, level });
        const module = moduleFromLogger(logger);
        if (level === 'DEBUG' || level === 'INFO')
            return this.info(logger, message, module);
        if (logger.startsWith('odoo.modules.')) {
            const line = matchModuleLine(message);
            if (line !== null)
                return this.tally.moduleLine(line.module, line.failed, line.errors, line.tests);
            if (isAtLeastOneTestFailed(message)) {
                this.s.atLeastOneTestFailed = true;
                return;
            }
        }
        if (level === 'ERROR' && isTestLogger(logger)) {
            const heading = matchFailureHeading(message);
            if (heading !== null)
                return this.openFailure(h, heading, module ?? heading.module);
        }
        if (level === 'WARNING') {
            const invalid = matchInvalidModules(message);
            if (invalid !== null)
                addInvalidModules(this.s, invalid);
            // Newer series log an infrastructure skip at WARNING: it is still a skip.
            if (isTestLogger(logger))
                this.skip(module, message);
        }
        const crashMatch = level === 'CRITICAL' ? matchCrash(message) : null;
        const crash = crashMatch === null ? null : noteCrash(this.s, h, this.lineNo, crashMatch.module);
        const ref = addRecord(this.s, h, this.lineNo, this.ignore, this.limits.maxRecords);
        // A WARNING's continuation lines are not worth reading; an ERROR's or a
        // CRITICAL's traceback gives its exception line (and the crash's location).
        if (level !== 'WARNING' && (ref !== null || crash !== null)) {
            this.current = { kind: 'ref', ref, crash, tb: this.collector() };
        }
    }
    info(logger, message, module) {
        if (isTestLogger(logger)) {
            if (module !== null && matchStarting(message))
                return this.tally.starting(module);
            // A class skipped by its setUpClass is logged by odoo.tests.suite, which names no module.
            if (this.skip(module, message) || module !== null)
                return;
        }
        const stats = matchStats(logger, message);
        if (stats !== null)
            return this.tally.stats(stats.module, stats.tests);
        if (logger === 'odoo.modules.loading' && isModulesLoaded(message))
            this.s.modulesLoaded = true;
    }
    /** Records a `skipped <test> : <reason>` message; false when it is not one. */
    skip(loggerModule, message) {
        const m = message.startsWith('skipped ') ? matchSkip(message) : null;
        if (m === null)
            return false;
        const module = loggerModule ?? m.module;
        this.s.skipped++;
        if (m.wholeClass)
            this.s.skippedClasses++;
        if (module !== null)
            this.tally.skipped(module, m.wholeClass);
        this.skips.add(module, m.test, m.reason);
        return true;
    }
    openFailure(h, heading, module) {
        const isFail = heading.kind === 'FAIL';
        if (isFail)
            this.s.failureTotals.failed++;
        else
            this.s.failureTotals.errors++;
        if (module !== null)
            this.tally.failure(module, isFail);
        // Past the cap the failure is only counted: its traceback need not be read.
        if (this.s.failures.length >= this.limits.maxFailures)
            return;
        const failure = {
            kind: heading.kind,
            module: detachOrNull(module),
            className: detachOrNull(heading.className),
            method: detachOrNull(heading.method),
            subtest: detachOrNull(heading.subtest),
            logger: detach(h.logger),
            firstLine: null,
            lastLine: null,
            exceptionLine: null,
            traceback: '',
            tracebackOmittedLines: 0,
            location: null,
            logLine: this.lineNo,
        };
        this.current = { kind: 'failure', failure, tb: this.collector() };
    }
    close() {
        const cur = this.current;
        this.current = null;
        if (cur === null || cur.tb === null)
            return;
        const tb = cur.tb;
        if (cur.kind === 'failure') {
            const f = cur.failure;
            f.firstLine = tb.firstLine;
            f.lastLine = tb.finalLastLine();
            f.exceptionLine = tb.exceptionLine;
            f.traceback = tb.text();
            f.tracebackOmittedLines = tb.omitted;
            f.location = tb.finalLocation();
            this.s.failures.push(f);
            return;
        }
        const exception = tb.exceptionLine ?? tb.finalLastLine();
        if (cur.ref !== null)
            cur.ref.lastLine = exception;
        if (cur.crash !== null) {
            cur.crash.lastLine ??= exception;
            cur.crash.location ??= tb.finalLocation();
        }
    }
}

;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./src/odoo-log/line.ts

// CSI sequences (colours, cursor moves) and the two-byte ESC sequences. Odoo
// colours the level name when stderr is a TTY: `\x1b[1;31m\x1b[1;49mERROR\x1b[0m`.
// eslint-disable-next-line no-control-regex
const ANSI_RE = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-Z\\-_]/g;
function stripAnsi(line) {
    // The check avoids a regex pass over the (vast majority of) plain lines.
    return line.includes('\x1b') ? line.replace(ANSI_RE, '') : line;
}
/**
 * Splits a stream of chunks into lines without ever holding more than one line
 * (capped at `maxLineChars`). Buffers are decoded as UTF-8 with a StringDecoder so a
 * multi-byte character cut across two chunks is not mangled. Emitted lines have
 * their CR (CRLF logs) and ANSI sequences removed.
 */
class LineSplitter {
    onLine;
    maxLineChars;
    decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    partial = '';
    pending = false;
    overflow = false;
    /** Raw input bytes seen. */
    bytes = 0;
    /** Lines emitted. */
    lines = 0;
    constructor(onLine, maxLineChars = 64 * 1024) {
        this.onLine = onLine;
        this.maxLineChars = maxLineChars;
    }
    push(chunk) {
        let text;
        if (typeof chunk === 'string') {
            this.bytes += Buffer.byteLength(chunk, 'utf8');
            text = chunk;
        }
        else {
            this.bytes += chunk.byteLength;
            text = this.decoder.write(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
        }
        let start = 0;
        for (;;) {
            const nl = text.indexOf('\n', start);
            if (nl === -1)
                break;
            this.append(text, start, nl);
            this.emit();
            start = nl + 1;
        }
        this.append(text, start, text.length);
    }
    /** Flushes the last line when the input does not end with a newline. */
    end() {
        const rest = this.decoder.end();
        if (rest)
            this.append(rest, 0, rest.length);
        if (this.pending)
            this.emit();
    }
    append(text, from, to) {
        if (from >= to)
            return;
        this.pending = true;
        if (this.overflow)
            return;
        const room = this.maxLineChars - this.partial.length;
        if (to - from > room) {
            // A pathological line (binary garbage, a huge JSON dump) must not grow memory.
            this.partial += text.slice(from, from + room);
            this.overflow = true;
        }
        else {
            this.partial += text.slice(from, to);
        }
    }
    emit() {
        let line = this.partial;
        this.partial = '';
        this.pending = false;
        this.overflow = false;
        this.lines++;
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        this.onLine(stripAnsi(line));
    }
}

;// CONCATENATED MODULE: ./src/odoo-log/paths.ts

const DEFAULT_ADDONS_PATHS = [
    { container: '/mnt/extra-addons', repo: 'addons' },
];
function trimSlashes(p) {
    return p.replace(/\/+$/, '');
}
function makePathMapper(mappings = DEFAULT_ADDONS_PATHS) {
    // Longest container prefix first, so `/mnt/extra-addons/oca` wins over `/mnt/extra-addons`.
    const sorted = mappings
        .map((m) => ({ container: trimSlashes(m.container), repo: m.repo }))
        .filter((m) => m.container !== '')
        .sort((a, b) => b.container.length - a.container.length);
    return (containerPath) => {
        for (const m of sorted) {
            if (!containerPath.startsWith(m.container + '/'))
                continue;
            const rest = containerPath.slice(m.container.length + 1);
            // posix.join also drops a leading `./` from the repository side.
            return m.repo === '' || m.repo === '.' ? external_node_path_.posix.normalize(rest) : external_node_path_.posix.join(m.repo, rest);
        }
        return null;
    };
}

;// CONCATENATED MODULE: ./src/odoo-log/parser.ts





/**
 * Parses an Odoo log as it streams in. Memory is bounded by the limits (one line,
 * one open record, capped lists), never by the size of the log.
 */
async function parseOdooLog(input, options = {}) {
    const limits = resolveLimits(options.limits);
    const builder = new SummaryBuilder(limits, makePathMapper(options.addonsPaths ?? DEFAULT_ADDONS_PATHS), options.ignore ?? []);
    const splitter = new LineSplitter((line) => builder.line(line), limits.maxLineChars);
    for await (const chunk of input) {
        splitter.push(chunk);
    }
    splitter.end();
    return builder.finish(splitter.lines, splitter.bytes);
}
/** Parses a log file from disk, streaming it (the file is never read whole). */
async function parseOdooLogFile(path, options = {}) {
    const stream = (0,external_node_fs_.createReadStream)(path);
    try {
        return await parseOdooLog(stream, options);
    }
    finally {
        stream.destroy();
    }
}

;// CONCATENATED MODULE: ./src/odoo-log/index.ts






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

;// CONCATENATED MODULE: ./src/verdict/skips.ts

/** Reasons quoted in one sentence; the proof and the report list them all. */
const MAX_QUOTED = 3;
/** `1 test skipped: websocket-client module is not installed; 2 tests skipped: no Chrome`. */
function describeSkipGroups(groups, unlisted = 0) {
    const parts = groups
        .slice(0, MAX_QUOTED)
        .map((g) => `${plural(g.count, 'test')} skipped: ${g.reason}`);
    const more = groups.slice(MAX_QUOTED).reduce((n, g) => n + g.count, 0);
    if (more > 0)
        parts.push(`${more} more skipped for other reasons`);
    if (unlisted > 0)
        parts.push(`${unlisted} more skipped, reasons not kept (see the log)`);
    return parts.join('; ');
}
const skipGroupsOf = (summary, module) => summary.skips.filter((g) => g.module === module);
/**
 * Why a requested module proved nothing, or null: every test it started was
 * skipped (or it started none and a class of it was skipped by its setUpClass),
 * and none failed.
 */
function allSkippedReason(summary, module) {
    const counts = summary.modules[module];
    if (counts === undefined)
        return null;
    const skips = counts.skipped + counts.skippedClasses;
    if (skips === 0 || counts.failed + counts.errors > 0)
        return null;
    if (counts.tests > counts.skipped)
        return null;
    const groups = skipGroupsOf(summary, module);
    const grouped = groups.reduce((n, g) => n + g.count, 0);
    const why = describeSkipGroups(groups, Math.max(0, skips - grouped));
    return `Module ${module}: every selected test was skipped, so nothing was proven (${why}).`;
}
/** Without requested modules (a custom test command): every test of the run skipped. */
function allTestsSkippedReason(summary) {
    const total = summary.result?.total ?? 0;
    const testSkips = summary.skipped - summary.skippedClasses;
    if (total === 0 || testSkips < total)
        return null;
    const grouped = summary.skips.reduce((n, g) => n + g.count, 0);
    const why = describeSkipGroups(summary.skips, Math.max(0, summary.skipped - grouped));
    return `Every test was skipped, so nothing was proven (${why}).`;
}

;// CONCATENATED MODULE: ./src/verdict/verdict.ts



const MAX_LISTED = 5;
/**
 * Test counts. The result line is the truth for the totals, but a failure
 * record the result line does not count (e.g. a retried test) still counts:
 * the larger of the two sources wins so a logged failure is never lost.
 */
function countTests(summary) {
    const r = summary.result;
    const failed = Math.max(r?.failed ?? 0, summary.failureTotals.failed);
    const errors = Math.max(r?.errors ?? 0, summary.failureTotals.errors);
    const total = r !== null ? r.total : Object.values(summary.modules).reduce((n, m) => n + m.tests, 0);
    const skipped = summary.skipped;
    // A class skipped by its setUpClass is one skip whose tests Odoo never counted.
    const skippedTests = skipped - summary.skippedClasses;
    return {
        passed: Math.max(0, total - failed - errors - skippedTests),
        failed,
        errors,
        skipped,
        total,
    };
}
function unignored(records, ignore) {
    return records.filter((r) => !matchesAny(ignore, `${r.logger}: ${r.message}`));
}
/** Lists records; records counted but not stored cannot be checked against `ignore`, so they count too. */
function recordReasons(label, records, notStored) {
    const out = records.slice(0, MAX_LISTED).map((r) => `${label}: ${describeRecord(r)}`);
    const more = records.length - out.length + notStored;
    if (more > 0)
        out.push(`${label}: ${plural(more, 'more record')} not listed.`);
    return out;
}
function exitCodeReasons(input, testFailed) {
    const { exitCode, timedOut, summary } = input;
    if (exitCode === null) {
        return timedOut ? [] : ['Odoo reported no exit code: the process was killed or never ran.'];
    }
    if (exitCode === 0 || (exitCode === 1 && testFailed))
        return [];
    if (exitCode === 255) {
        // The crash sentence already carries the exit code.
        return summary.crash !== null ? [] : ['Odoo exited with code 255 (install or load crash).'];
    }
    if (exitCode === 1) {
        return ['Odoo exited with code 1 but its log shows no failing test: the run cannot be trusted.'];
    }
    return [`Odoo exited with code ${exitCode}, which it never uses for test results.`];
}
function moduleReasons(summary, modules) {
    const out = [];
    for (const m of modules) {
        if (summary.invalidModules.includes(m)) {
            out.push(`Module ${m} is unknown to Odoo ("invalid module names, ignored"): it was not installed and none of its tests ran.`);
        }
        else {
            const skipped = allSkippedReason(summary, m);
            if (skipped !== null)
                out.push(skipped);
            else if ((summary.modules[m]?.tests ?? 0) === 0)
                out.push(`Module ${m} ran no test.`);
        }
    }
    return out;
}
/**
 * Decides passed / failed / error from the parsed log and how the process ended.
 * Precedence: test failures in the log (always `failed`, whatever the exit code),
 * then anything that makes the run untrustworthy (`error`), then log-quality
 * problems (CRITICAL, strict mode: `failed`). A module whose tests were all
 * skipped proved nothing: `error` (src/verdict/skips.ts).
 */
function decideVerdict(input) {
    const { summary, exitCode, timedOut, modules } = input;
    const ignore = input.ignore ?? [];
    const tests = countTests(summary);
    const moduleFailures = Object.values(summary.modules).some((m) => m.failed + m.errors > 0);
    const testFailed = tests.failed + tests.errors > 0 || summary.atLeastOneTestFailed || moduleFailures;
    const failures = [];
    if (testFailed) {
        failures.push(describeCounts(tests));
        failures.push(...summary.failures.slice(0, MAX_LISTED).map(describeFailure));
        const unlisted = tests.failed + tests.errors - Math.min(summary.failures.length, MAX_LISTED);
        if (unlisted > 0)
            failures.push(`${plural(unlisted, 'more failure')} not listed.`);
        if (exitCode === 0) {
            failures.push('Odoo exited with code 0 although its log reports failing tests: the log wins over the exit code.');
        }
    }
    const errors = [];
    if (input.environmentError !== undefined && input.environmentError !== '') {
        errors.push(`Environment error: ${input.environmentError}`);
    }
    if (timedOut)
        errors.push('The run timed out before Odoo finished: its results are incomplete.');
    if (summary.crash !== null)
        errors.push(describeCrash(summary.crash, exitCode));
    errors.push(...exitCodeReasons(input, testFailed));
    if (summary.result === null) {
        // After a crash or a timeout the missing line is a consequence, not news.
        if (summary.crash === null && !timedOut) {
            errors.push('Odoo never printed its test summary line (odoo.tests.result): the tests did not complete.');
        }
    }
    else {
        if (modules.length === 0 && !testFailed) {
            if (summary.result.total === 0)
                errors.push('No test ran (0 tests).');
            const skipped = allTestsSkippedReason(summary);
            if (skipped !== null)
                errors.push(skipped);
        }
        if (!summary.modulesLoaded && !summary.atLeastOneTestFailed && !testFailed) {
            errors.push('Odoo never logged "Modules loaded.": module loading did not complete.');
        }
    }
    // Without a result line the tests never finished: which modules ran is moot.
    if (summary.result !== null)
        errors.push(...moduleReasons(summary, modules));
    const problems = [];
    if (summary.crash === null) {
        const notStored = summary.recordTotals.criticals - summary.criticals.length;
        const criticals = unignored(summary.criticals, ignore);
        if (criticals.length + notStored > 0)
            problems.push(...recordReasons('CRITICAL logged', criticals, notStored));
    }
    if (input.strict === true) {
        const { recordTotals: t } = summary;
        const errs = unignored(summary.otherErrors, ignore);
        const warns = unignored(summary.warnings, ignore);
        const errsHidden = t.otherErrors - summary.otherErrors.length;
        const warnsHidden = t.warnings - summary.warnings.length;
        if (errs.length + errsHidden > 0)
            problems.push(...recordReasons('ERROR logged outside tests (strict mode)', errs, errsHidden));
        if (warns.length + warnsHidden > 0)
            problems.push(...recordReasons('WARNING logged (strict mode)', warns, warnsHidden));
    }
    const result = testFailed
        ? 'failed'
        : errors.length > 0
            ? 'error'
            : problems.length > 0
                ? 'failed'
                : 'passed';
    const reasons = [...failures, ...errors, ...problems];
    if (result === 'error' && input.strict !== true) {
        // The first error outside tests is often the real cause (`Some modules are not loaded`...).
        const first = unignored(summary.otherErrors, ignore)[0];
        if (first !== undefined)
            reasons.push(`First ERROR logged outside tests: ${describeRecord(first)}`);
    }
    return { result, reasons, tests };
}

;// CONCATENATED MODULE: ./src/verdict/index.ts





;// CONCATENATED MODULE: ./src/engine/judge.ts
// The verdict of a test run: Odoo's own log, parsed as a stream, weighed with
// the exit code (src/verdict). The action, the CLI's `run`/`test` and the
// CLI's `judge` of a saved log all come through here, so they cannot disagree.




/**
 * The exit code Odoo gives the run its log shows: 255 after an install crash,
 * 1 with failures, 0 with a clean result line; null when the log stops
 * before any of that (the process was killed).
 */
function exitCodeFromLog(summary) {
    if (summary.crash !== null)
        return 255;
    if (summary.result === null)
        return null;
    const failing = summary.result.failed + summary.result.errors > 0 || summary.atLeastOneTestFailed;
    return failing ? 1 : 0;
}
/** `exitCode: 'from-log'`: judging a saved log whose exit code nobody kept. */
async function judgeLog(logFile, modules, exitCode, opts = {}) {
    let summary;
    let environmentError = opts.environmentError;
    try {
        summary = await parseOdooLogFile(logFile, { ignore: opts.ignore });
    }
    catch (err) {
        summary = emptySummary();
        environmentError ??= `the test log ${logFile} could not be read (${(0,errors/* errorMessage */.gJ)(err)})`;
    }
    const verdict = decideVerdict({
        summary,
        exitCode: exitCode === 'from-log' ? exitCodeFromLog(summary) : exitCode,
        timedOut: opts.timedOut ?? false,
        modules,
        ignore: opts.ignore,
        strict: opts.strict,
        environmentError,
    });
    return { verdict, summary };
}
/**
 * Structured counts win over counting log lines; a failure JUnit reports can
 * only make the verdict worse, never better.
 */
function applyJunit(verdict, junit) {
    const tests = {
        total: junit.total,
        failed: junit.failed,
        errors: junit.errors,
        skipped: junit.skipped,
        passed: Math.max(0, junit.total - junit.failed - junit.errors - junit.skipped),
    };
    const failing = junit.failed + junit.errors > 0;
    if (!failing || verdict.result !== 'passed')
        return { ...verdict, tests };
    return {
        result: 'failed',
        reasons: [
            `JUnit XML reports ${junit.failed} failed and ${junit.errors} errored tests (${junit.files.join(', ')}).`,
        ],
        tests,
    };
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
function buildReport(input) {
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

;// CONCATENATED MODULE: ./src/engine/cleanup-record.ts
function cleanupRecord(c) {
    return {
        containers: c.before.containers.length,
        networks: c.before.networks.length,
        volumes: c.before.volumes.length,
        verified: c.verified,
    };
}

;// CONCATENATED MODULE: ./src/cli/results.ts
// How a verdict and a cleanup are shown: lines for people, one JSON object
// for programs (`--json`, snake_case like the action's report file).


/** Skip reasons listed on the terminal; the report has them all. */
const MAX_SKIP_LINES = 10;
/** A judged test run (`run`, `test`): the reasons are the gate's blocking issues, like the action's. */
function outcomeView(o, logFile, reportFile) {
    return {
        project: o.state?.project ?? null,
        port: o.state?.port ?? null,
        result: o.verdict.result,
        reasons: o.report.blocking_issues,
        exitCode: o.test.exitCode,
        logFile,
        tests: o.verdict.tests,
        summary: o.report.summary,
        reportFile,
        gate: o.report.gate_status,
        skips: o.summary.skips,
    };
}
function skipLines(skips) {
    if (skips.length === 0)
        return [];
    const lines = skips.slice(0, MAX_SKIP_LINES).map((g) => {
        const names = g.tests.slice(0, 3).join(', ');
        const more = g.count > 3 ? ', ...' : '';
        const where = g.module === null ? '' : `${g.module}: `;
        return `  - ${where}${plural(g.count, 'test')} skipped: ${g.reason} (${names}${more})`;
    });
    if (skips.length > MAX_SKIP_LINES)
        lines.push(`  - ${plural(skips.length - MAX_SKIP_LINES, 'more reason')}: see the report`);
    return ['Skipped:', ...lines];
}
function resultLines(v) {
    const head = `Result: ${v.result.toUpperCase()}${v.summary ? ` (${v.summary})` : ''}`;
    const gate = v.gate === 'FAIL' && v.result === 'passed' ? ['Gate: FAIL'] : [];
    const lines = [head, ...gate, ...v.reasons.map((r) => `  - ${r}`), ...skipLines(v.skips ?? [])];
    if (v.exitCode !== null)
        lines.push(`Test command exit code: ${v.exitCode}`);
    lines.push(`Log file: ${v.logFile}`);
    if (v.reportFile)
        lines.push(`Report:   ${v.reportFile}`);
    return lines;
}
function resultJson(v, cleanup) {
    const json = {
        project: v.project,
        port: v.port,
        result: v.result,
        exit_code: v.exitCode,
        log_file: v.logFile,
        reasons: v.reasons,
        tests: v.tests ?? null,
        skip_reasons: (v.skips ?? []).map((g) => ({ ...g, tests: [...g.tests] })),
    };
    if (cleanup)
        json.cleanup = cleanupRecord(cleanup);
    return json;
}

;// CONCATENATED MODULE: ./src/cli/commands/judge.ts
// `judge <log-file>`: the verdict on a saved Odoo log, by the very function
// the action and `run` use (src/engine/judge.ts), so a log judged later
// cannot get another verdict than the run that wrote it.











const JUDGE_SPEC = {
    name: 'judge',
    summary: 'Gives the verdict on a saved Odoo test log, exactly as a run would.',
    args: '<log-file>',
    positionals: { min: 1, max: 1 },
    flags: [
        {
            name: 'module',
            type: 'string',
            value: 'M[,M...]',
            help: 'the modules whose tests the log is of (required)',
        },
        {
            name: 'exit-code',
            type: 'string',
            value: 'N',
            help: "Odoo's exit code (without it: the one Odoo's log implies)",
        },
        ...settingFlags('log-ignore', 'strict-log'),
        JSON_FLAG,
    ],
    notes: ['Exit codes: 0 passed, 1 failed or errored, 2 bad input.'],
};
/** Without --exit-code, the exit code Odoo's log implies (see exitCodeFromLog). */
function parseExitCode(raw) {
    if (raw === undefined)
        return 'from-log';
    if (!/^-?\d{1,3}$/.test(raw.trim()))
        throw new UsageError(`Invalid --exit-code ${JSON.stringify(raw)}: expected a whole number (e.g. 0, 1, 255).`);
    return Number(raw);
}
const judgeCommand = {
    spec: JUDGE_SPEC,
    async run(ctx) {
        const { values } = ctx.args;
        if (values.module === undefined)
            throw new UsageError('Missing --module: the modules whose tests the log is of.');
        const modules = parseModules(values.module);
        const exitCode = parseExitCode(values['exit-code']);
        const ignore = parseLogIgnore(values['log-ignore']);
        const strict = parseBoolean(constants/* Input */.pd.StrictLog, values['strict-log'], false);
        const logFile = (0,external_node_path_.resolve)(ctx.io.cwd, ctx.args.positionals[0]);
        if (!(0,external_node_fs_.existsSync)(logFile))
            throw new errors/* InputError */.dz(`Log file not found: ${logFile}`);
        const { verdict, summary } = await judgeLog(logFile, modules, exitCode, { ignore, strict });
        const code = exitCode === 'from-log' ? exitCodeFromLog(summary) : exitCode;
        const report = buildReport({
            verdict,
            summary,
            workingDir: ctx.io.cwd,
            exitCode: code,
            durationS: 0,
            modules,
        });
        const v = {
            project: null,
            port: null,
            result: verdict.result,
            reasons: verdict.reasons,
            exitCode: code,
            logFile,
            tests: verdict.tests,
            summary: report.summary,
            skips: summary.skips,
        };
        const json = ctx.args.switches.has('json');
        (json ? ctx.io.stderr : ctx.io.stdout).write(`${resultLines(v).join('\n')}\n`);
        if (json)
            ctx.io.stdout.write(`${JSON.stringify(resultJson(v), null, 2)}\n`);
        return exitForVerdict(verdict.result);
    },
};

;// CONCATENATED MODULE: ./src/workspace/naming.ts
// The names of a work order's environment that a person sees and types: its
// database (one per work order, derived from the id, so `down` and `up` find
// the same one again) and the modules of `--module` / `update`.


/** Odoo's rule for a database name (odoo/service/db.py DBNAME_PATTERN). */
const ODOO_DBNAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
/** Pure: `WO-042` -> `wo_042`: lowercase, anything else than a letter or digit becomes `_`. */
function workOrderDatabase(workOrder) {
    const name = workOrder
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '');
    // A one-character work order would make a name Odoo refuses (two at least).
    const db = name.length >= 2 ? name : `wo_${name}`;
    if (!ODOO_DBNAME_RE.test(db))
        throw new errors/* InputError */.dz(`No database name derives from ${workOrder}.`);
    return db.slice(0, 63);
}
/** `--module a,b` (or `update`'s argument): Odoo technical names, as the action's `module` input. */
function parseModuleArg(raw, what) {
    try {
        return parseModules(raw);
    }
    catch (err) {
        throw new errors/* InputError */.dz(`Invalid ${what}: ${err.message}`);
    }
}

;// CONCATENATED MODULE: ./src/cli/env-lookup.ts




/** Pure: `WO-1 (port 8090, database wo_1), WO-2 (stopped)`, or `(none)`. */
function environmentList(projects, service) {
    const envs = projects.filter((p) => p.kind === 'work-order');
    if (envs.length === 0)
        return '(none)';
    return envs
        .map((p) => {
        const port = servicePort(p, service);
        const state = p.services.length === 0 ? 'stopped' : port === null ? 'running' : `port ${port}`;
        return `${p.id} (${state}${p.database ? `, database ${p.database}` : ''})`;
    })
        .join(', ');
}
async function requireEnvironment(deps, ref, service) {
    const env = await findWorkOrder(deps, ref);
    if (!env || env.services.length === 0) {
        const all = await listProjects(deps.docker, (p) => classifyProject(p, ref.prefix));
        throw new errors/* EnvironmentError */.eG([
            `Work order ${ref.workOrder} has no running environment (project ${ref.project}${env ? ': stopped, its data kept' : ''}).`,
            `  Environments of prefix ${ref.prefix}: ${environmentList(all, service)}`,
            `  Start one: ${ref.command('up', '[--module <m1,m2>]')}`,
        ].join('\n'));
    }
    const target = projectTarget(env);
    return {
        env,
        target,
        at: {
            target,
            dbService: env.dbService ?? 'db',
            database: env.database ?? workOrderDatabase(ref.workOrder),
        },
    };
}

;// CONCATENATED MODULE: ./src/workspace/attach.ts
// Commands a person attaches to (`logs --follow`, an Odoo shell, psql):
// compose with the caller's stdin, so a script can be piped in, and the
// program's output straight through. A terminal on both ends gets a TTY
// (no -T); a pipe gets none, as `docker compose exec -T`.



/** Pure: `exec` with -T unless both ends are terminals. */
function execArgs(service, cmd, tty) {
    return ['exec', ...(tty ? [] : ['-T']), service, ...cmd];
}
function attachCompose(target, args, io, signal) {
    const { file, prefix } = composeCommand();
    const tty = args[0] === 'exec' && !args.includes('-T');
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, [...prefix, ...composeArgs(target), ...args], {
            cwd: target.workingDirectory,
            env: composeEnv(target),
            stdio: tty ? 'inherit' : ['pipe', 'pipe', 'pipe'],
            signal,
        });
        if (!tty) {
            // stdin closed by a program that does not read it is not an error.
            child.stdin?.on('error', () => undefined);
            if (!io.stdin || io.stdin.isTTY)
                child.stdin?.end();
            else
                io.stdin.pipe(child.stdin);
            child.stdout?.on('data', (b) => io.stdout.write(b));
            child.stderr?.on('data', (b) => io.stderr.write(b));
        }
        // A signal to us ends the program first, then us with its exit code: node
        // must not die and leave compose running (a `kill -INT` of node alone).
        // With a TTY the terminal's Ctrl+C reaches the program itself (psql
        // cancels a query with it), so that one is only kept from killing us.
        const onSignal = (sig) => {
            if (!(tty && sig === 'SIGINT'))
                child.kill('SIGTERM');
        };
        const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
        for (const s of signals)
            process.on(s, onSignal);
        const done = () => signals.forEach((s) => process.off(s, onSignal));
        child.on('error', (e) => {
            done();
            if (signal?.aborted)
                resolve(130);
            else
                reject(e);
        });
        child.on('close', (code, sig) => {
            done();
            io.stdin?.unpipe();
            resolve(code ?? (sig ? 130 : 1));
        });
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/logs.ts
// `logs <work-order> [service] [--follow]`: compose's logs of the work order's
// environment, all services or one; --follow until Ctrl+C.






const LOGS_SPEC = {
    name: 'logs',
    summary: "Shows the logs of a work order's environment (all services, or one).",
    args: '<work-order> [service]',
    positionals: { min: 1, max: 2 },
    flags: [
        { name: 'follow', type: 'boolean', help: 'keep printing new lines until Ctrl+C' },
        { name: 'tail', type: 'string', value: 'N', help: 'only the last N lines of each service' },
        ...sharedFlags(),
    ],
    notes: ['Exit codes: 0 done, 2 no such environment / bad input / no Docker.'],
};
const logsCommand = {
    spec: LOGS_SPEC,
    async run(ctx) {
        const [workOrder, service] = ctx.args.positionals;
        const ref = workOrderRef(ctx, workOrder);
        const tail = ctx.args.values.tail;
        if (tail !== undefined && !/^(\d+|all)$/.test(tail))
            throw new errors/* InputError */.dz(`Invalid --tail ${JSON.stringify(tail)}: expected a number of lines or 'all'.`);
        const s = openSession(ctx);
        try {
            await preflight(s.deps);
            const { env, target } = await requireEnvironment(s.deps, ref, ctx.args.values.service ?? 'odoo');
            const services = env.services.map((x) => x.service);
            if (service !== undefined && !services.includes(service))
                throw new errors/* InputError */.dz(`Service ${JSON.stringify(service)} is not in ${ref.project}: its services are ${services.join(', ')}.`);
            const follow = ctx.args.switches.has('follow');
            ctx.io.stderr.write(`Logs of ${service ? `service ${service}` : `services ${services.join(', ')}`} of ${ref.project} (work order ${ref.workOrder})${follow ? '; following, Ctrl+C ends' : ''}:\n`);
            s.release();
            const args = [
                'logs',
                '--no-color',
                ...(follow ? ['--follow'] : []),
                ...(tail ? ['--tail', tail] : []),
                ...(service ? [service] : []),
            ];
            const code = await attachCompose(target, args, {
                stdout: ctx.io.stdout,
                stderr: ctx.io.stderr,
            });
            // Ctrl+C ends --follow: that is how it is meant to end.
            return follow && code >= 128 ? 0 : code === 0 ? 0 : 1;
        }
        catch (err) {
            return failed(ctx, s, err);
        }
        finally {
            s.release();
        }
    },
};

;// CONCATENATED MODULE: ./src/plan/event.ts
const ZERO_SHA = /^0+$/;
function isPullRequest(eventName) {
    return eventName === 'pull_request' || eventName === 'pull_request_target';
}
function baseFromEvent(eventName, payload) {
    const str = (v) => (typeof v === 'string' && v ? v : undefined);
    const obj = (v) => v && typeof v === 'object' ? v : {};
    if (isPullRequest(eventName)) {
        const base = str(obj(obj(payload.pull_request).base).sha);
        return base ? { base } : { why: `the ${eventName} event has no pull_request.base.sha` };
    }
    if (eventName === 'push') {
        const before = str(payload.before);
        if (!before)
            return { why: 'the push event has no "before" commit' };
        if (ZERO_SHA.test(before))
            return { why: 'the push created the branch: no previous commit' };
        return { base: before };
    }
    if (eventName === 'merge_group') {
        const base = str(obj(payload.merge_group).base_sha);
        return base ? { base } : { why: 'the merge_group event has no merge_group.base_sha' };
    }
    return { why: `a ${eventName ?? 'local'} run has no base commit to compare with` };
}

;// CONCATENATED MODULE: ./src/plan/git.ts
// The files a change touched, from git: `git diff --name-only base...head`
// (what head changed since it left base, as a pull request's "Files changed"
// shows). A shallow checkout lacks the base or the history between the two;
// then the base is fetched once from origin (deepening the clone), and if
// that is not enough the plan fails saying how to check out.


const runGit = (args, cwd) => new Promise((resolve) => {
    (0,external_node_child_process_namespaceObject.execFile)('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 127) : 0;
        resolve({ code, stdout, stderr: stderr || (err && !stderr ? err.message : '') });
    });
});
const CHECKOUT_HINT = 'The checkout needs the history back to the base: use actions/checkout with `fetch-depth: 0`, or fetch the base commit before this step';
async function changedFiles(cwd, base, log, git = runGit, head = 'HEAD') {
    const top = await git(['rev-parse', '--show-toplevel'], cwd);
    if (top.code !== 0)
        throw new errors/* InputError */.dz(`${cwd} is not a git checkout (${top.stderr.trim()}): changed files need git. Check the repository out first (actions/checkout).`);
    const root = top.stdout.trim();
    const resolves = async (rev) => (await git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], root)).code === 0;
    const mergeBase = async () => (await git(['merge-base', base, head], root)).code === 0;
    let baseRev = base;
    if (!(await resolves(base)) || !(await mergeBase())) {
        const shallow = (await git(['rev-parse', '--is-shallow-repository'], root)).stdout.trim() === 'true';
        log(`The base ${base} or its history with ${head} is not in the checkout${shallow ? ' (a shallow clone)' : ''}: fetching it from origin.`);
        const args = ['fetch', '--no-tags', '--quiet', ...(shallow ? ['--unshallow'] : []), 'origin'];
        const fetched = await git([...args, base], root);
        if (fetched.code !== 0)
            throw new errors/* InputError */.dz(`Cannot compare with the base ${base}: it is not in the checkout and fetching it from origin failed (${fetched.stderr.trim()}). ${CHECKOUT_HINT}.`);
        if (!(await resolves(base)))
            baseRev = 'FETCH_HEAD';
        if ((await git(['merge-base', baseRev, head], root)).code !== 0)
            throw new errors/* InputError */.dz(`Cannot compare ${head} with the base ${base}: they have no common history in the checkout. ${CHECKOUT_HINT}.`);
    }
    const diff = await git(['diff', '--name-only', '--no-renames', '-z', `${baseRev}...${head}`], root);
    if (diff.code !== 0)
        throw new errors/* InputError */.dz(`git diff ${base}...${head} failed: ${diff.stderr.trim()}. ${CHECKOUT_HINT}.`);
    return { files: diff.stdout.split('\0').filter(Boolean), root };
}

;// CONCATENATED MODULE: ./src/plan/glob.ts
// Globs for paths and module names, the common subset of minimatch and
// GitHub's path filters: `*` and `?` stay within one path segment, `**`
// crosses them (`**/x` matches x at any depth, the top included).
/** The glob as an anchored regular expression. */
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (glob.startsWith('**/', i)) {
            re += '(?:.*/)?';
            i += 2;
        }
        else if (glob.startsWith('**', i)) {
            re += '.*';
            i += 1;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** True when `text` matches one of `globs`. */
function glob_matchesAny(text, globs) {
    return globs.some((g) => globToRegExp(g).test(text));
}
/** The first of `globs` that `text` matches. */
function firstMatch(text, globs) {
    return globs.find((g) => globToRegExp(g).test(text));
}

;// CONCATENATED MODULE: ./src/plan/select.ts
// Which of the repository's addons a change concerns (pure): the addons with
// a changed file, and every repository addon that depends on one of them,
// transitively (their tests can break too); a changed file outside any addon
// that matches a global glob (compose file, requirements, workflows) concerns
// them all. Only installable addons are listed; include/exclude globs on the
// names come last. Every listed module gets the reason it was selected.



/** What the test action accepts as a module name (config/parse.ts). */
const MODULE_NAME = /^[a-z][a-z0-9_]*$/;
function selectModules(input) {
    const log = [];
    assertNoCycle(input.addons);
    const listable = new Map();
    for (const a of [...input.addons.values()].sort((x, y) => x.name.localeCompare(y.name))) {
        if (!a.manifest.installable)
            log.push(`${a.name}: ${a.manifest.versionProblem ?? 'installable is False'}, not listed`);
        else if (!MODULE_NAME.test(a.name))
            log.push(`${a.dir}: "${a.name}" is not a module name the test action accepts, not listed`);
        else
            listable.set(a.name, a);
    }
    const candidates = new Map();
    if (input.changed === undefined) {
        for (const name of listable.keys())
            candidates.set(name, input.allReason ?? 'every addon');
    }
    else {
        const touched = touchedAddons(input, log);
        if (touched.global) {
            const why = `${touched.global.file} changed (matches ${touched.global.glob}: affects every run)`;
            log.push(`${why}: every addon is selected`);
            for (const name of listable.keys())
                candidates.set(name, why);
        }
        else {
            for (const [name, path] of dependentsOf(input.addons, touched.roots.keys())) {
                if (!listable.has(name))
                    continue;
                const root = path[path.length - 1];
                const rootWhy = touched.roots.get(root);
                candidates.set(name, path.length === 1
                    ? rootWhy
                    : `depends on ${root} (${rootWhy.startsWith('deleted') ? 'deleted' : 'changed'})${path.length > 2 ? ` through ${path.slice(1, -1).join(', ')}` : ''}`);
            }
        }
    }
    const reasons = {};
    for (const [name, why] of candidates) {
        if (input.include.length && !glob_matchesAny(name, input.include))
            log.push(`${name}: not in include (${input.include.join(', ')}), not listed`);
        else if (glob_matchesAny(name, input.exclude))
            log.push(`${name}: matches exclude (${input.exclude.join(', ')}), not listed`);
        else
            reasons[name] = why;
    }
    const modules = Object.keys(reasons).sort();
    return {
        modules,
        reasons: Object.fromEntries(modules.map((m) => [m, reasons[m]])),
        log,
    };
}
function touchedAddons(input, log) {
    const dirs = input.addonsDirs.map((d) => (0,external_node_path_.relative)(input.root, d)).map((d) => (d ? `${d}/` : ''));
    const byAddon = new Map();
    let global;
    const outside = [];
    const changed = input.changed ?? [];
    const changedSet = new Set(changed);
    for (const file of changed) {
        const name = select_addonOf(file, dirs, (n, d) => input.addons.get(n)?.dir === (0,external_node_path_.join)(input.root, d, n));
        // An addon deleted (or moved) at head: its manifest is among the changed files.
        const gone = select_addonOf(file, dirs, (n, d) => changedSet.has(`${d}${n}/${MANIFEST_FILE}`));
        const glob = firstMatch(file, input.globalFiles);
        if (name ?? gone) {
            const key = (name ?? gone);
            byAddon.set(key, [...(byAddon.get(key) ?? []), file]);
        }
        else if (glob)
            global ??= { file, glob };
        else
            outside.push(file);
    }
    if (outside.length)
        log.push(`${outside.length} changed file(s) outside the addons concern no addon: ${list(outside)}`);
    const roots = new Map();
    for (const [name, files] of [...byAddon].sort(([a], [b]) => a.localeCompare(b))) {
        const more = files.length > 1 ? ` and ${files.length - 1} more file(s)` : '';
        if (input.addons.has(name))
            roots.set(name, `changed: ${files[0]}${more}`);
        else {
            // Gone at head (deleted or moved): not listed, but what depends on it is.
            log.push(`${name}: deleted (its manifest is gone at head), not listed`);
            roots.set(name, `deleted: ${files[0]}${more}`);
        }
    }
    return { roots, global };
}
/** The addon `file` is in (`<addons dir>/<name>/...`), when `isAddon(name, dir)`. */
function select_addonOf(file, dirs, isAddon) {
    for (const d of dirs) {
        if (!file.startsWith(d))
            continue;
        const parts = file.slice(d.length).split('/');
        if (parts.length > 1 && isAddon(parts[0], d))
            return parts[0];
    }
    return undefined;
}
function list(files) {
    return files.length > 5 ? `${files.slice(0, 5).join(', ')}, ...` : files.join(', ');
}

;// CONCATENATED MODULE: ./src/plan/plan.ts
// The plan, end to end and shared by the action and the CLI: the
// repository's addons from its addons directories, the changed files from git
// when only changes count, then the selection (select.ts).







async function makePlan(settings, event, deps) {
    const git = deps.git ?? runGit;
    // Real paths: git names the top level by its real path, and addons are matched to it.
    const addonsDirs = settings.addonsDirs.map((d) => ((0,external_node_fs_.existsSync)(d) ? (0,external_node_fs_.realpathSync)(d) : d));
    const { addons } = await discoverAddons(addonsDirs, deps.fs ?? nodeFs);
    if (addons.size === 0)
        throw new errors/* InputError */.dz(`No addon (a directory with __manifest__.py) in ${settings.addonsDirs.join(', ')}: check the ${constants/* PlanInput */.wk.AddonsPath} input (--addons-path).`);
    const changedOnly = settings.changedOnly === 'auto'
        ? settings.changedSince !== undefined || isPullRequest(event?.name)
        : settings.changedOnly;
    const common = { ...settings, addons, addonsDirs };
    if (!changedOnly)
        return selectModules({
            ...common,
            root: settings.cwd,
            allReason: 'every addon (changed-only is off)',
        });
    const { base, why } = settings.changedSince
        ? { base: settings.changedSince, why: undefined }
        : baseFromEvent(event?.name, event?.payload ?? {});
    if (!base) {
        deps.log(`Nothing to compare with (${why}): every addon is selected.`);
        return selectModules({ ...common, root: settings.cwd, allReason: `every addon (${why})` });
    }
    const { files, root } = await changedFiles(settings.cwd, base, deps.log, git);
    deps.log(`${files.length} file(s) changed since ${base}.`);
    return selectModules({ ...common, root, changed: files });
}
/** The action's outputs and the CLI's JSON from a plan. */
function planJson(plan, matrixKey) {
    return { modules: plan.modules, matrix: { [matrixKey]: plan.modules }, reasons: plan.reasons };
}

;// CONCATENATED MODULE: ./src/plan/settings.ts
// The plan's settings from raw strings (the plan action's inputs, the CLI's
// flags): validated here, once, with messages naming the input.



/** Comma- or newline-separated values, trimmed, empty ones dropped. */
function settings_splitList(raw) {
    return (raw ?? '')
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
function parsePlanSettings(raw, baseDirectory) {
    const cwd = (0,external_node_path_.resolve)(baseDirectory, raw.workingDirectory?.trim() || '.');
    const paths = settings_splitList(raw.addonsPath);
    const addonsDirs = (paths.length ? paths : [constants/* PLAN_DEFAULTS */.zJ.addonsPath]).map((p) => (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(cwd, p));
    const changedOnlyText = (raw.changedOnly ?? '').trim().toLowerCase() || 'auto';
    if (!['auto', 'true', 'false'].includes(changedOnlyText))
        fail(constants/* PlanInput */.wk.ChangedOnly, raw.changedOnly ?? '', "'true', 'false' or 'auto' (true on pull requests)");
    const changedSince = raw.changedSince?.trim() || undefined;
    if (changedSince && !/^[\w./@{}^~-]+$/.test(changedSince))
        fail(constants/* PlanInput */.wk.ChangedSince, changedSince, 'a commit or ref (e.g. origin/main, HEAD~3, a sha)');
    const globs = (input, text) => {
        const list = settings_splitList(text);
        for (const g of list)
            if (/[\s]/.test(g))
                fail(input, g, 'globs without spaces, separated by commas or new lines');
        return list;
    };
    const globalText = raw.globalFiles?.trim();
    return {
        cwd,
        addonsDirs,
        changedOnly: changedOnlyText === 'auto' ? 'auto' : changedOnlyText === 'true',
        changedSince,
        include: globs(constants/* PlanInput */.wk.Include, raw.include),
        exclude: globs(constants/* PlanInput */.wk.Exclude, raw.exclude),
        globalFiles: globalText
            ? globs(constants/* PlanInput */.wk.GlobalFiles, globalText)
            : [...constants/* PLAN_DEFAULTS */.zJ.globalFiles],
    };
}

;// CONCATENATED MODULE: ./src/cli/plan-flags.ts
// The plan's flags, shared by `plan` and `run --changed-since`, and the plan
// made from them (the same src/plan/ as the plan action).



const CHANGED_SINCE_FLAG = {
    name: constants/* PlanInput */.wk.ChangedSince,
    type: 'string',
    value: 'REF',
    help: 'only the addons changed since REF (git diff REF...HEAD) and those depending on them',
};
const ADDONS_PATH_FLAG = {
    name: constants/* PlanInput */.wk.AddonsPath,
    type: 'string',
    value: 'DIR',
    env: true,
    help: `the repository's addons directory, several comma separated (default ${constants/* PLAN_DEFAULTS */.zJ.addonsPath})`,
};
const SELECT_FLAGS = [
    {
        name: constants/* PlanInput */.wk.Include,
        type: 'string',
        value: 'GLOBS',
        help: 'only modules matching one of these globs (comma separated)',
    },
    {
        name: constants/* PlanInput */.wk.Exclude,
        type: 'string',
        value: 'GLOBS',
        help: 'never modules matching one of these globs',
    },
    {
        name: constants/* PlanInput */.wk.GlobalFiles,
        type: 'string',
        value: 'GLOBS',
        help: 'files outside the addons whose change selects all (default: .github/**, compose files, requirements*.txt, Dockerfiles)',
    },
];
/** The plan the flags ask for; log lines go to `log`. Without --changed-since: every addon. */
function planFromArgs(ctx, log) {
    const v = ctx.args.values;
    const settings = parsePlanSettings({
        addonsPath: v[constants/* PlanInput */.wk.AddonsPath],
        changedSince: v[constants/* PlanInput */.wk.ChangedSince],
        include: v[constants/* PlanInput */.wk.Include],
        exclude: v[constants/* PlanInput */.wk.Exclude],
        globalFiles: v[constants/* PlanInput */.wk.GlobalFiles],
    }, ctx.io.cwd);
    return makePlan(settings, undefined, { log });
}

;// CONCATENATED MODULE: ./src/cli/commands/plan.ts
// `plan`: which addons a change concerns, as the plan action lists them for a
// matrix: every installable addon, or with --changed-since only the changed
// ones and the addons that depend on them, each with the reason.





const PLAN_SPEC = {
    name: 'plan',
    summary: 'Lists the modules to test: every addon, or with --changed-since those a change concerns (and their dependents).',
    args: '',
    positionals: { min: 0, max: 0 },
    flags: [CHANGED_SINCE_FLAG, ADDONS_PATH_FLAG, ...SELECT_FLAGS, JSON_FLAG],
    notes: [
        'With --json: {"modules": [...], "matrix": {"module": [...]}, "reasons": {module: why}} on stdout.',
        'Exit codes: 0 listed (possibly none), 2 bad input (unreadable manifest, dependency cycle, no git history).',
    ],
};
const planCommand = {
    spec: PLAN_SPEC,
    async run(ctx) {
        const json = ctx.args.switches.has('json');
        // What the plan did goes to stderr: stdout is only the list (or the JSON).
        const log = (line) => ctx.io.stderr.write(`${line}\n`);
        const plan = await planFromArgs(ctx, log);
        plan.log.forEach(log);
        if (json) {
            ctx.io.stdout.write(`${JSON.stringify(planJson(plan, constants/* PLAN_DEFAULTS */.zJ.matrixKey), null, 2)}\n`);
        }
        else if (plan.modules.length === 0) {
            log('No module selected: nothing to test.');
        }
        else {
            const width = Math.max(...plan.modules.map((m) => m.length)) + 2;
            for (const m of plan.modules)
                ctx.io.stdout.write(`${m.padEnd(width)}${plan.reasons[m]}\n`);
        }
        return ExitCode.Passed;
    },
};

;// CONCATENATED MODULE: ./src/engine/reporter.ts
/** Drops everything: for tests and for `--json` runs that print only the report. */
const silentReporter = {
    info: () => undefined,
    warning: () => undefined,
    group: (_title, fn) => fn(),
    output: () => undefined,
};

;// CONCATENATED MODULE: ./src/workspace/postgres.ts


const postgres_PSQL = 'exec psql -U "${POSTGRES_USER:-postgres}" -X -A -t -q -v ON_ERROR_STOP=1 -d "$1" -c "$2"';
const TIMEOUT_MS = 60_000;
const MODULE_NAME_RE = /^[a-z][a-z0-9_]*$/;
/** Runs one query; the rows as lines of `|`-separated fields. */
async function query(at, database, sql) {
    const res = await execCapture(at.target, at.dbService, ['sh', '-c', postgres_PSQL, 'sh', database, sql], TIMEOUT_MS);
    if (res.exitCode !== 0)
        throw new Error(`psql in ${at.dbService} failed (exit ${res.exitCode ?? 'signal'}): ${res.stderr.trim().slice(-500)}`);
    return res.stdout.split('\n').filter((l) => l !== '');
}
async function databaseExists(at) {
    if (!ODOO_DBNAME_RE.test(at.database))
        return false;
    const rows = await query(at, 'postgres', `SELECT 1 FROM pg_database WHERE datname = '${at.database}'`);
    return rows.length > 0;
}
/** State of each module in ir_module_module (absent: Odoo does not know it). */
async function moduleStates(at, modules) {
    const names = modules.filter((m) => MODULE_NAME_RE.test(m));
    const list = names.map((m) => `'${m}'`).join(',');
    const rows = await query(at, at.database, `SELECT name, state FROM ir_module_module WHERE name IN (${list || "''"})`);
    return new Map(rows.map((r) => r.split('|')));
}
/** How many modules are installed; null when the database or Odoo's tables are not there. */
async function installedCount(at) {
    try {
        const rows = await query(at, at.database, "SELECT count(*) FROM ir_module_module WHERE state = 'installed'");
        return rows[0] === undefined ? null : Number(rows[0]);
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/cli/ls-databases.ts
// What `ls` adds for a work order's environment: its database and how many
// modules are installed in it, asked of its Postgres (not of a file of ours).


async function envDatabases(projects) {
    const out = new Map();
    await Promise.all(projects.map(async (p) => {
        if (p.kind !== 'work-order' || !p.database)
            return;
        const dbService = p.dbService ?? 'db';
        const running = p.services.some((s) => s.service === dbService && s.state === 'running');
        const modules = running
            ? await installedCount({ target: projectTarget(p), dbService, database: p.database })
            : null;
        out.set(p.project, { database: p.database, modules });
    }));
    return out;
}
/** Pure: the DATABASE column: `wo_042 (12 modules)`, `wo_042 (stopped)`, or `-`. */
function describeDatabase(db) {
    if (!db)
        return '-';
    return `${db.database} (${db.modules === null ? 'not running' : `${db.modules} modules`})`;
}

;// CONCATENATED MODULE: ./src/cli/ls-table.ts
// `ls` output: a table for people, a JSON array for programs. Pure, so the
// formatting is tested without Docker.



/** `45s`, `12m`, `3h05m`, `2d03h`: precise enough to spot a stale project. */
function formatAge(ms) {
    const s = Math.max(0, Math.floor(ms / 1000));
    const two = (n) => String(n).padStart(2, '0');
    if (s < 60)
        return `${s}s`;
    if (s < 3600)
        return `${Math.floor(s / 60)}m`;
    if (s < 86_400)
        return `${Math.floor(s / 3600)}h${two(Math.floor((s % 3600) / 60))}m`;
    return `${Math.floor(s / 86_400)}d${two(Math.floor((s % 86_400) / 3600))}h`;
}
function describeServices(info) {
    if (info.services.length === 0) {
        const n = info.volumes.length;
        return `stopped (${n} volume${n === 1 ? '' : 's'} kept)`;
    }
    return info.services
        .map((s) => `${s.service} ${s.state}${s.health ? ` (${s.health})` : ''}`)
        .join(', ');
}
const HEAD = ['PROJECT', 'KIND', 'WORK ORDER / RUN', 'PORT', 'DATABASE', 'SERVICES', 'AGE'];
/** The run's port first (as Docker publishes it), then any other published port in brackets. */
function portCell(p) {
    const main = servicePort(p, constants/* DEFAULTS */.zY.service);
    const others = p.ports.filter((port) => port !== main);
    if (main === null)
        return others.length ? others.join(',') : '-';
    return others.length ? `${main} (+${others.join(',')})` : String(main);
}
function lsTable(projects, now, dbs = new Map()) {
    const rows = projects.map((p) => [
        p.project,
        p.kind,
        p.id,
        portCell(p),
        describeDatabase(dbs.get(p.project)),
        describeServices(p),
        p.createdAt ? formatAge(now.getTime() - p.createdAt.getTime()) : '?',
    ]);
    const widths = HEAD.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return `${[HEAD, ...rows].map(line).join('\n')}\n`;
}
function lsJson(projects, now, dbs = new Map()) {
    return projects.map((p) => ({
        project: p.project,
        kind: p.kind,
        work_order: p.kind === 'work-order' ? p.id : null,
        run_id: p.kind === 'run' ? p.id : null,
        port: servicePort(p, constants/* DEFAULTS */.zY.service),
        ports: p.ports,
        services: p.services.map((s) => ({
            service: s.service,
            state: s.state,
            health: s.health ?? null,
        })),
        volumes: p.volumes,
        created_at: p.createdAt?.toISOString() ?? null,
        age_s: p.createdAt ? Math.floor((now.getTime() - p.createdAt.getTime()) / 1000) : null,
        database: dbs.get(p.project)?.database ?? null,
        modules_installed: dbs.get(p.project)?.modules ?? null,
    }));
}

;// CONCATENATED MODULE: ./src/cli/commands/ls.ts
// `ls`: every environment and run of this prefix (or, with --all, of every
// `*agent-test*` prefix), as Docker sees them right now.







const LS_SPEC = {
    name: 'ls',
    summary: 'Lists the environments and runs of this prefix: port, database and installed modules, state and health, age.',
    args: '',
    positionals: { min: 0, max: 0 },
    flags: [
        { name: 'all', type: 'boolean', help: "every project whose name contains 'agent-test'" },
        ...sharedFlags(),
        JSON_FLAG,
    ],
};
const lsCommand = {
    spec: LS_SPEC,
    async run(ctx) {
        const all = ctx.args.switches.has('all');
        const prefix = all ? undefined : resolvePrefix(ctx);
        const deps = ctx.makeDeps(silentReporter);
        await checkEngine(deps.docker);
        const projects = await listProjects(deps.docker, (p) => all
            ? p.includes('agent-test')
                ? classifyProject(p)
                : undefined
            : classifyProject(p, prefix));
        const now = deps.now();
        const dbs = await envDatabases(projects);
        if (ctx.args.switches.has('json')) {
            ctx.io.stdout.write(`${JSON.stringify(lsJson(projects, now, dbs), null, 2)}\n`);
        }
        else if (projects.length === 0) {
            ctx.io.stdout.write(`No environments or runs of ${all ? "any 'agent-test' prefix" : `prefix ${prefix}`}.\n`);
        }
        else {
            ctx.io.stdout.write(lsTable(projects, now, dbs));
        }
        return 0;
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/psql.ts





const PSQL_SPEC = {
    name: 'psql',
    summary: "Opens psql on a work order's database; psql's own arguments (e.g. -c) pass through.",
    args: '<work-order> [psql arguments]',
    positionals: { min: 1, max: 1 },
    passthrough: true,
    flags: sharedFlags(),
    notes: ["Exit codes: psql's own; 2 no such environment / bad input / no Docker."],
};
/** The superuser of the postgres image, and psql's arguments after the database. */
const psql_PSQL = 'db=$1; shift; exec psql -U "${POSTGRES_USER:-postgres}" -d "$db" "$@"';
const psqlCommand = {
    spec: PSQL_SPEC,
    async run(ctx) {
        const ref = workOrderRef(ctx, ctx.args.positionals[0]);
        const s = openSession(ctx);
        try {
            await preflight(s.deps);
            const { target, at } = await requireEnvironment(s.deps, ref, ctx.args.values.service ?? 'odoo');
            const tty = process.stdin.isTTY === true && ctx.io.stdout.isTTY === true;
            ctx.io.stderr.write(`psql on database ${at.database} (service ${at.dbService} of ${ref.project}, work order ${ref.workOrder}).\n`);
            s.release();
            return await attachCompose(target, execArgs(at.dbService, ['sh', '-c', psql_PSQL, 'sh', at.database, ...ctx.args.rest], tty), { stdin: process.stdin, stdout: ctx.io.stdout, stderr: ctx.io.stderr });
        }
        catch (err) {
            return failed(ctx, s, err);
        }
        finally {
            s.release();
        }
    },
};

;// CONCATENATED MODULE: ./src/engine/report-file.ts
// The machine-readable report, written next to the log by main and completed
// by post with the cleanup result. Written atomically (temp file + rename) so
// a run killed half way never leaves a truncated JSON file.




/** `proof_of_execution_tests.log` -> `proof_of_execution_tests.report.json`. */
function reportPathFor(logFile) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(logFile), `${(0,external_node_path_.basename)(logFile, (0,external_node_path_.extname)(logFile))}.report.json`);
}
/** Writes atomically; a report without a timeline keeps the one on disk. */
function writeReport(path, report) {
    if (!report.timeline) {
        const timeline = report_file_readReport(path)?.timeline;
        if (timeline)
            report = { ...report, timeline };
    }
    const tmp = `${path}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, `${JSON.stringify(report, null, 2)}\n`);
    (0,external_node_fs_.renameSync)(tmp, path);
}
function report_file_readReport(path) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Adds what teardown removed and whether nothing is left; keeps the rest. */
function addCleanup(path, cleanup) {
    const report = report_file_readReport(path);
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

;// CONCATENATED MODULE: ./src/engine/timeline.ts


/** The report of a run that has not reached its verdict (yet, or ever). */
function pendingReport(base, phase, now) {
    return buildReport({
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
        const current = report_file_readReport(this.file);
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

;// CONCATENATED MODULE: ./src/engine/stale.ts
// When is a per-run project stale? One rule for `reap` and for the reaper at
// the start of every run: older than the limit, or (for the start-of-run
// reaper) made by a process on this host that is gone. A run whose owner is
// alive is never touched before the age limit; a work order's environment
// never, unless someone names it.






/** Pure: why `p` is stale, or null when it is not. */
function staleReason(p, rule) {
    if (p.kind !== 'run')
        return null;
    const newest = p.newestAt?.getTime();
    if (newest !== undefined && rule.now - newest >= rule.olderThanMs)
        return 'older than the limit';
    const o = rule.ownerGone;
    if (o && p.owner && p.owner.host === o.host && p.owner.pid > 0 && !o.alive(p.owner.pid)) {
        return `its owner process ${p.owner.pid} on ${p.owner.host} is gone`;
    }
    return null;
}
/** Removes the stale runs of `prefix` (best effort: problems are warnings). */
async function reapStaleRuns(deps, prefix, olderThanMs) {
    const rule = {
        olderThanMs,
        now: deps.now().getTime(),
        ownerGone: { host: (0,external_node_os_.hostname)(), alive: isAlive },
    };
    const out = [];
    try {
        const projects = await listProjects(deps.docker, (name) => classifyProject(name, prefix));
        for (const p of projects) {
            const why = staleReason(p, rule);
            if (!why)
                continue;
            deps.reporter.info(`Removing stale run ${p.project}: ${why}.`);
            out.push(await reapProject(p, deps, deps.compose, 0));
        }
    }
    catch (err) {
        deps.reporter.warning(`Could not reap stale runs of ${prefix}: ${err.message}`);
    }
    return out;
}
/**
 * Tears a project down outside its own run (reap, the start-of-run reaper)
 * and, when its report is on this host, completes the run's record.
 */
async function reapProject(p, deps, compose, 
/** Undefined: the teardown's default (none: the volumes go too). */
downTimeoutS) {
    const report = await teardown(projectTarget(p), deps.docker, compose, deps.reporter, {
        downTimeoutS,
    });
    const file = p.owner?.host === (0,external_node_os_.hostname)() ? p.owner.report : undefined;
    const record = file ? report_file_readReport(file) : undefined;
    if (file && record) {
        const timeline = new RunTimeline(file, {
            workingDirectory: record.working_dir,
            modules: record.modules,
            startedAt: new Date().toISOString(),
        });
        timeline.mark('teardown');
        timeline.mark('verified', report.verified ? 'ok' : 'failed');
        addCleanup(file, report);
    }
    return report;
}

;// CONCATENATED MODULE: ./src/cli/duration.ts
// `reap --older-than`: a duration with a unit, days included. Not a setting
// (parseSeconds caps timeouts at a day; stale projects can be weeks old).

const UNIT_S = { s: 1, m: 60, h: 3600, d: 86_400 };
function parseDuration(flag, raw) {
    const m = /^(\d+)([smhd])?$/.exec(raw.trim());
    const seconds = m ? Number(m[1]) * UNIT_S[(m[2] ?? 's')] : NaN;
    if (!Number.isSafeInteger(seconds) || seconds < 1)
        throw new UsageError(`Invalid --${flag} ${JSON.stringify(raw)}: expected a whole number with s, m, h or d (e.g. 6h, 2d).`);
    return seconds * 1000;
}

;// CONCATENATED MODULE: ./src/cli/commands/reap.ts
// `reap`: removes per-run projects of this prefix that outlived any run (a
// killed CI job, a crashed laptop), judged by their containers' Created time.
// A work order's environment is only removed when named explicitly.










const REAP_SPEC = {
    name: 'reap',
    summary: 'Removes stale per-run projects of this prefix (or, when named, one work order environment).',
    args: '[<work-order>]',
    positionals: { min: 0, max: 1 },
    flags: [
        {
            name: 'older-than',
            type: 'string',
            value: 'AGE',
            help: 'only runs older than this: s, m, h, d (default: --reap-after)',
        },
        { name: 'dry-run', type: 'boolean', help: 'only list what would be removed' },
        ...sharedFlags('reap-after'),
        VERBOSE_FLAG,
    ],
    notes: [
        'Exit codes: 0 removed (or nothing to remove), 1 something was left behind, 2 bad input / no Docker.',
    ],
};
const reapCommand = {
    spec: REAP_SPEC,
    async run(ctx) {
        const named = ctx.args.positionals[0];
        const ref = named === undefined ? undefined : workOrderRef(ctx, named);
        const prefix = ref?.prefix ?? resolvePrefix(ctx);
        const { values } = ctx.args;
        // --older-than (any age, days too), else the reap-after setting the watchdog uses.
        const olderThanMs = values['older-than'] !== undefined
            ? parseDuration('older-than', values['older-than'])
            : parseSeconds(constants/* Input */.pd.ReapAfter, values['reap-after'], constants/* DEFAULTS */.zY.reapAfterS, 60) * 1000;
        const downTimeoutS = parseOptionalSeconds(constants/* Input */.pd.DownTimeout, ctx.args.values['down-timeout'], 0);
        const s = openSession(ctx);
        s.tearingDown(ref ? ref.project : `the stale projects of ${prefix}`);
        try {
            await preflight(s.deps);
            const now = s.deps.now().getTime();
            const age = (p) => (p.createdAt ? formatAge(now - p.createdAt.getTime()) : '?');
            let doomed;
            if (ref) {
                const env = await findWorkOrder(s.deps, ref);
                doomed = env ? [env] : [];
            }
            else {
                const mine = await listProjects(s.deps.docker, (p) => classifyProject(p, prefix));
                // The newest container decides: a project is stale only when all of it is old.
                doomed = mine.filter((p) => staleReason(p, { olderThanMs, now }) !== null);
                const spared = mine.filter((p) => p.kind === 'work-order').map((p) => p.project);
                if (spared.length)
                    s.reporter.print(`Work order environments are kept (name one to remove it): ${spared.join(', ')}`);
            }
            if (doomed.length === 0) {
                s.reporter.print(ref
                    ? `Nothing to reap: Docker has nothing of ${ref.project}.`
                    : `Nothing to reap: no per-run project of ${prefix} is older than ${formatAge(olderThanMs)}.`);
                return 0;
            }
            if (ctx.args.switches.has('dry-run')) {
                s.reporter.print([
                    'Would remove:',
                    ...doomed.map((p) => `  ${p.project}  (${p.kind}, age ${age(p)}; ${describeServices(p)})`),
                ].join('\n'));
                return 0;
            }
            let verified = true;
            for (const p of doomed) {
                s.reporter.phase(`removing ${p.project} (${p.kind}, age ${age(p)}) ...`);
                const report = await reapProject(p, s.deps, s.cleanupCompose, downTimeoutS);
                verified &&= report.verified;
                s.reporter.print([`Removed ${p.project}:`, ...cleanupLines(report).map((l) => `  ${l}`)].join('\n'));
            }
            return verified ? 0 : 1;
        }
        catch (err) {
            return failed(ctx, s, err);
        }
        finally {
            s.release();
        }
    },
};

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

;// CONCATENATED MODULE: ./src/engine/finish.ts




async function finishRun(state, deps) {
    // What the run saw lets `down` start at once, unless a teardown of this run
    // already began (post run twice, or killed half way): then it is out of date.
    const tornBefore = report_file_readReport(state.reportFile)?.timeline?.some((e) => e.phase === 'teardown');
    const timeline = new RunTimeline(state.reportFile, state, deps.now);
    const report = await timeline.phase('teardown', () => teardown(targetOf(state), deps.docker, deps.compose, deps.reporter, {
        downTimeoutS: state.downTimeoutS,
        known: tornBefore ? undefined : state.resources,
    }));
    timeline.mark('verified', report.verified ? 'ok' : 'failed');
    addCleanup(state.reportFile, report);
    return report;
}

;// CONCATENATED MODULE: ./src/compose/config.ts
/** Parses compose's JSON, skipping any warning lines it printed first. */
function parseComposeModel(text) {
    const start = text.search(/^\{/m);
    if (start < 0)
        return undefined;
    try {
        const doc = JSON.parse(text.slice(start, text.lastIndexOf('}') + 1));
        return {
            services: doc.services ?? {},
            networks: doc.networks ?? {},
            volumes: doc.volumes ?? {},
        };
    }
    catch {
        return undefined;
    }
}
async function readComposeConfig(target, compose) {
    const chunks = [];
    const res = await compose(target, ['config', '--format', 'json'], {
        onOutput: (c) => void chunks.push(c),
        timeoutMs: 60_000,
        keepTail: 4000,
    });
    if (res.exitCode !== 0)
        return { model: undefined, error: res.tail.trim() };
    const model = parseComposeModel(Buffer.concat(chunks).toString('utf8'));
    return { model, error: model ? '' : 'docker compose config printed no JSON model' };
}

;// CONCATENATED MODULE: ./src/isolation/compose-version.ts
// Compose learnt `!reset` in 2.18.0 and `!override` in 2.24.4 (Docker's
// compose-file reference, "Merge"). An older compose would merge the tagged
// override as plain YAML: the ports appended instead of replaced, i.e. the
// collision this override exists to prevent. So a file that needs them fails
// before `up` there, saying what to change in the file instead.


const OVERRIDE_TAGS_SINCE = '2.24.4';
/** Pure: `2.26.1-4`, `v2.24.4-desktop.1` -> [2, 26, 1]. */
function versionParts(version) {
    return (/(\d+)\.(\d+)(?:\.(\d+))?/.exec(version)?.slice(1) ?? []).map((n) => Number(n ?? 0));
}
/** Pure: whether this compose version reads `!override` and `!reset`. */
function knowsOverrideTags(version) {
    const have = versionParts(version);
    const need = versionParts(OVERRIDE_TAGS_SINCE);
    for (let i = 0; i < need.length; i++) {
        const a = have[i] ?? 0;
        const b = need[i];
        if (a !== b)
            return a > b;
    }
    return true;
}
/** Pure: what to change in the file, service by service, so that no tag is needed. */
function fileChanges(iso, service) {
    const out = [];
    for (const [name, s] of Object.entries(iso.services)) {
        if (s.ports && name === service && iso.target !== null)
            out.push(`publish service ${name}'s ${iso.target} as "\${${constants/* PORT_ENV */.Cf}}:${iso.target}" and give its other ports no host port`);
        else if (s.ports)
            out.push(`give service ${name}'s ports no host port (e.g. "5432", not "5432:5432")`);
        if (s.container_name)
            out.push(`remove container_name from service ${name}`);
    }
    return out;
}
/** The error of a compose too old for the override `iso` needs; undefined when it is new enough. */
function tooOldFor(iso, service, composeVersion, files) {
    const changes = fileChanges(iso, service);
    if (changes.length === 0 || knowsOverrideTags(composeVersion))
        return undefined;
    const services = Object.keys(iso.services);
    const who = services.length > 1 ? `services ${services.join(', ')} need` : `service ${services[0]} needs`;
    const what = files.length > 1 ? 'the files' : 'the file';
    return new errors/* EnvironmentError */.eG(`Compose ${composeVersion} cannot keep parallel runs of ${files.join(', ')} apart: ${who} !override/!reset in the generated override, which Compose reads from ${OVERRIDE_TAGS_SINCE} on. Upgrade Compose (docker-compose-plugin >= ${OVERRIDE_TAGS_SINCE}), or change ${what}: ${changes.join('; ')}.`);
}

;// CONCATENATED MODULE: ./src/isolation/main-port.ts
/** Odoo's HTTP port: the answer when the file publishes several and nothing else says. */
const ODOO_HTTP_PORT = 8069;
const isTcp = (p) => (p.protocol ?? 'tcp') === 'tcp';
const main_port_list = (ports) => ports.length <= 1
    ? ports.join('')
    : `${ports.slice(0, -1).join(', ')} and ${ports[ports.length - 1]}`;
/** Pure: the container ports a healthcheck names (`http://localhost:8069/...`, `-p 5432`). */
function namedByHealthcheck(service, candidates) {
    const words = (service.healthcheck?.test ?? []).slice(1).join(' ');
    const numbers = new Set([...words.matchAll(/(?<![\d.])\d{1,5}(?![\d.])/g)].map((m) => Number(m[0])));
    return candidates.filter((c) => numbers.has(c));
}
/**
 * Pure: the tested service's main container port. One published TCP port:
 * that one. Several: the one its healthcheck names, else Odoo's 8069, else
 * none (the run then reports no port rather than a guess). None: none.
 */
function mainPort(name, service) {
    const targets = [...new Set((service?.ports ?? []).filter(isTcp).map((p) => p.target))].sort((a, b) => a - b);
    if (!service || targets.length === 0)
        return {
            target: null,
            note: `Service ${name} publishes no TCP port: the run has no host port (the port output stays empty).`,
        };
    if (targets.length === 1)
        return { target: targets[0] };
    const several = `Service ${name} publishes container ports ${main_port_list(targets)}`;
    const named = namedByHealthcheck(service, targets);
    if (named.length === 1)
        return {
            target: named[0],
            note: `${several}: the run's host port is the one of ${named[0]}, which its healthcheck names.`,
        };
    if (targets.includes(ODOO_HTTP_PORT))
        return {
            target: ODOO_HTTP_PORT,
            note: `${several}: the run's host port is the one of ${ODOO_HTTP_PORT} (Odoo's HTTP port).`,
        };
    return {
        target: null,
        note: `${several}, and neither its healthcheck nor Odoo's ${ODOO_HTTP_PORT} says which one is the run's: the run reports no host port (the port output stays empty).`,
    };
}

;// CONCATENATED MODULE: ./src/isolation/override.ts



/**
 * The value compose gives RTR_HOST_PORT while it reads the model before a port
 * is allocated (compose.ts composeEnv): a port published as it follows the
 * variable already. Docker never publishes on host port 0 (it picks one).
 */
const UNALLOCATED = '0';
const hostOf = (p) => `${p.host_ip ? `${p.host_ip}:` : ''}${p.published}`;
const spec = (p) => `${hostOf(p)}:${p.target}${isTcp(p) ? '' : `/${p.protocol}`}`;
const fixed = (p) => p.published !== undefined && p.published !== UNALLOCATED;
const ephemeral = (p) => {
    const { published: _published, ...rest } = p;
    return rest;
};
/** Pure: the isolation override of `model`, for a run whose tests run in `service`. */
function isolate(model, service) {
    const main = mainPort(service, model.services[service]);
    const out = { target: main.target, services: {}, notes: main.note ? [main.note] : [] };
    const named = [];
    for (const [name, s] of Object.entries(model.services)) {
        if (!s)
            continue;
        if (s.container_name) {
            out.services[name] = { container_name: resetValue() };
            named.push(`${name} (${s.container_name})`);
        }
        const seen = new Set();
        const moved = [];
        let changed = false;
        const ports = (s.ports ?? []).map((p) => {
            const key = `${p.host_ip ?? ''}/${p.protocol ?? 'tcp'}`;
            if (name === service && p.target === main.target && isTcp(p) && !seen.has(key)) {
                seen.add(key);
                // Already RTR_HOST_PORT: a change only when other entries change (the
                // list is then replaced whole, and the variable must survive it).
                if (p.published !== UNALLOCATED)
                    changed = true;
                if (fixed(p))
                    out.notes.push(`Service ${name}: container port ${p.target} is published on the run's host port instead of ${hostOf(p)} (${constants/* PORT_ENV */.Cf}; the compose file's host port would be shared by every run).`);
                return { ...p, published: `\${${constants/* PORT_ENV */.Cf}}` };
            }
            if (!fixed(p))
                return p;
            changed = true;
            moved.push(spec(p));
            return ephemeral(p);
        });
        if (moved.length)
            out.notes.push(`Service ${name}: fixed host port${moved.length > 1 ? 's' : ''} ${moved.join(', ')} published on ephemeral host ports instead: two runs would collide on them.`);
        if (changed)
            out.services[name] = { ...out.services[name], ports: overrideWith(ports) };
    }
    if (named.length)
        out.notes.push(`container_name removed from ${named.join(', ')}: two runs would collide on a fixed name; compose names the containers <project>-<service>-<n>.`);
    return out;
}

;// CONCATENATED MODULE: ./src/engine/health-override.ts
/** Engine API version that knows `start_interval` (Docker 25); compose refuses it before. */
const START_INTERVAL_API = '1.44';
const GO_UNITS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
};
/** Pure: a Go duration as compose prints it (`1m30s`, `500ms`, `1.5s`) in ms, or undefined. */
function goDurationMs(text) {
    if (!text)
        return undefined;
    const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text)
        return undefined;
    return parts.reduce((ms, [, n, unit]) => ms + Number(n) * GO_UNITS[unit], 0);
}
/** `1500` -> `1500ms`: compose reads Go durations. */
const goDuration = (ms) => `${Math.round(ms)}ms`;
/**
 * Pure: the healthcheck additions for each service, for the generated
 * override. Where the file sets no start_period, one of interval x retries is
 * added (Docker's defaults: 30 s x 3), since start_interval applies only
 * during it: a service that never turns healthy is then declared unhealthy
 * at most that much later than with the file as written.
 */
function fastStartHealth(model, startIntervalMs) {
    if (startIntervalMs <= 0)
        return {};
    const out = {};
    for (const [name, service] of Object.entries(model.services)) {
        const hc = service?.healthcheck;
        if (!hc || hc.disable || hc.test?.[0] === 'NONE' || !hc.test?.length)
            continue;
        if (hc.start_interval)
            continue; // the file's choice
        const interval = goDurationMs(hc.interval) ?? 30_000;
        if (interval <= startIntervalMs)
            continue; // already probed that often
        const healthcheck = { start_interval: goDuration(startIntervalMs) };
        if (!(goDurationMs(hc.start_period) ?? 0)) {
            healthcheck.start_period = goDuration(interval * (hc.retries ?? 3));
        }
        out[name] = { healthcheck };
    }
    return out;
}
/** Pure: whether an engine's API version (`1.45`) knows start_interval. */
function engineKnowsStartInterval(apiVersion) {
    const [major = 0, minor = 0] = (apiVersion ?? '').split('.').map(Number);
    return major > 1 || (major === 1 && minor >= 44);
}

;// CONCATENATED MODULE: ./src/engine/label-project.ts






async function labelProject(target, owner, deps, opts) {
    const healthStartIntervalMs = opts.healthStartIntervalMs ?? 0;
    // Both questions at once: compose's config (~100 ms) is the slower one.
    const [{ model, error }, apiVersion] = await Promise.all([
        opts.config ?? readComposeConfig(target, deps.compose),
        healthStartIntervalMs > 0 ? deps.docker.apiVersion().catch(() => undefined) : undefined,
    ]);
    if (!model) {
        throw new errors/* EnvironmentError */.eG(`The compose file(s) ${target.files.join(', ')} could not be loaded: ${error.slice(-2000)}`);
    }
    let fast = {};
    if (healthStartIntervalMs > 0 && engineKnowsStartInterval(apiVersion))
        fast = fastStartHealth(model, healthStartIntervalMs);
    else if (healthStartIntervalMs > 0)
        deps.reporter.info(`Health probes keep the compose file's interval: the engine (API ${apiVersion ?? 'unknown'}) predates start_interval (Docker 25, API 1.44).`);
    const iso = isolate(model, opts.service);
    if (Object.keys(iso.services).length > 0) {
        // Asked only here: a file that follows RTR_HOST_PORT needs no tag, and no version.
        const tooOld = tooOldFor(iso, opts.service, await deps.checkCompose(), target.files);
        if (tooOld)
            throw tooOld;
    }
    for (const note of iso.notes)
        deps.reporter.info(note);
    const labels = ownershipLabels(owner);
    // The tested service says which of its container ports is the run's (`ls`, `test`).
    const portLabel = iso.target === null
        ? {}
        : { [opts.service]: { labels: { ...labels, [LABEL.port]: String(iso.target) } } };
    const override = writeLabelsOverride(deps.tempDir, target.project, withParts(labelsOverride(model, labels), fast, iso.services, portLabel));
    return { files: [...target.files, override], model, portTarget: iso.target };
}
/**
 * readComposeConfig started ahead of time: a failure to run compose at all
 * becomes a result (reported by labelProject) instead of a rejection that
 * nobody awaits when a check fails first.
 */
function readComposeConfigSafely(target, compose) {
    return readComposeConfig(target, compose).catch((err) => ({
        model: undefined,
        error: (0,errors/* errorMessage */.gJ)(err),
    }));
}
/** Pure: the labels override with more attributes (healthcheck, ports, ...) merged into its services. */
function withParts(override, ...parts) {
    const services = Object.fromEntries(Object.entries(override.services).map(([name, s]) => [
        name,
        Object.assign({}, s, ...parts.map((p) => p[name])),
    ]));
    return { ...override, services };
}

;// CONCATENATED MODULE: ./src/engine/health.ts

/** Pure: what one container's state means for the wait. */
function readiness(c, targetService) {
    if (c.state === 'running') {
        if (c.health === undefined || c.health === 'healthy')
            return { kind: 'ready' };
        if (c.health === 'unhealthy')
            return { kind: 'failed', why: 'is unhealthy' };
        return { kind: 'pending' };
    }
    if (c.state === 'exited' || c.state === 'dead') {
        if (c.exitCode !== 0)
            return { kind: 'failed', why: `exited with code ${c.exitCode}` };
        // A one-shot helper may finish with 0; the service the tests run in may not.
        if (c.service === targetService)
            return {
                kind: 'failed',
                why: 'exited with code 0 right after starting (the tests need it running)',
            };
        return { kind: 'ready' };
    }
    return { kind: 'pending' };
}
function watchHealth(docker, project) {
    let wake;
    const changed = new Set();
    let streamError;
    const sub = docker.subscribe(project, (e) => {
        changed.add(e.containerId);
        wake?.();
    }, (err) => {
        streamError = err;
        wake?.();
    });
    return {
        close: () => sub.close(),
        async wait(opts) {
            await sub.ready;
            const deadline = Date.now() + opts.timeoutMs;
            const listed = await docker.listProject(project);
            if (listed.containers.length === 0)
                throw new errors/* HealthError */.hX(`Project ${project} has no containers after 'up'.`);
            const state = new Map();
            await Promise.all(listed.containers.map(async (c) => state.set(c.id, await docker.inspectContainer(c.id))));
            for (;;) {
                const verdicts = [...state.values()].map((c) => ({ c, r: readiness(c, opts.service) }));
                const failed = verdicts.find((v) => v.r.kind === 'failed');
                if (failed && failed.r.kind === 'failed')
                    throw await failure(docker, failed.c, failed.r.why, opts.logLines ?? 50);
                const pending = verdicts.filter((v) => v.r.kind === 'pending').map((v) => v.c);
                if (pending.length === 0)
                    return [...state.values()];
                if (streamError)
                    throw new errors/* HealthError */.hX(`Lost the Docker event stream while waiting for health: ${streamError.message}`);
                const remaining = deadline - Date.now();
                if (remaining <= 0)
                    throw await health_timeout(docker, pending, opts);
                if (opts.signal?.aborted)
                    throw new errors/* CancelledError */.cc('Cancelled while waiting for the containers to become healthy.');
                if (changed.size === 0)
                    await sleepUntilWoken(remaining, opts.signal, (w) => (wake = w));
                const ids = [...changed].filter((id) => state.has(id));
                changed.clear();
                await Promise.all(ids.map(async (id) => state.set(id, await docker.inspectContainer(id))));
            }
        },
    };
}
function sleepUntilWoken(ms, signal, setWake) {
    return new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
        setWake(done);
    });
}
async function failure(docker, c, why, lines) {
    const logs = await docker
        .containerLogs(c.id, lines)
        .catch((e) => `(logs unavailable: ${e.message})`);
    const probe = c.healthOutput ? `\nLast healthcheck output: ${c.healthOutput.slice(0, 500)}` : '';
    return new errors/* HealthError */.hX(`Container ${c.name} (service ${c.service ?? '?'}) ${why}.${probe}\nLast ${lines} log lines of ${c.name}:\n${logs.trimEnd() || '(no output)'}`);
}
async function health_timeout(docker, pending, opts) {
    const c = pending[0];
    const what = pending
        .map((p) => `${p.name}: ${p.state}${p.health ? ` (${p.health})` : ''}`)
        .join(', ');
    const err = await failure(docker, c, `was not ready after health-timeout ${Math.round(opts.timeoutMs / 1000)} s`, opts.logLines ?? 50);
    err.message = `Still waiting for ${what}. ${err.message} Raise 'health-timeout' if the service is just slow to start.`;
    return err;
}

;// CONCATENATED MODULE: ./src/engine/port-wait.ts

async function allocateOrWait(docker, reporter, opts) {
    const deadline = Date.now() + opts.waitMs;
    let announced = false;
    let exclude = [...opts.exclude];
    for (;;) {
        const inUse = await docker.publishedPorts();
        try {
            return await allocatePort(opts.range, [...inUse, ...exclude], opts.probe);
        }
        catch (err) {
            if (!(err instanceof PortRangeExhaustedError))
                throw err;
            if (Date.now() >= deadline || opts.signal?.aborted) {
                throw new PortRangeExhaustedError(`${err.message}\n${await describeHolders(docker, opts.range)}`);
            }
            // A port lost in a race is held by a live run now: Docker's list covers it.
            exclude = [];
            if (!announced) {
                reporter.info(`Every port of ${describeRange(opts.range)} is taken; waiting up to ${Math.round(opts.waitMs / 1000)} s for one to free up.`);
                announced = true;
            }
            const pause = (opts.pollMs ?? 1000) * (0.75 + Math.random() / 2);
            await new Promise((r) => setTimeout(r, Math.min(pause, Math.max(0, deadline - Date.now()))));
        }
    }
}
/** Who holds the ports of the range, as far as Docker knows; the rest are other programs. */
async function describeHolders(docker, range) {
    const containers = await docker.listComposeContainers().catch(() => []);
    const lines = [];
    for (let port = range.from; port <= range.to; port++) {
        const holder = containers.find((c) => c.publishedPorts.includes(port));
        lines.push(`  ${port}: ${holder ? `compose project ${holder.project} (container ${holder.name}, created ${holder.createdAt.toISOString()})` : 'not a compose project (another program, or freed just now)'}`);
    }
    return `Holders of port-range ${describeRange(range)}:\n${lines.join('\n')}`;
}

;// CONCATENATED MODULE: ./src/engine/up.ts
// `up -d` on an allocated port. Between get-port's check and Docker's bind a
// parallel run can take the port; compose then fails with "port is already
// allocated" and we try again with the next free port of the range.



async function upWithFreePort(target, docker, compose, reporter, opts) {
    const up = (current, title) => reporter.group(title, () => compose(current, ['up', '-d', '--remove-orphans'], {
        signal: opts.signal,
        onOutput: (c) => reporter.output(c),
    }));
    if (opts.allocate === false) {
        // No port of the range: a conflict then is not one to retry with another.
        const res = await up(target, `docker compose up (${target.project})`);
        if (res.exitCode === 0)
            return null;
        throw upFailed(res);
    }
    const tried = new Set();
    const deadline = Date.now() + (opts.portWaitMs ?? 0);
    const maxConflicts = 4 * (opts.range.to - opts.range.from + 1);
    for (let conflicts = 0;;) {
        const waitMs = Math.max(0, deadline - Date.now());
        const port = await allocateOrWait(docker, reporter, { ...opts, exclude: tried, waitMs });
        opts.onPort(port);
        const res = await up({ ...target, port }, `docker compose up (${target.project}, port ${port})`);
        if (res.exitCode === 0)
            return port;
        if (!res.aborted && isPortConflict(res.tail) && ++conflicts < maxConflicts) {
            reporter.info(`Port ${port} was taken by someone else before compose could bind it; trying another.`);
            tried.add(port);
            continue;
        }
        throw upFailed(res);
    }
}
function upFailed(res) {
    if (res.aborted)
        return new errors/* CancelledError */.cc('Cancelled during docker compose up.');
    return new errors/* EnvironmentError */.eG(`docker compose up failed (exit ${res.exitCode}):\n${res.tail.trim().slice(-3000)}`);
}

;// CONCATENATED MODULE: ./src/engine/start-project.ts




/**
 * Resolves once every container is ready, with the host port Docker publishes
 * for the service's main port (null: none), read back from Docker.
 */
async function startProject(target, deps, opts) {
    const { docker, compose, reporter } = deps;
    const phase = (name, fn) => opts.timeline ? opts.timeline.phase(name, fn) : fn();
    const health = watchHealth(docker, target.project);
    try {
        const port = await phase('up', () => upWithFreePort(target, docker, compose, reporter, {
            range: opts.range,
            probe: deps.probePort,
            portWaitMs: opts.portWaitMs,
            signal: opts.signal,
            onPort: opts.onPort,
            allocate: opts.portTarget !== null,
        }));
        if (opts.signal?.aborted)
            throw new errors/* CancelledError */.cc('Cancelled after docker compose up.');
        opts.onUp?.();
        reporter.info(`${port === null ? 'No host port allocated' : `Host port ${port} allocated`}; waiting for every container to be healthy...`);
        const ready = await phase('healthy', () => health.wait({ service: opts.service, timeoutMs: opts.healthTimeoutMs, signal: opts.signal }));
        const published = publishedPort(ready, opts.service, opts.portTarget);
        reporter.info(publishedLine(opts.service, opts.portTarget, port, published));
        return published;
    }
    finally {
        health.close();
    }
}

;// CONCATENATED MODULE: ./src/quality/junit.ts
// JUnit XML written by a custom test command (for example through a test
// runner plugin): structured counts beat counting log lines when both exist.
// A small tolerant reader for the few elements that matter; no XML library.


const attr = (tag, name) => {
    const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
    return m ? decode(m[1] ?? m[2] ?? '') : null;
};
function decode(text) {
    return text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
}
function parseJunitXml(xml) {
    const cases = [];
    const re = /<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g;
    for (let m = re.exec(xml); m; m = re.exec(xml)) {
        const head = m[1] ?? '';
        const body = m[3] ?? '';
        const outcome = /<(failure|error|skipped)\b([^>]*)/.exec(body);
        const kind = !outcome
            ? 'PASS'
            : outcome[1] === 'failure'
                ? 'FAIL'
                : outcome[1] === 'error'
                    ? 'ERROR'
                    : 'SKIP';
        cases.push({
            className: attr(head, 'classname') ?? '',
            name: attr(head, 'name') ?? '',
            kind,
            message: outcome ? attr(outcome[2] ?? '', 'message') : null,
        });
    }
    return cases;
}
/** A file, or every *.xml in a directory; undefined when there is none. */
function readJunit(path) {
    let files;
    try {
        files = (0,external_node_fs_.statSync)(path).isDirectory()
            ? (0,external_node_fs_.readdirSync)(path)
                .filter((f) => f.endsWith('.xml'))
                .sort()
                .map((f) => (0,external_node_path_.join)(path, f))
            : [path];
    }
    catch {
        return undefined;
    }
    if (files.length === 0)
        return undefined;
    const cases = files.flatMap((f) => parseJunitXml((0,external_node_fs_.readFileSync)(f, 'utf8')));
    const count = (k) => cases.filter((c) => c.kind === k).length;
    return {
        files,
        total: cases.length,
        failed: count('FAIL'),
        errors: count('ERROR'),
        skipped: count('SKIP'),
        failures: cases.filter((c) => c.kind === 'FAIL' || c.kind === 'ERROR'),
    };
}

;// CONCATENATED MODULE: ./src/quality/coverage.ts
// Coverage of the module's own code, measured inside the service: the test
// command runs under `coverage run --include=/mnt/extra-addons/<module>/*`,
// then `coverage json` gives the total. The data file goes to /tmp: the
// addons mount is often read-only and the image's user owns little else.
const COVERAGE_DIR = '/tmp/rtr-coverage';
const COVERAGE_DATA = `${COVERAGE_DIR}/.coverage`;
const COVERAGE_JSON = `${COVERAGE_DIR}/coverage.json`;
/**
 * argv (after `exec -T <service>`) that runs Odoo under coverage. The official
 * entrypoint adds the database arguments only when it runs `odoo` itself, so
 * they are added here from the same HOST/PORT/USER/PASSWORD variables. The
 * script is a constant; modules and arguments arrive as positional parameters
 * ("$@"), never inside the script text.
 */
function coverageTestCommand(modules, odooArgs) {
    const include = modules.map((m) => `/mnt/extra-addons/${m}/*`).join(',');
    const script = [
        `mkdir -p ${COVERAGE_DIR}`,
        'include="$1"; shift',
        `exec coverage run --data-file=${COVERAGE_DATA} --include="$include" "$(command -v odoo)" "$@"` +
            ' --db_host "${HOST:-db}" --db_port "${PORT:-5432}" --db_user "${USER:-odoo}" --db_password "${PASSWORD:-odoo}"',
    ].join('\n');
    return ['sh', '-c', script, 'rtr-coverage', include, ...odooArgs];
}
/** As root: coverage must be there before the run; pip only when it is missing. */
const INSTALL_COVERAGE = [
    'sh',
    '-c',
    'command -v coverage >/dev/null 2>&1 || pip3 install --quiet --break-system-packages coverage || pip3 install --quiet coverage',
];
const COVERAGE_REPORT = [
    'sh',
    '-c',
    `coverage json --data-file=${COVERAGE_DATA} -o ${COVERAGE_JSON} >/dev/null && cat ${COVERAGE_JSON}`,
];
/** The total from `coverage json`; null when the output is not what coverage writes. */
function parseCoverageJson(text) {
    try {
        const data = JSON.parse(text);
        const pct = data.totals?.percent_covered;
        return typeof pct === 'number' && Number.isFinite(pct) ? Math.round(pct * 10) / 10 : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/quality/lint.ts
// Counting a linter's findings from its output, as it streams. The formats of
// flake8, ruff and pylint share `path:line[:col]: CODE message`; the code's
// letter says how bad it is (E/F: errors; W/C/R/I/N/D: warnings; pylint's
// E/F likewise). Anything else is not a finding.
const FINDING = /^[^\s:][^:]*:\d+(?::\d+)?:\s*([A-Z]+)\d+\b/;
function classifyLintLine(line) {
    const m = FINDING.exec(line.trim());
    if (!m)
        return null;
    const letter = m[1][0];
    return letter === 'E' || letter === 'F' ? 'error' : 'warning';
}
/** Feeds chunks of output; counts complete lines (a partial line waits for its end). */
class LintCounter {
    pending = '';
    counts = { errors: 0, warnings: 0 };
    push(chunk) {
        const lines = (this.pending + chunk.toString()).split(/\r?\n/);
        this.pending = (lines.pop() ?? '').slice(-4096);
        for (const line of lines)
            this.count(line);
    }
    end() {
        if (this.pending)
            this.count(this.pending);
        this.pending = '';
        return this.counts;
    }
    count(line) {
        const kind = classifyLintLine(line);
        if (kind === 'error')
            this.counts.errors++;
        else if (kind === 'warning')
            this.counts.warnings++;
    }
}

;// CONCATENATED MODULE: ./src/engine/quality.ts



async function runLint(target, settings, compose, reporter, signal) {
    const [cmd, ...args] = settings.lintCommand;
    if (!cmd)
        return null;
    const counter = new LintCounter();
    const onOutput = (chunk) => {
        counter.push(chunk);
        reporter.output(chunk);
    };
    const opts = { signal, onOutput, timeoutMs: settings.testTimeoutMs };
    const res = await reporter.group(`Lint: ${settings.lintCommand.join(' ')}`, () => settings.lintIn === 'runner'
        ? runProcess(cmd, args, { ...opts, cwd: settings.workingDirectory })
        : compose(target, ['exec', '-T', settings.service, cmd, ...args], opts));
    const counts = counter.end();
    const exitCode = res.exitCode ?? -1;
    reporter.info(`Lint: exit ${exitCode}, ${counts.errors} errors, ${counts.warnings} warnings.`);
    return { ...counts, exitCode };
}
/** Installs coverage in the service (as root) when the image lacks it. */
async function prepareCoverage(target, settings, compose, reporter) {
    const res = await compose(target, ['exec', '-T', '-u', 'root', settings.service, ...INSTALL_COVERAGE], { timeoutMs: 300_000 });
    if (res.exitCode !== 0)
        reporter.warning(`Could not install coverage in ${settings.service}: ${res.tail.trim().slice(-500)}`);
}
/** The total percentage, or null (with a warning) when it could not be measured. */
async function collectCoverage(target, settings, compose, reporter) {
    const res = await compose(target, ['exec', '-T', settings.service, ...COVERAGE_REPORT], {
        timeoutMs: 120_000,
        keepTail: 1_000_000,
    });
    const pct = res.exitCode === 0 ? parseCoverageJson(res.tail) : null;
    if (pct === null)
        reporter.warning(`Coverage was not measured: ${res.tail.trim().slice(-300) || `coverage json exited ${res.exitCode}`}`);
    else
        reporter.info(`Coverage of ${settings.modules.join(', ')}: ${pct}%`);
    return pct;
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(8474);
;// CONCATENATED MODULE: ./src/engine/test-phase.ts
// Runs the module's tests inside the running service and streams everything
// to the proof log (and the job log) as it comes, with bounded memory.




/**
 * The default Odoo test command, as argv after `exec -T <service>`.
 * - `/entrypoint.sh` adds --db_host/--db_port/--db_user/--db_password from the
 *   container's HOST/PORT/USER/PASSWORD; a bare `odoo` would try the local socket.
 * - With --test-enable Odoo 18 always starts its HTTP server, and the service
 *   already serves 8069: another --http-port, or "Address already in use".
 * - --test-tags /<module> limits the run to the module's own tests (otherwise
 *   base, web and every dependency are tested too: minutes instead of seconds).
 */
function defaultTestCommand(modules, database, httpPort) {
    return ['/entrypoint.sh', 'odoo', ...odooTestArgs(modules, database, httpPort)];
}
function odooTestArgs(modules, database, httpPort) {
    return [
        '-d',
        database,
        '-i',
        modules.join(','),
        '--test-enable',
        '--test-tags',
        modules.map((m) => `/${m}`).join(','),
        '--stop-after-init',
        '--http-port',
        String(httpPort),
    ];
}
/** The command a run uses: the user's, or Odoo's default (under coverage when asked). */
function testCommandFor(settings, database, httpPort) {
    if (settings.testCommand.length > 0)
        return settings.testCommand;
    const args = odooTestArgs(settings.modules, database, httpPort);
    return settings.coverage
        ? coverageTestCommand(settings.modules, args)
        : ['/entrypoint.sh', 'odoo', ...args];
}
/**
 * How much test output is echoed to the job log or terminal; the log file gets
 * all of it. A run printing hundreds of MB would otherwise flood (and slow)
 * the job log, which GitHub's viewer cannot show anyway.
 */
const ECHO_LIMIT_BYTES = 8 * 1024 * 1024;
async function runTests(target, settings, compose, reporter, opts) {
    const command = testCommandFor(settings, opts.database, opts.httpPort);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(settings.logFile), { recursive: true });
    const log = (0,external_node_fs_.createWriteStream)(settings.logFile);
    let bytes = 0;
    let capped = false;
    const started = Date.now();
    // -T: no TTY, so Odoo does not colour its log and the streams stay apart.
    const res = await compose(target, ['exec', '-T', settings.service, ...command], {
        signal: opts.signal,
        timeoutMs: settings.testTimeoutMs,
        keepTail: 4096,
        onOutput: async (chunk) => {
            if (bytes < ECHO_LIMIT_BYTES)
                reporter.output(chunk.subarray(0, ECHO_LIMIT_BYTES - bytes));
            bytes += chunk.length;
            if (bytes >= ECHO_LIMIT_BYTES && !capped) {
                capped = true;
                reporter.info(`\n[The test output passed ${ECHO_LIMIT_BYTES >> 20} MiB: the rest goes only to ${settings.logFile}.]`);
            }
            if (!log.write(chunk))
                await (0,external_node_events_.once)(log, 'drain');
        },
    });
    log.end();
    await (0,external_node_events_.once)(log, 'close');
    return {
        exitCode: res.exitCode,
        timedOut: res.timedOut,
        aborted: res.aborted,
        durationMs: Date.now() - started,
        bytes,
    };
}

;// CONCATENATED MODULE: ./src/engine/test-and-judge.ts








/** The HTTP port Odoo's test run listens on inside the container (8069 is taken by the server). */
const TEST_HTTP_PORT = 18069;
async function testAndJudge(target, settings, deps, opts) {
    const { compose, reporter } = deps;
    const lint = await runLint(target, settings, compose, reporter, opts.signal);
    if (settings.coverage && settings.testCommand.length === 0)
        await prepareCoverage(target, settings, compose, reporter);
    await opts.template?.ready();
    reporter.info(`Running the tests of ${settings.modules.join(', ')}.`);
    const test = await reporter.group(`Tests: ${settings.modules.join(', ')}`, () => runTests(target, settings, compose, reporter, {
        database: opts.database,
        httpPort: TEST_HTTP_PORT,
        signal: opts.signal,
    }));
    if (test.aborted)
        throw new errors/* CancelledError */.cc('Cancelled while the tests were running.');
    // A failed test command may mean the environment itself went away (the
    // daemon restarted, the host is shutting down): say that, not "exit 1".
    if (test.exitCode !== 0 && !test.timedOut) {
        const gone = await environmentGone(target, settings.service, deps);
        if (gone) {
            throw new errors/* EnvironmentError */.eG(`The Docker engine stopped answering while the tests ran (the test command ended with ${test.exitCode ?? 'a signal'}): ${gone}`);
        }
    }
    const coverage = settings.coverage && settings.testCommand.length === 0
        ? await collectCoverage(target, settings, compose, reporter)
        : null;
    const judged = await judgeLog(settings.logFile, settings.modules, test.exitCode, {
        timedOut: test.timedOut,
        ignore: settings.logIgnore,
        strict: settings.strictLog,
    });
    const junit = settings.junitPath ? readJunit(settings.junitPath) : undefined;
    if (settings.junitPath && !junit)
        reporter.warning(`junit-path ${settings.junitPath}: no JUnit XML found; counts come from the log.`);
    const verdict = junit ? applyJunit(judged.verdict, junit) : judged.verdict;
    const durationMs = deps.now().getTime() - opts.startedAt.getTime();
    const report = buildReport({
        verdict,
        summary: judged.summary,
        taskId: opts.taskId ?? null,
        workingDir: settings.workingDirectory,
        exitCode: test.exitCode,
        durationS: durationMs / 1000,
        modules: settings.modules,
        coverage: settings.coverage
            ? { percentage: coverage, threshold: settings.coverageThreshold }
            : null,
        lint,
        project: target.project,
        port: target.port,
    });
    const cache = await opts.template?.finish();
    if (cache)
        report.cache = cache;
    writeReport(opts.reportFile, report);
    return { verdict, summary: judged.summary, report, test, durationMs };
}
/** Why the environment is gone (engine silent, service not running), or null. */
async function environmentGone(target, service, deps) {
    try {
        await checkEngine(deps.docker, 5000);
        const { containers } = await deps.docker.listProject(target.project);
        const c = containers.find((x) => x.service === service);
        return c?.state === 'running'
            ? null
            : `the ${service} container is ${c?.state ?? 'gone'} (did the daemon restart?)`;
    }
    catch (err) {
        return err.message;
    }
}

;// CONCATENATED MODULE: ./src/engine/run.ts
// One test run, from validated settings to a verdict: preflight, a unique
// project, a port, `up`, health, tests, verdict. Teardown is not here: the
// action defers it to its post step, the CLI runs it in a finally; both call
// `teardown` with the state this function saved before creating anything.














/** A promise settled from outside, once; its rejection handled (nobody may wait on it). */
function settleOnce() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => ((resolve = res), (reject = rej)));
    promise.catch(() => undefined);
    return { promise, resolve, reject };
}
async function executeRun(settings, ids, deps, hooks) {
    const { docker, reporter, signal } = { ...deps, signal: hooks.signal };
    const started = deps.now();
    const checkCancel = (phase) => {
        if (signal?.aborted)
            throw new errors/* CancelledError */.cc(`Cancelled ${phase}.`);
    };
    const project = buildProjectName({
        prefix: settings.projectPrefix,
        now: started,
        random: deps.random(),
        runId: ids.runId,
        attempt: ids.attempt,
    });
    const files = { files: settings.composeFiles, workingDirectory: settings.workingDirectory };
    // Compose reads the files (it creates nothing) while the engine is checked.
    // The engine's error, when both fail, is the one to fix first; a failed read
    // is explained by a missing or v1 compose before the files are blamed.
    const config = readComposeConfigSafely({ project, port: null, ...files }, deps.compose);
    // Which template store (and whether the cache directory is writable), meanwhile.
    const opening = openTemplateRun(settings, deps);
    await checkEngine(docker);
    if (!(await config).model)
        await deps.checkCompose();
    reporter.info('Docker engine answers.');
    const state = {
        version: 1,
        project,
        ...files,
        port: null,
        downTimeoutS: settings.downTimeoutS,
        logFile: settings.logFile,
        reportFile: reportPathFor(settings.logFile),
        modules: settings.modules,
        startedAt: started.toISOString(),
    };
    hooks.saveState(state); // before anything exists: post can always clean up
    const timeline = new RunTimeline(state.reportFile, state, deps.now);
    timeline.mark('validated');
    reporter.info(`Compose project: ${project}`);
    const owner = {
        ...currentOwner('run', project, settings.projectPrefix, started, ids.repository),
        pid: ids.ownerPid ?? process.pid,
        report: state.reportFile,
    };
    // Runs of this prefix that a killed job or machine left behind on this host
    // are removed while the labels override is written (from the config read above).
    const [labelled] = await Promise.all([
        labelProject(targetOf(state), owner, deps, {
            service: settings.service,
            healthStartIntervalMs: settings.healthStartIntervalMs,
            config,
        }),
        reapStaleRuns(deps, settings.projectPrefix, settings.reapAfterMs),
    ]);
    state.files = labelled.files;
    hooks.saveState(state);
    checkCancel('before docker compose up');
    const template = await opening;
    const database = testDatabaseName(project);
    const model = (await config).model;
    let listed = Promise.resolve();
    // The template cache starts with `up`: it reads the Odoo image while
    // compose starts Postgres, and restores as soon as Postgres answers.
    const up = settleOnce();
    if (model)
        template.start({
            target: targetOf(state),
            model,
            database,
            odooArgs: odooTestArgs(settings.modules, database, TEST_HTTP_PORT),
            httpPort: TEST_HTTP_PORT,
            up: up.promise,
        });
    const published = await startProject(targetOf(state), deps, {
        range: settings.portRange,
        portWaitMs: settings.portWaitTimeoutMs,
        service: settings.service,
        portTarget: labelled.portTarget,
        healthTimeoutMs: settings.healthTimeoutMs,
        signal,
        timeline,
        onPort: (port) => {
            hooks.saveState(Object.assign(state, { port }));
            timeline.mark('port allocated');
        },
        // What the teardown will remove, listed while Docker probes the containers
        // (RunState.resources); when it fails, post lists for itself.
        // Compose's version goes to the log then too, off the critical path.
        onUp: () => {
            listed = docker
                .listProject(project)
                .then((r) => hooks.saveState(Object.assign(state, { resources: names(r) })))
                .catch(() => undefined);
            void deps
                .checkCompose()
                .then((v) => reporter.info(`Compose ${v}.`))
                .catch(() => undefined);
            up.resolve();
        },
    }).catch((e) => {
        // Torn down next: the cache's work ends with it, quietly.
        template.abandon();
        up.reject(e);
        throw e;
    });
    // What Docker publishes is the run's port (the `port` output, the log), whatever was allocated.
    if (published !== state.port)
        hooks.saveState(Object.assign(state, { port: published }));
    checkCancel('before the tests');
    reporter.info('All containers ready.');
    const judged = await timeline
        .phase('testing', () => testAndJudge(targetOf(state), settings, deps, {
        database,
        reportFile: state.reportFile,
        startedAt: started,
        taskId: ids.taskId,
        signal,
        template,
    }))
        .finally(() => template.finish());
    timeline.mark('verdict', judged.report.gate_status === 'PASS' ? 'ok' : 'failed');
    await listed;
    return { state, ...judged };
}

;// CONCATENATED MODULE: ./src/cli/commands/run-changed.ts
// `run --changed-since REF`: the modules the plan lists, tested one after
// another, each in a run (and compose project) of its own as the matrix jobs
// would, each with a proof log of its own; the exit code is the worst of them,
// and a cancelled run stops the rest.





async function runChanged(ctx, runOne) {
    const json = ctx.args.switches.has('json');
    const human = (0,cli_io/* humanSink */.v5)(ctx.io, json);
    const say = (line) => human.write(`${line}\n`);
    const plan = await planFromArgs(ctx, say);
    plan.log.forEach(say);
    const runs = {};
    const codes = [];
    let worst = ExitCode.Passed;
    if (plan.modules.length === 0)
        say('No module selected: nothing to test.');
    else
        say(`Testing ${plan.modules.length} module(s), one after another: ${plan.modules.join(', ')}`);
    for (const [i, module] of plan.modules.entries()) {
        say(`\n[${i + 1}/${plan.modules.length}] ${module}: ${plan.reasons[module]}`);
        const { code, json: result } = await runOne(withLogFile(ctx, module), module);
        runs[module] = result;
        codes.push([module, code]);
        worst = Math.max(worst, code);
        if (code === ExitCode.Cancelled)
            break;
    }
    if (codes.length > 1)
        say(`\nExit codes: ${codes.map(([m, c]) => `${m} ${c}`).join(', ')}; worst ${worst}.`);
    if (json)
        ctx.io.stdout.write(`${JSON.stringify({ ...planJson(plan, constants/* PLAN_DEFAULTS */.zJ.matrixKey), runs }, null, 2)}\n`);
    return worst;
}
/** Each module's run keeps its own proof: `proof_of_execution_tests.log` -> `proof_of_execution_tests.<module>.log`. */
function perModuleLogFile(logFile, module) {
    const file = logFile?.trim() || constants/* DEFAULTS */.zY.logFile;
    const dot = file.lastIndexOf('.');
    // A dot in the name itself (not a directory's, not a leading one) starts the extension.
    return dot > file.lastIndexOf('/') + 1
        ? `${file.slice(0, dot)}.${module}${file.slice(dot)}`
        : `${file}.${module}`;
}
function withLogFile(ctx, module) {
    const values = { ...ctx.args.values };
    values[constants/* Input */.pd.LogFile] = perModuleLogFile(values[constants/* Input */.pd.LogFile], module);
    return { ...ctx, args: { ...ctx.args, values } };
}

;// CONCATENATED MODULE: ./src/cli/commands/run.ts
// `run`: the whole lifecycle of one throw-away project in this process, the
// action's main and post in one: executeRun, then finishRun (teardown and its
// record) in every exit path (pass, failure, exception, signal), then the
// verdict and the proof that nothing is left.














const RUN_SPEC = {
    name: 'run',
    summary: "Runs the modules' tests in a throw-away compose project of their own, then removes it and proves nothing is left.",
    args: '<module>[,<module>...] | --changed-since REF',
    positionals: { min: 0, max: Number.MAX_SAFE_INTEGER },
    flags: [...SETTING_FLAGS, CHANGED_SINCE_FLAG, ADDONS_PATH_FLAG, JSON_FLAG, VERBOSE_FLAG],
    notes: [
        'With --changed-since REF: the modules `plan --changed-since REF` lists, one run (project and log file <log>.<module>.log) each, one after another.',
        'Exit codes: 0 passed, 1 failed or errored, 2 bad input / no Docker / not healthy, 130 cancelled.',
        'Ctrl+C stops the run and still tears the project down before exiting.',
    ],
};
async function tearDown(s, state) {
    s.tearingDown(state.project);
    s.reporter.phase(`tearing down ${state.project} ...`);
    try {
        // The end every run shares (timeline, teardown, report), with compose out
        // of reach of a second Ctrl+C.
        return await finishRun(state, { ...s.deps, compose: s.cleanupCompose });
    }
    catch (err) {
        s.reporter.warning(`Teardown of ${state.project} could not be verified: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    }
}
function errorView(settings, state, why) {
    return {
        project: state?.project ?? null,
        port: state?.port ?? null,
        result: 'error',
        reasons: [why],
        exitCode: null,
        logFile: settings.logFile,
    };
}
const runCommand = {
    spec: RUN_SPEC,
    async run(ctx) {
        const since = ctx.args.values[constants/* PlanInput */.wk.ChangedSince];
        if (since === undefined) {
            if (ctx.args.positionals.length === 0)
                throw new UsageError(`Missing argument: run needs ${RUN_SPEC.args}.`);
            const { code, json } = await runModules(ctx, ctx.args.positionals.join(','));
            if (json)
                ctx.io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
            return code;
        }
        if (ctx.args.positionals.length)
            throw new UsageError('Give modules or --changed-since REF, not both.');
        return runChanged(ctx, runModules);
    },
};
/** One run of `module` (one or several, comma separated): its exit code and JSON result. */
async function runModules(ctx, module) {
    const json = ctx.args.switches.has('json');
    const context = ctx.settingsContext();
    const settings = parseSettings({ ...toRawSettings(ctx.args.values), module }, context);
    const s = openSession(ctx, { json });
    let state;
    let outcome;
    let error;
    try {
        // The CLI is not a workflow run: `local` in the project name says so.
        const ids = { runId: 'local', attempt: '1', repository: context.repository };
        outcome = await executeRun(settings, ids, s.deps, {
            signal: s.trap.signal,
            saveState: (st) => (state = { ...st }),
        });
    }
    catch (err) {
        error = err;
    }
    // Cancelled means a signal stopped the run; one during teardown changes nothing.
    const signal = s.trap.received;
    const why = signal ? `Cancelled by ${signal}.` : (0,errors/* errorMessage */.gJ)(error);
    const created = state;
    // Like the action: a run that ended before its verdict still leaves a report.
    if (created && !outcome)
        writeErrorReport(created, why);
    const cleanup = created ? await tearDown(s, created) : undefined;
    s.release();
    const v = outcome && !signal
        ? outcomeView(outcome, settings.logFile, outcome.state.reportFile)
        : errorView(settings, state, why);
    if (error !== undefined && !signal)
        ctx.io.stderr.write(`error: ${why}\n`);
    s.reporter.print([...resultLines(v), ...(cleanup ? cleanupLines(cleanup) : [])].join('\n'));
    const code = exitCodeFor({
        signal,
        error,
        passed: outcome ? outcome.report.gate_status === 'PASS' : undefined,
        cleanupVerified: created ? (cleanup?.verified ?? false) : undefined,
    });
    return { code, json: json ? resultJson(v, cleanup) : undefined };
}

;// CONCATENATED MODULE: ./src/cli/commands/shell.ts





const SHELL_SPEC = {
    name: 'shell',
    summary: "Opens an Odoo shell on a work order's database (stdin passes through: pipe a script in).",
    args: '<work-order>',
    positionals: { min: 1, max: 1 },
    flags: sharedFlags(),
    notes: [
        "Changes are rolled back at the end unless the script calls env.cr.commit(), as in Odoo's shell.",
        "Exit codes: the shell's own; 2 no such environment / bad input / no Docker.",
    ],
};
const shellCommand = {
    spec: SHELL_SPEC,
    async run(ctx) {
        const ref = workOrderRef(ctx, ctx.args.positionals[0]);
        const service = ctx.args.values.service ?? 'odoo';
        const s = openSession(ctx);
        try {
            await preflight(s.deps);
            const { target, at } = await requireEnvironment(s.deps, ref, service);
            const tty = process.stdin.isTTY === true && ctx.io.stdout.isTTY === true;
            ctx.io.stderr.write(`Odoo shell on database ${at.database} (service ${service} of ${ref.project}, work order ${ref.workOrder})${tty ? '' : '; running the script from stdin'}.\n`);
            s.release();
            return await attachCompose(target, execArgs(service, ['/entrypoint.sh', 'odoo', 'shell', '-d', at.database], tty), { stdin: process.stdin, stdout: ctx.io.stdout, stderr: ctx.io.stderr });
        }
        catch (err) {
            return failed(ctx, s, err);
        }
        finally {
            s.release();
        }
    },
};

;// CONCATENATED MODULE: ./src/engine/in-container.ts
const MARKER_ENV = 'RTR_TEST_RUN';
/** `RTR_TEST_RUN=<id>`: the variable every marked exec gets. */
const marker = (id) => `${MARKER_ENV}=${id}`;
/** A compose runner whose `exec` calls carry the marker; anything else passes through. */
function markExecs(compose, mark) {
    return (target, args, opts) => args[0] === 'exec'
        ? compose(target, ['exec', '-e', mark, ...args.slice(1)], opts)
        : compose(target, args, opts);
}
// TERM to every marked process, up to 5 s for them to end, then KILL. Reads
// /proc directly: sh, tr and grep exist in every image (pkill does not).
const KILL_SCRIPT = `
pids() {
  for d in /proc/[0-9]*; do
    tr '\\0' '\\n' < "$d/environ" 2>/dev/null | grep -qxF "$0" && echo "\${d#/proc/}"
  done
}
p=$(pids)
[ -n "$p" ] || exit 0
kill -TERM $p 2>/dev/null
for i in 1 2 3 4 5; do
  sleep 1
  p=$(pids)
  [ -n "$p" ] || exit 0
done
kill -KILL $p 2>/dev/null
exit 0
`;
/** True when no marked process is left (or none ran). */
async function killMarked(target, service, mark, compose) {
    const res = await compose(target, ['exec', '-T', service, 'sh', '-c', KILL_SCRIPT, mark], {
        timeoutMs: 30_000,
    }).catch(() => undefined);
    return res?.exitCode === 0;
}

;// CONCATENATED MODULE: ./src/engine/env-test.ts







async function testInEnvironment(target, settings, deps, opts) {
    const startedAt = deps.now();
    const health = watchHealth(deps.docker, target.project);
    try {
        await health.wait({
            service: settings.service,
            timeoutMs: settings.healthTimeoutMs,
            signal: opts.signal,
        });
    }
    finally {
        health.close();
    }
    // The template cache, as in a run: the environment is up, so it starts now.
    const [template, { model }] = await Promise.all([
        openTemplateRun(settings, deps),
        readComposeConfig(target, deps.compose),
    ]);
    if (model)
        template.start({
            target,
            model,
            database: opts.database,
            odooArgs: odooTestArgs(settings.modules, opts.database, TEST_HTTP_PORT),
            httpPort: TEST_HTTP_PORT,
        });
    const mark = marker(`${deps.random()}${deps.random()}`);
    const stopInContainer = async () => {
        deps.reporter.info('Stopping the test processes inside the container...');
        const killer = opts.cleanupCompose ?? deps.compose;
        if (!(await killMarked(target, settings.service, mark, killer)))
            deps.reporter.warning(`Could not stop the test processes in ${settings.service}; they may still run.`);
    };
    const reportFile = reportPathFor(settings.logFile);
    let judged;
    try {
        judged = await testAndJudge(target, settings, { ...deps, compose: markExecs(deps.compose, mark) }, {
            database: opts.database,
            reportFile,
            startedAt,
            taskId: opts.taskId,
            signal: opts.signal,
            template,
        });
    }
    catch (err) {
        if (opts.signal?.aborted)
            await stopInContainer();
        throw err;
    }
    finally {
        await template.finish();
    }
    if (judged.test.timedOut)
        await stopInContainer();
    return { ...judged, reportFile };
}

;// CONCATENATED MODULE: ./src/cli/commands/test.ts
// `test <work-order> <module>`: a module's tests in that work order's running
// environment, with the same test phase, verdict, log and output as `run`.
// Where the environment lives comes from Docker (compose's labels and the
// published ports), never from a file of ours.










const TEST_SPEC = {
    name: 'test',
    summary: "Runs a module's tests in a work order's running environment (it stays up).",
    args: '<work-order> <module>[,<module>...]',
    positionals: { min: 2, max: 2 },
    flags: [
        ...sharedFlags('test-timeout', 'test-command', 'log-file', 'log-ignore', 'strict-log', 'cache', 'cache-dir', 'cache-max-size'),
        JSON_FLAG,
        VERBOSE_FLAG,
    ],
    notes: [
        'Each test run gets a fresh database in the environment (an installed module would run no tests).',
        'Exit codes: 0 passed, 1 failed or errored, 2 no such environment / bad input / no Docker, 130 cancelled.',
    ],
};
const testCommand = {
    spec: TEST_SPEC,
    async run(ctx) {
        const [workOrder, modules] = ctx.args.positionals;
        const ref = workOrderRef(ctx, workOrder);
        const json = ctx.args.switches.has('json');
        const s = openSession(ctx, { json });
        let outcome;
        let port;
        let logFile;
        try {
            await preflight(s.deps);
            const env = await findWorkOrder(s.deps, ref);
            if (!env || env.services.length === 0)
                throw new errors/* EnvironmentError */.eG(`Work order ${ref.workOrder} has no running environment (project ${ref.project}). Start one: ${ref.command('up')}`);
            const target = projectTarget(env);
            if (target.files.length === 0)
                throw new errors/* EnvironmentError */.eG(`The compose files ${ref.project} was started from are gone (${env.configFiles.join(', ') || 'not recorded'}); remove it with ${ref.command('down', '--cleanup')} and start it again.`);
            const settings = parseSettings({ ...toRawSettings(ctx.args.values), module: modules, composeFile: target.files.join(',') }, ctx.settingsContext());
            port = servicePort(env, settings.service);
            logFile = settings.logFile;
            s.reporter.phase(`testing ${settings.modules.join(', ')} in ${ref.project} ...`);
            outcome = await testInEnvironment(target, settings, s.deps, {
                database: testDatabaseName(`${utcStamp(s.deps.now())}-${ref.project}`),
                taskId: ref.workOrder,
                signal: s.trap.signal,
                cleanupCompose: s.cleanupCompose,
            });
        }
        catch (err) {
            return failed(ctx, s, err);
        }
        finally {
            s.release();
        }
        const v = { ...outcomeView(outcome, logFile, outcome.reportFile), project: ref.project, port };
        const url = port === null ? '' : ` at http://localhost:${port}`;
        s.reporter.print([...resultLines(v), `Environment ${ref.project} is still running${url}.`].join('\n'));
        if (json)
            ctx.io.stdout.write(`${JSON.stringify(resultJson(v), null, 2)}\n`);
        return exitCodeFor({
            signal: s.trap.received,
            passed: outcome.report.gate_status === 'PASS',
        });
    },
};

;// CONCATENATED MODULE: ./src/engine/access.ts
const PAIRS = [
    ['USER', 'PASSWORD'], // the odoo image's /entrypoint.sh
    ['POSTGRES_USER', 'POSTGRES_PASSWORD'],
    ['DB_USER', 'DB_PASSWORD'],
];
/** Pure: the database and credential sources, `service`'s own variables first. */
function describeAccess(services, service) {
    const entries = Object.entries(services).sort(([a], [b]) => a === service ? -1 : b === service ? 1 : 0);
    let database = { name: 'postgres', source: "Postgres's default database" };
    for (const [name, s] of [...entries].reverse()) {
        const db = s?.environment?.POSTGRES_DB;
        if (db)
            database = { name: db, source: `POSTGRES_DB of service ${name}` };
    }
    for (const [name, s] of entries) {
        const env = s?.environment ?? {};
        const pair = PAIRS.find(([u, p]) => u in env || p in env);
        if (!pair)
            continue;
        const [u, p] = pair;
        const vars = [u, p].filter((v) => v in env).join(' and ');
        return {
            database: database.name,
            databaseSource: database.source,
            user: env[u] ?? undefined,
            credentialsSource: `${vars} in the environment of service ${name}`,
        };
    }
    return {
        database: database.name,
        databaseSource: database.source,
        user: undefined,
        credentialsSource: undefined,
    };
}

;// CONCATENATED MODULE: ./src/cli/env-messages.ts




function alreadyThere(ref, env, service) {
    const port = servicePort(env, service);
    return new errors/* EnvironmentError */.eG([
        `Work order ${ref.workOrder} already has an environment: project ${env.project} (${describeServices(env)}).`,
        `  URL:   ${port === null ? '(no published port: it is not running)' : `http://localhost:${port}`}`,
        `  Test:  ${ref.command('test', '<module>')}`,
        `  Stop:  ${ref.command('down')}   (add --cleanup to delete its data too)`,
    ].join('\n'));
}
function readyLines(ref, port, access, files, db) {
    const where = files.join(', ');
    const credentials = access.credentialsSource
        ? `${access.user ? `user ${access.user}; ` : ''}${access.credentialsSource} (${where})`
        : `see the environment of the services in ${where}`;
    const mods = db.modules.join(',');
    return [
        `Environment for ${ref.workOrder} is ready: project ${ref.project}.`,
        `  URL:          ${port === null ? '(none: Docker publishes no port of the service the tests run in)' : `http://localhost:${port}   (opens the login of database ${db.database})`}`,
        `  Database:     ${db.database} (${db.reused ? 'kept by the last down; ' : ''}installed: ${db.modules.join(', ')})`,
        `  Login:        admin / admin${db.reused ? ' (unless changed since it was created)' : " (Odoo's defaults for a new database with demo data)"}`,
        `  Postgres:     ${credentials}`,
        `  Update:       ${ref.command('update', mods === 'base' ? '<module>' : mods)}   (after a code change)`,
        `  Run tests:    ${ref.command('test', mods === 'base' ? '<module>' : mods)}`,
        `  Logs, shell:  ${ref.command('logs')}  |  ${ref.command('shell')}  |  ${ref.command('psql')}`,
        `  Stop:         ${ref.command('down')}   (keeps the database and filestore)`,
        `  Remove:       ${ref.command('down', '--cleanup')}   (deletes them too)`,
        `  List:         ${BIN} ls${ref.prefixArgs}`,
    ];
}

;// CONCATENATED MODULE: ./src/workspace/odoo-run.ts


async function runOdoo(target, service, args, deps, opts) {
    const argv = [...args, '--stop-after-init', '--http-port', String(TEST_HTTP_PORT)];
    const res = await deps.reporter.group(opts.title, () => deps.compose(target, ['exec', '-T', service, '/entrypoint.sh', 'odoo', ...argv], {
        timeoutMs: opts.timeoutMs,
        keepTail: 20_000,
        signal: opts.signal,
        onOutput: (c) => deps.reporter.output(c),
    }));
    if (res.aborted)
        throw new errors/* CancelledError */.cc(`Cancelled during: ${opts.title}.`);
    return { exitCode: res.exitCode, tail: res.tail };
}
const RECORD_RE = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} \d+ (WARNING|ERROR|CRITICAL) /;
/**
 * Pure: what Odoo said went wrong: its WARNING, ERROR and CRITICAL records
 * (without the timestamp and pid) and the last traceback, whole.
 */
function odooReason(tail) {
    // Colour codes (a terminal's Odoo log) are not part of Odoo's words.
    // eslint-disable-next-line no-control-regex
    const lines = tail.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
    const records = lines.filter((l) => RECORD_RE.test(l)).map((l) => l.replace(/^\S+ \S+ \d+ /, ''));
    const start = lines
        .map((l) => l.startsWith('Traceback (most recent call last):'))
        .lastIndexOf(true);
    const traceback = [];
    if (start >= 0)
        for (const l of lines.slice(start)) {
            // The traceback ends where the next log record starts.
            if (traceback.length > 0 && /^\d{4}-\d\d-\d\d /.test(l))
                break;
            traceback.push(l);
        }
    const out = [...new Set(records)].slice(-12);
    if (traceback.length)
        out.push(...traceback.slice(0, 60));
    return out.join('\n').trim() || tail.trim().split('\n').slice(-15).join('\n');
}

;// CONCATENATED MODULE: ./src/workspace/install.ts





/** Odoo could not install what was asked; its reason is in the message. */
class InstallError extends errors/* InputError */.dz {
    name = 'InstallError';
}
async function installModules(r, deps) {
    const t0 = Date.now();
    const { settings, at } = r;
    const modules = settings.modules;
    const reused = await databaseExists(at);
    let cache = reused ? 'not used: the database was already there' : 'not used: base only';
    const args = ['-d', at.database, '-i', modules.join(',')];
    const onlyBase = modules.length === 1 && modules[0] === 'base';
    const template = !reused && !onlyBase ? await openTemplateRun(settings, deps) : undefined;
    try {
        if (template) {
            template.start({
                target: r.target,
                model: r.model,
                database: at.database,
                odooArgs: args,
                httpPort: TEST_HTTP_PORT,
            });
            // A dependency found nowhere or not installable: named here, before any install.
            await template.ready();
        }
        deps.reporter.info(`installing ${modules.join(', ')} into database ${at.database} ...`);
        const run = await runOdoo(r.target, settings.service, args, deps, {
            title: `odoo -d ${at.database} -i ${modules.join(',')}`,
            timeoutMs: settings.testTimeoutMs,
            signal: r.signal,
        });
        const states = await moduleStates(at, modules).catch(() => new Map());
        const missing = modules.filter((m) => states.get(m) !== 'installed');
        if (missing.length > 0 || run.exitCode !== 0)
            throw new InstallError(`Odoo did not install ${(missing.length ? missing : modules).join(', ')} into database ${at.database}` +
                ` (odoo exit ${run.exitCode ?? 'signal'}${missing.length ? `; state in ir_module_module: ${missing.map((m) => `${m} ${states.get(m) ?? 'absent'}`).join(', ')}` : ''}). Odoo's reason:\n${odooReason(run.tail)}`);
    }
    finally {
        const report = await template?.finish();
        if (report)
            cache = report.hit
                ? `hit (key ${report.key}, restored in ${((report.restore_ms ?? 0) / 1000).toFixed(1)} s)`
                : report.build_ms !== null
                    ? `miss: built and saved (key ${report.key?.slice(0, 12)})`
                    : (report.note ?? 'not used');
    }
    return { reused, cache, ms: Date.now() - t0 };
}
/** `update`: `-u` keeping the data; Odoo's traceback when it fails. */
async function updateModules(r, deps) {
    const { at, settings } = r;
    const mods = settings.modules.join(',');
    const run = await runOdoo(r.target, settings.service, ['-d', at.database, '-u', mods], deps, {
        title: `odoo -d ${at.database} -u ${mods}`,
        timeoutMs: settings.testTimeoutMs,
        signal: r.signal,
    });
    if (run.exitCode !== 0)
        throw new errors/* EnvironmentError */.eG(`Updating ${mods} in database ${at.database} failed (odoo exit ${run.exitCode ?? 'signal'}). Odoo's reason:\n${odooReason(run.tail)}`);
}

;// CONCATENATED MODULE: ./src/workspace/serve-database.ts





async function serveWorkOrderDatabase(target, model, settings, deps, opts) {
    const service = settings.service;
    const dbService = databaseService(model, service);
    if (!dbService)
        throw new errors/* EnvironmentError */.eG(`No database service found for ${service}: its HOST variable names none, and there is no service "db". The work order's database needs the Postgres service ${service} connects to.`);
    const at = { target, dbService, database: opts.database };
    const install = await installModules({ target, model, settings, at, signal: opts.signal }, deps);
    const override = serverOverride(model, service, opts.database, dbService);
    target.files = [...target.files, writeServerOverride(deps.tempDir, target.project, override)];
    deps.reporter.info(`restarting ${service} on database ${opts.database} ...`);
    const health = watchHealth(deps.docker, target.project);
    try {
        const res = await deps.reporter.group(`docker compose up ${service} (--database ${opts.database})`, () => deps.compose(target, ['up', '-d', '--no-deps', service], {
            signal: opts.signal,
            timeoutMs: settings.healthTimeoutMs,
            onOutput: (c) => deps.reporter.output(c),
        }));
        if (res.exitCode !== 0)
            throw new errors/* EnvironmentError */.eG(`docker compose up of ${service} with --database ${opts.database} failed (exit ${res.exitCode}): ${res.tail.trim().slice(-1500)}`);
        const ready = await health.wait({
            service,
            timeoutMs: settings.healthTimeoutMs,
            signal: opts.signal,
        });
        return { at, install, ready };
    }
    finally {
        health.close();
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/up.ts

















const UP_SPEC = {
    name: 'up',
    summary: "Starts a work order's environment: its database with the modules installed, served at a URL (admin / admin).",
    args: '<work-order>',
    positionals: { min: 1, max: 1 },
    flags: [
        {
            name: 'module',
            type: 'string',
            value: 'M1,M2',
            help: 'modules to install with their dependencies and demo data (default: base only)',
        },
        {
            name: 'port',
            type: 'string',
            value: 'N',
            help: 'host port (must be free; default: the first free one of --port-range)',
        },
        ...sharedFlags(),
        VERBOSE_FLAG,
    ],
    notes: [
        'The database is named after the work order (WO-042: wo_042); the server serves only it (--database, --db-filter).',
        'Exit codes: 0 ready, 2 already running / bad input / a module Odoo cannot install / no Docker / not healthy, 130 cancelled.',
    ],
};
function parsePort(raw) {
    const port = /^\d{1,5}$/.test(raw.trim()) ? Number(raw) : NaN;
    if (!(port >= 1024 && port <= 65535))
        throw new errors/* InputError */.dz(`Invalid --port ${JSON.stringify(raw)}: expected a port from 1024 to 65535.`);
    return port;
}
/** get-port's own words name `port-range`; with --port the person asked for one port. */
function portTaken(port) {
    return new errors/* EnvironmentError */.eG(`Port ${port} is not free: another environment, run or program holds it (docker ps --format '{{.Names}} {{.Ports}}'). Choose another --port, or leave it out to take the first free port of --port-range.`);
}
/** Removes what this `up` created; volumes a previous `down` kept stay. */
/** `downTimeoutS` undefined: the default of each (a grace only when volumes are kept). */
async function undo(s, target, keepVolumes, downTimeoutS) {
    s.tearingDown(target.project);
    s.reporter.phase(`removing ${target.project} again ...`);
    if (keepVolumes) {
        const stop = await stopProject(target, s.deps.docker, s.cleanupCompose, s.reporter, {
            downTimeoutS,
        });
        s.reporter.print(`Kept the volumes of the earlier environment: ${stop.keptVolumes.join(', ') || '(none)'}`);
        return;
    }
    const report = await teardown(target, s.deps.docker, s.cleanupCompose, s.reporter, {
        downTimeoutS,
    });
    s.reporter.print(cleanupLines(report).join('\n'));
}
const upCommand = {
    spec: UP_SPEC,
    async run(ctx) {
        const ref = workOrderRef(ctx, ctx.args.positionals[0]);
        const raw = ctx.args.values.module;
        const modules = raw === undefined ? ['base'] : parseModuleArg(raw, '--module');
        const database = workOrderDatabase(ref.workOrder);
        const settings = parseSettings({ ...toRawSettings(ctx.args.values), module: modules.join(',') }, ctx.settingsContext());
        const fixed = ctx.args.values.port === undefined ? undefined : parsePort(ctx.args.values.port);
        const s = openSession(ctx);
        try {
            await preflight(s.deps);
            const existing = await findWorkOrder(s.deps, ref);
            if (existing && existing.services.length > 0)
                throw alreadyThere(ref, existing, settings.service);
            const range = fixed === undefined ? settings.portRange : { from: fixed, to: fixed };
            const target = {
                project: ref.project,
                files: settings.composeFiles,
                workingDirectory: settings.workingDirectory,
                port: null,
            };
            const owner = currentOwner('env', ref.workOrder, ref.prefix, s.deps.now(), ctx.settingsContext().repository);
            const { files, model, portTarget } = await labelProject(target, owner, s.deps, {
                service: settings.service,
                healthStartIntervalMs: settings.healthStartIntervalMs,
            });
            target.files = files;
            const kept = existing?.volumes ?? [];
            if (kept.length)
                s.reporter.phase(`reusing the data kept by the last down: ${kept.join(', ')}`);
            s.reporter.phase(`starting ${ref.project} for work order ${ref.workOrder} ...`);
            let served;
            let published;
            try {
                published = await startProject(target, s.deps, {
                    range,
                    // A port given explicitly is checked above: waiting for it makes no sense.
                    portWaitMs: fixed === undefined ? settings.portWaitTimeoutMs : 0,
                    service: settings.service,
                    portTarget,
                    healthTimeoutMs: settings.healthTimeoutMs,
                    signal: s.trap.signal,
                    onPort: (p) => (target.port = p),
                });
                served = await serveWorkOrderDatabase(target, model, settings, s.deps, {
                    database,
                    signal: s.trap.signal,
                });
                // The service was recreated with the database's command: its port, as Docker publishes it now.
                published = publishedPort(served.ready, settings.service, portTarget) ?? published;
                if (s.trap.signal.aborted)
                    throw new errors/* CancelledError */.cc('Cancelled after the environment came up.');
            }
            catch (err) {
                await undo(s, target, kept.length > 0, settings.downTimeoutS).catch((e) => s.reporter.warning(`Could not remove ${target.project}: ${e.message}`));
                throw fixed !== undefined && err instanceof PortRangeExhaustedError ? portTaken(fixed) : err;
            }
            const access = describeAccess(model.services, settings.service);
            const { install } = served;
            s.reporter.print(`${install.reused ? 'Reused' : 'Created'} database ${database} with ${modules.join(', ')} in ${(install.ms / 1000).toFixed(1)} s (template cache: ${install.cache}).`);
            s.reporter.print(readyLines(ref, published, access, settings.composeFiles, {
                database,
                modules,
                reused: install.reused,
            }).join('\n'));
            return 0;
        }
        catch (err) {
            return failed(ctx, s, err);
        }
        finally {
            s.release();
        }
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/update.ts
// `update <work-order> <modules>`: `-u` of the modules in the environment's
// database after their code changed, keeping the data; then the server is
// restarted (it loaded the old registry) and healthy again before this
// returns. A failed upgrade prints Odoo's traceback and exits 1.










const UPDATE_SPEC = {
    name: 'update',
    summary: "Upgrades modules (-u) in a work order's database after their code changed; data stays.",
    args: '<work-order> <module>[,<module>...]',
    positionals: { min: 2, max: 2 },
    flags: [...sharedFlags(), VERBOSE_FLAG],
    notes: [
        'The Odoo server is restarted and healthy again before the command returns.',
        "Exit codes: 0 updated, 1 the upgrade failed (Odoo's traceback is printed), 2 no such environment / module not installed / bad input / no Docker.",
    ],
};
const updateCommand = {
    spec: UPDATE_SPEC,
    async run(ctx) {
        const [workOrder, rawModules] = ctx.args.positionals;
        const ref = workOrderRef(ctx, workOrder);
        const modules = parseModuleArg(rawModules, 'modules argument of update');
        // Docker knows the project: the compose files, when repeated, are not read.
        const settings = parseSettings({ ...toRawSettings(ctx.args.values), module: modules.join(',') }, { ...ctx.settingsContext(), fileExists: () => true });
        const s = openSession(ctx);
        try {
            await preflight(s.deps);
            const { target, at } = await requireEnvironment(s.deps, ref, settings.service);
            const states = await moduleStates(at, modules);
            const notInstalled = modules.filter((m) => states.get(m) !== 'installed');
            if (notInstalled.length)
                throw new errors/* InputError */.dz(`Not installed in database ${at.database}: ${notInstalled.map((m) => `${m} (${states.get(m) ?? 'unknown to Odoo'})`).join(', ')}. Install with ${ref.command('down')} then ${ref.command('up', `--module ${modules.join(',')}`)}, or update only installed modules.`);
            s.reporter.phase(`updating ${modules.join(', ')} in database ${at.database} of ${ref.project} ...`);
            try {
                await updateModules({ target, settings, at, signal: s.trap.signal }, s.deps);
            }
            catch (err) {
                if (!(err instanceof errors/* EnvironmentError */.eG))
                    throw err;
                s.reporter.flush();
                ctx.io.stderr.write(`error: ${err.message}\n`);
                return 1;
            }
            finally {
                await restartServer(s, target, settings.service, settings.healthTimeoutMs);
            }
            s.reporter.print(`Updated ${modules.join(', ')} in database ${at.database}; ${settings.service} restarted and healthy.`);
            return 0;
        }
        catch (err) {
            return failed(ctx, s, err);
        }
        finally {
            s.release();
        }
    },
};
/** The server loaded the registry before the upgrade: restart it and wait for health. */
async function restartServer(s, target, service, timeoutMs) {
    s.reporter.phase(`restarting ${service} ...`);
    const health = watchHealth(s.deps.docker, target.project);
    try {
        const res = await s.deps.compose(target, ['restart', service], { timeoutMs: 120_000 });
        if (res.exitCode !== 0)
            throw new errors/* EnvironmentError */.eG(`docker compose restart ${service} failed: ${res.tail.trim().slice(-500)}`);
        await health.wait({ service, timeoutMs, signal: s.trap.signal });
    }
    finally {
        health.close();
    }
}

;// CONCATENATED MODULE: ./src/cli/context.ts
// The CLI's reading of the configuration context: the action takes the
// repository from GITHUB_REPOSITORY and paths from GITHUB_WORKSPACE; the CLI
// from the clone it runs in (origin's name, else the directory's) and the cwd.



/**
 * `git@github.com:HealthRT/hub.git` or `https://github.com/HealthRT/hub` ->
 * `HealthRT/hub` (like GITHUB_REPOSITORY; the prefix takes its last part).
 */
function repositoryName(remoteUrl) {
    const parts = remoteUrl
        .trim()
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .split(/[/:]/)
        .filter((p) => p !== '');
    const name = parts.at(-1);
    if (!name)
        return undefined;
    const owner = parts.length > 2 ? parts.at(-2) : undefined;
    return owner ? `${owner}/${name}` : name;
}
function gitOriginName(cwd) {
    try {
        const url = (0,external_node_child_process_namespaceObject.execFileSync)('git', ['remote', 'get-url', 'origin'], {
            cwd,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            timeout: 5000,
        });
        return repositoryName(url);
    }
    catch {
        return undefined; // not a clone, no origin, or no git: the directory's name will do
    }
}
function cliContext(cwd, origin = gitOriginName) {
    return { repository: origin(cwd) ?? (0,external_node_path_.basename)(cwd), baseDirectory: cwd, fileExists: external_node_fs_.existsSync };
}

;// CONCATENATED MODULE: ./src/cli/scratch.ts
// Files the engine generates for one command (the compose labels override)
// live in a directory of this process, removed when the command ends: unlike
// a CI runner's temp dir, nothing cleans a laptop's /tmp between commands.
// Compose only reads the override at `up`; later commands use the files that
// are left (engine/environments.ts projectTarget).



function scratchDir(base = (0,external_node_os_.tmpdir)()) {
    let dir;
    return {
        path: () => (dir ??= (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(base, 'rtr-cli-'))),
        remove: () => {
            if (dir)
                (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            dir = undefined;
        },
    };
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/cli/version.ts
// The version printed by --version. The JSON import is inlined by the bundler
// (only the version string survives), so dist/cli/index.js needs no
// package.json next to it, from a clone or from an installed package.

const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/cli/main.ts






















const COMMANDS = [
    runCommand,
    upCommand,
    updateCommand,
    testCommand,
    logsCommand,
    shellCommand,
    psqlCommand,
    downCommand,
    lsCommand,
    reapCommand,
    judgeCommand,
    cacheCommand,
    planCommand,
];
async function runCli(argv, io = (0,cli_io/* processIo */.Wr)(), opts = {}) {
    const specs = COMMANDS.map((c) => c.spec);
    const [name, ...rest] = argv;
    if (name === undefined) {
        io.stderr.write(globalUsage(specs));
        return ExitCode.Usage;
    }
    if (['--help', '-h', 'help'].includes(name)) {
        io.stdout.write(globalUsage(specs));
        return ExitCode.Passed;
    }
    if (['--version', '-V', 'version'].includes(name)) {
        io.stdout.write(`${VERSION}\n`);
        return ExitCode.Passed;
    }
    const command = COMMANDS.find((c) => c.spec.name === name);
    if (!command) {
        io.stderr.write(`Unknown command ${JSON.stringify(name)}.\n\n${globalUsage(specs)}`);
        return ExitCode.Usage;
    }
    let context;
    const scratch = scratchDir();
    try {
        const args = parseCommand(command.spec, rest, io.env);
        if (args.help) {
            io.stdout.write(commandUsage(command.spec));
            return ExitCode.Passed;
        }
        return await command.run({
            io,
            args,
            makeDeps: opts.makeDeps ?? ((r) => ({ ...defaultDeps(r), tempDir: scratch.path() })),
            settingsContext: () => (context ??= cliContext(io.cwd)),
        });
    }
    catch (err) {
        if (err instanceof UsageError) {
            io.stderr.write(`${err.message}\n\n${commandUsage(command.spec)}`);
            return ExitCode.Usage;
        }
        io.stderr.write(`error: ${(0,errors/* errorMessage */.gJ)(err)}\n`);
        return exitForError(err);
    }
    finally {
        scratch.remove();
    }
}


/***/ }),

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ PROJECT_ENV),
/* harmony export */   CQ: () => (/* binding */ COMPOSE_PROJECT_LABEL),
/* harmony export */   Cf: () => (/* binding */ PORT_ENV),
/* harmony export */   Wb: () => (/* binding */ GITHUB_INPUTS),
/* harmony export */   Y4: () => (/* binding */ COMPOSE_SERVICE_LABEL),
/* harmony export */   eq: () => (/* binding */ HELPER_LABEL),
/* harmony export */   mY: () => (/* binding */ RTR_ID_LABEL),
/* harmony export */   pd: () => (/* binding */ Input),
/* harmony export */   wk: () => (/* binding */ PlanInput),
/* harmony export */   zJ: () => (/* binding */ PLAN_DEFAULTS),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/* unused harmony exports Output, State, PlanOutput */
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

/***/ 3546:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _esm_shim_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1920);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1604);
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9277);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4038);
// Bundle entry of the CLI (`bin` in package.json): only dispatches.




// A closed terminal (SIGHUP) or a closed pipe makes writes fail; that must not
// crash the process half way through a teardown.
for (const stream of [process.stdout, process.stderr])
    stream.on('error', () => undefined);
await (0,_exit_js__WEBPACK_IMPORTED_MODULE_2__/* .exitWhenFlushed */ .K)(await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .a)(process.argv.slice(2), (0,_cli_io_js__WEBPACK_IMPORTED_MODULE_3__/* .processIo */ .Wr)()));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

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

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eG: () => (/* binding */ EnvironmentError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   hX: () => (/* binding */ HealthError)
/* harmony export */ });
// Error kinds the front ends map to exit codes and messages. Every message is
// written for the person who has to act on it: what is wrong and what to do.
/** A bad input or flag: nothing was started. */
class InputError extends Error {
    name = 'InputError';
}
/** Docker or compose missing, unreachable or misbehaving. */
class EnvironmentError extends Error {
    name = 'EnvironmentError';
}
/** The project did not become healthy (unhealthy, exited, timed out). */
class HealthError extends Error {
    name = 'HealthError';
}
/** The run was cancelled by a signal. */
class CancelledError extends Error {
    name = 'CancelledError';
}
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}


/***/ }),

/***/ 1920:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
// Must be the first import of every bundled entry point. ncc emits an ES
// module bundle (the @actions packages are ESM-only), but dockerode pulls in
// ssh2, whose emscripten code reads `__dirname` while it loads; ES modules have
// no such global, and the bundle would die at start with a ReferenceError.


const g = globalThis;
const here = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url);
g.__filename ??= here;
g.__dirname ??= (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(here);


/***/ }),

/***/ 9368:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ describeFile),
/* harmony export */   H2: () => (/* binding */ ENTRY_FORMAT),
/* harmony export */   hl: () => (/* binding */ ENTRY_FILES),
/* harmony export */   i: () => (/* binding */ verifyEntry)
/* harmony export */ });
/* unused harmony export entrySize */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
// The contract between the template-cache engine and its stores (a local
// directory, the GitHub Actions cache), and the entry's manifest: what every
// store writes and what is checked after every restore, so a broken entry is a
// miss and never a wrong database.




/** The layout of an entry's files; bump it when the layout or the key's inputs change. */
const ENTRY_FORMAT = 1;
/** The files of an entry directory. */
const ENTRY_FILES = {
    manifest: 'manifest.json',
    dump: 'db.dump',
    filestore: 'filestore.tar',
};
/** Size and sha256 of a file, streamed. */
async function describeFile(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    return { bytes, sha256: hash.digest('hex') };
}
/** Total bytes of an entry's payload (dump + filestore). */
function entrySize(m) {
    return m.dump.bytes + m.filestore.bytes;
}
/**
 * Checks the entry in `dir` against its manifest and `key`: format, key, the
 * sizes and sha256 of the dump and the filestore. Returns the manifest, or the
 * reason it cannot be used (a warning and a miss for the caller).
 */
async function verifyEntry(dir, key) {
    let manifest;
    try {
        manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, ENTRY_FILES.manifest), 'utf8'));
    }
    catch (e) {
        return { ok: false, reason: `unreadable ${ENTRY_FILES.manifest}: ${e.message}` };
    }
    if (manifest?.format !== ENTRY_FORMAT) {
        return { ok: false, reason: `format ${String(manifest?.format)}, expected ${ENTRY_FORMAT}` };
    }
    if (manifest.key !== key)
        return { ok: false, reason: `manifest key ${manifest.key} is not ${key}` };
    for (const name of ['dump', 'filestore']) {
        const want = manifest[name];
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, ENTRY_FILES[name]);
        try {
            const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path)).size;
            if (size !== want?.bytes)
                return {
                    ok: false,
                    reason: `${ENTRY_FILES[name]} has ${size} bytes, manifest says ${want?.bytes}`,
                };
            const got = await describeFile(path);
            if (got.sha256 !== want.sha256)
                return { ok: false, reason: `${ENTRY_FILES[name]} sha256 differs from the manifest` };
        }
        catch (e) {
            return { ok: false, reason: `unreadable ${ENTRY_FILES[name]}: ${e.message}` };
        }
    }
    return { ok: true, manifest };
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

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

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

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(3546);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
