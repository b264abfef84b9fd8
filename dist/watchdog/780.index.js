export const id = 780;
export const ids = [780];
export const modules = {

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ PROJECT_ENV),
/* harmony export */   CQ: () => (/* binding */ COMPOSE_PROJECT_LABEL),
/* harmony export */   Cf: () => (/* binding */ PORT_ENV),
/* harmony export */   Y4: () => (/* binding */ COMPOSE_SERVICE_LABEL)
/* harmony export */ });
/* unused harmony exports Input, GITHUB_INPUTS, Output, State, DEFAULTS */
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
    healthStartInterval: '500ms',
    portWaitTimeoutS: 300,
    reapAfterS: 6 * 3600,
    testTimeoutS: 3600,
    logFile: 'proof_of_execution_tests.log',
    downTimeoutS: 2,
    prefixSuffix: '-agent-test',
};


/***/ }),

/***/ 8780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tearDownRun: () => (/* binding */ tearDownRun)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
    const configDir = l.env.DOCKER_CONFIG || (0,external_node_path_.join)(l.home, '.docker');
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
    readConfig: (path) => {
        try {
            return (0,external_node_fs_.readFileSync)(path, 'utf8');
        }
        catch {
            return undefined;
        }
    },
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
// The `docker compose` calls the engine makes (started as command.ts says). Compose does the orchestration
// (create, start in dependency order, stop, remove); we only pick the project,
// the files and the environment, and read the outcome.




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
    try {
        const { file, prefix } = composeCommand();
        result = await runProcess(file, [...prefix, 'version', '--short'], { timeoutMs: 30_000 });
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
        inspectContainer: call('inspectContainer'),
        containerLogs: call('containerLogs'),
        publishedPorts: call('publishedPorts'),
        containersNamed: call('containersNamed'),
        exec: call('exec'),
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
var external_node_net_ = __webpack_require__(7030);
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
    const docker = lazyDockerClient(() => Promise.all(/* import() */[__webpack_require__.e(40), __webpack_require__.e(129)]).then(__webpack_require__.bind(__webpack_require__, 1908)).then((m) => m.createDockerClient()));
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
;// CONCATENATED MODULE: ./src/engine/teardown.ts
// Teardown and its proof. Compose removes what it created (`down -v
// --remove-orphans`, by project name); then Docker itself is asked, by compose's project label,
// whether anything of the project remains. Leftovers are force-removed and
// the question asked again. Teardown problems are warnings; leftovers that
// survive are the one thing that fails loudly (verified: false).




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
    const list = () => docker.listProject(target.project);
    let before = opts.known && !isEmpty(opts.known) ? opts.known : undefined;
    if (before) {
        // The client (dockerode, loaded on first use) gets ready for the
        // verification while compose works.
        void docker.ping().catch(() => undefined);
    }
    else {
        try {
            before = names(await list());
        }
        catch (err) {
            warn(`Could not list the project's resources before teardown: ${errorMessage(err)}`);
        }
    }
    // Nothing labelled with the project: skip compose (a second post run, or a
    // main that never got as far as `up`).
    if (!before || !isEmpty(before)) {
        const args = ['down', '-v', '--remove-orphans', '-t', String(opts.downTimeoutS)];
        const by = byProjectName(target);
        const res = await compose(by.target, args, {
            onOutput: (c) => reporter.output(c),
            timeoutMs: 300_000,
            env: by.env,
        })
            .catch((err) => {
            warn(`docker compose down could not run: ${err.message}`);
            return undefined;
        })
            .finally(() => (0,external_node_fs_.rmSync)(by.target.workingDirectory, { recursive: true, force: true }));
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
        before: before ?? { containers: [], networks: [], volumes: [] },
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
    // What the run saw lets `down` start at once, unless a teardown of this run
    // already began (post run twice, or killed half way): then it is out of date.
    const tornBefore = (0,report_file/* readReport */.tL)(state.reportFile)?.timeline?.some((e) => e.phase === 'teardown');
    const timeline = new RunTimeline(state.reportFile, state, deps.now);
    const report = await timeline.phase('teardown', () => teardown((0,run_state/* targetOf */.$)(state), deps.docker, deps.compose, deps.reporter, {
        downTimeoutS: state.downTimeoutS,
        known: tornBefore ? undefined : state.resources,
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
