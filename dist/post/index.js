import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ PROJECT_ENV),
/* harmony export */   CQ: () => (/* binding */ COMPOSE_PROJECT_LABEL),
/* harmony export */   Cf: () => (/* binding */ PORT_ENV),
/* harmony export */   Uw: () => (/* binding */ State),
/* harmony export */   Y4: () => (/* binding */ COMPOSE_SERVICE_LABEL),
/* harmony export */   eq: () => (/* binding */ HELPER_LABEL),
/* harmony export */   mY: () => (/* binding */ RTR_ID_LABEL),
/* harmony export */   pd: () => (/* binding */ Input),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/* unused harmony exports GITHUB_INPUTS, Output, PlanInput, PlanOutput, PLAN_DEFAULTS */
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

/***/ 8568:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _esm_shim_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1920);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4038);
/* harmony import */ var _post_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5251);
// Bundle entry of the action's post step: only dispatches.



await (0,_post_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)();
await (0,_exit_js__WEBPACK_IMPORTED_MODULE_2__/* .exitWhenFlushed */ .K)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eG: () => (/* binding */ EnvironmentError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/* unused harmony exports HealthError, CancelledError */
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

/***/ 5251:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var lib_core = __nccwpck_require__(4116);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/action/reporter.ts
// The engine's reporter on the job log. Output of the tests and of compose is
// echoed between `::stop-commands::` markers: a test that prints
// `::add-mask::` or `::error::` must not be able to drive the runner.


function actionReporter(write = (s) => process.stdout.write(s)) {
    let token;
    const resume = () => {
        if (token)
            write(`\n::${token}::\n`);
        token = undefined;
    };
    return {
        info: (m) => (resume(), lib_core/* info */.pq(m)),
        warning: (m) => (resume(), lib_core/* warning */.$e(m)),
        group: async (title, fn) => {
            resume();
            lib_core/* startGroup */.Oh(title);
            try {
                return await fn();
            }
            finally {
                resume();
                lib_core/* endGroup */.N4();
            }
        },
        output: (chunk) => {
            if (!token) {
                token = (0,external_node_crypto_.randomUUID)();
                write(`::stop-commands::${token}\n`);
            }
            write(chunk);
        },
    };
}

// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(7242);
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

;// CONCATENATED MODULE: ./src/action/state.ts
// The typed state shared by main and post (GITHUB_STATE -> STATE_* variables).



function saveRunState(state) {
    core.saveState(State.Run, JSON.stringify(state));
}
function loadRunState() {
    return parseRunState(lib_core/* getState */.Gu(constants/* State */.Uw.Run));
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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
function describe_plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function at(location) {
    return location === null ? '' : ` (${location.file}:${location.line})`;
}
/** The line that best says what went wrong: the exception, else the last traceback line. */
function describe_failureMessage(f) {
    return f.exceptionLine ?? f.lastLine ?? f.firstLine;
}
function describe_testName(f) {
    const name = [f.className, f.method].filter((p) => p !== null).join('.');
    return f.subtest === null ? name : `${name} [${f.subtest}]`;
}
function describeFailure(f) {
    const label = f.kind === 'setUpClass' ? 'setUpClass error' : f.kind;
    const where = f.module === null ? '' : ` in ${f.module}`;
    const message = describe_failureMessage(f);
    return `${label}${where}: ${describe_testName(f)}${at(f.location)}${message === null ? '' : `: ${message}`}`;
}
function describeCounts(tests) {
    const failed = describe_plural(tests.failed, 'failed test');
    const errors = describe_plural(tests.errors, 'test error');
    return `The log reports ${failed} and ${errors} (of ${describe_plural(tests.total, 'test')} run).`;
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
    const message = describe_failureMessage(f);
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
        parts.push(describe_plural(t.errors, 'error'));
    parts.push(`${t.skipped} skipped`);
    parts.push(coverage.percentage === null
        ? 'coverage not measured'
        : `coverage ${coverage.percentage.toFixed(1)}%`);
    if (lint.exit_code === null)
        parts.push('lint not run');
    else if (lintClean(lint))
        parts.push('lint clean');
    else
        parts.push(`lint ${describe_plural(lint.errors ?? 0, 'error')}, ${describe_plural(lint.warnings ?? 0, 'warning')}`);
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
        blocking.push(`Lint failed with ${describe_plural(lint.errors ?? 0, 'error')} (exit code ${lint.exit_code}).`);
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
function report_file_writeReport(path, report) {
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
    report_file_writeReport(path, updated);
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
    report_file_writeReport(state.reportFile, report);
    return report;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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
        const current = report_file_readReport(this.file);
        // Only a pending report is rewritten to name the phase; a final one keeps its verdict.
        const pending = !current || current.blocking_issues[0]?.startsWith('The run did not reach a verdict');
        // Teardown phases keep the record of where main stopped.
        const mainPhase = phase !== 'teardown' && phase !== 'verified';
        const report = current && (!pending || !mainPhase)
            ? current
            : pendingReport(this.base, mainPhase ? phase : 'none: main never started', this.now());
        report_file_writeReport(this.file, {
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

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/github/log-tail.ts
// Reads only the end of the proof-of-execution log: it can be hundreds of MB,
// and only its last few KB can be shown anyway.


/** Enough for any message GitHub accepts, with room to spare. */
const DEFAULT_TAIL_BYTES = (/* unused pure expression or super */ null && (256 * 1024));
const fsTailReader = async (path, max) => {
    let handle;
    try {
        handle = await open(path, 'r');
        const { size } = await handle.stat();
        const length = Math.min(size, max);
        const bytes = Buffer.alloc(length);
        await handle.read(bytes, 0, length, size - length);
        return { size, bytes };
    }
    catch {
        return null;
    }
    finally {
        await handle?.close();
    }
};
/** The last `maxBytes` of the log, starting on a whole line; null when there is no log. */
async function log_tail_readLogTail(path, maxBytes = DEFAULT_TAIL_BYTES, read = fsTailReader) {
    const got = await read(path, maxBytes);
    if (got === null)
        return null;
    let text = got.bytes.toString('utf8');
    // Cut mid-file: the first line (maybe a split character) is partial.
    if (got.bytes.length < got.size) {
        const nl = text.indexOf('\n');
        text = nl === -1 ? '' : text.slice(nl + 1);
    }
    return { text, totalBytes: got.size };
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
function size_formatSize(bytes) {
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

;// CONCATENATED MODULE: ./src/github/render-parts.ts





/** Longest single line (a reason, a message) shown in plain text. */
const MAX_LINE = 1000;
const MAX_REASONS = 20;
const MAX_TRACEBACK = 6000;
/**
 * One line of plain text: escaped, mentions defused (`@user` would notify
 * people), at most `max` characters after escaping (an entity is never split).
 */
function render_parts_text(s, max = MAX_LINE) {
    const line = s.replace(/\s*\n\s*/g, ' ');
    const out = [];
    let length = 0;
    for (const ch of line) {
        const piece = escapeHtml(ch);
        if (length + piece.length > max - 1) {
            out.push('…');
            break;
        }
        out.push(piece);
        length += piece.length;
    }
    return out.join('').replace(/@(?=[A-Za-z0-9])/g, '@\u200b');
}
const render_parts_code = (s, max = MAX_LINE) => `<code>${render_parts_text(s, max)}</code>`;
function table(head, rows, align) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(head), line(align ?? head.map(() => '---')), ...rows.map(line)].join('\n');
}
const TITLE = {
    passed: '✅ Odoo tests passed',
    failed: '❌ Odoo tests failed',
    error: '⚠️ Odoo tests did not complete (error)',
};
function formatDuration(ms) {
    const s = Math.max(0, ms) / 1000;
    if (s < 60)
        return `${s.toFixed(1)} s`;
    const total = Math.round(s);
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const rest = total % 60;
    return h > 0 ? `${h} h ${m} min` : `${m} min ${rest} s`;
}
function render_parts_headline(p) {
    return `### ${TITLE[p.result]}: ${p.modules.map((m) => render_parts_code(m)).join(', ')}`;
}
function render_parts_headerTable(p, c) {
    const repo = repoUrl(c);
    const sha = c.sha === ''
        ? '-'
        : `[<code>${render_parts_text(c.sha.slice(0, 7))}</code>](${repo}/commit/${encodeURIComponent(c.sha)})`;
    const rows = [
        ['Repository', `[${render_parts_text(`${c.owner}/${c.repo}`)}](${repo})`],
        ['Commit', sha],
        ['Branch', c.branch === null ? '-' : render_parts_code(c.branch)],
        [
            'Workflow run',
            `[${render_parts_text(`${c.runId} (attempt ${c.runAttempt})`)}](${runUrl(c)}) job ${render_parts_code(c.job)}`,
        ],
        ['Duration', formatDuration(p.durationMs)],
        ['Exit code', p.exitCode === null ? '-' : String(p.exitCode)],
        ['Compose project', render_parts_code(p.project)],
    ];
    if (p.port != null)
        rows.push(['Host port', render_parts_code(String(p.port))]);
    if (p.cache)
        rows.push(['Template cache', render_parts_text(cacheLine(p.cache))]);
    return table(['', ''], rows);
}
function render_parts_reasonsBlock(p) {
    if (p.reasons.length === 0)
        return '';
    const shown = p.reasons.slice(0, MAX_REASONS).map((r) => `- ${render_parts_text(r)}`);
    const more = p.reasons.length - shown.length;
    if (more > 0)
        shown.push(`- … ${more} more (see the job log).`);
    const label = p.result === 'error' ? 'Why the run could not be trusted' : 'Why';
    return [`**${label}:**`, '', ...shown].join('\n');
}
function render_parts_countsTable(t) {
    if (t === null)
        return '_No test counts: the log does not say how many tests ran._';
    return table(['Passed', 'Failed', 'Errors', 'Skipped', 'Total'], [[t.passed, t.failed, t.errors, t.skipped, t.total].map(String)], ['---:', '---:', '---:', '---:', '---:']);
}
/** `file:line`, made repository-relative with the proof's path prefix. */
function locationOf(f, prefix = '') {
    if (f.location === null)
        return null;
    return `${render_parts_joinPath(prefix, f.location.file)}:${f.location.line}`;
}
function render_parts_joinPath(prefix, file) {
    const clean = (s) => s.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    const p = clean(prefix).replace(/^\/+|\/+$/g, '');
    const f = clean(file).replace(/^\/+/, '');
    return p === '' || p === '.' ? f : `${p}/${f}`;
}
/** The one-line description of a failure (no traceback). */
function render_parts_failureLine(f, prefix = '') {
    const where = locationOf(f, prefix);
    const message = failureMessage(f);
    return [
        `<b>${render_parts_text(f.kind)}</b>`,
        f.module === null ? '' : ` ${render_parts_code(f.module)}`,
        ` ${render_parts_code(testName(f) || '(unnamed)')}`,
        where === null ? '' : ` at ${render_parts_code(where)}`,
        message === null ? '' : `: ${render_parts_text(message, 500)}`,
    ].join('');
}
/** A failure with its traceback in a collapsible block. */
function render_parts_failureDetails(f, prefix = '') {
    const tb = plainText(f.traceback).trim();
    const omitted = f.tracebackOmittedLines > 0 ? `\n[${f.tracebackOmittedLines} traceback lines not kept]` : '';
    const body = tb === ''
        ? '_No traceback was logged._'
        : fenced(headAndTail(tb, MAX_TRACEBACK) + omitted, 'text');
    return [`<details><summary>${render_parts_failureLine(f, prefix)}</summary>`, '', body, '', '</details>'].join('\n');
}
/** One line on the template cache: `hit (local), restored 1.1 MB in 1.9 s, key 3f2a9c1b0d4e`. */
function cacheLine(c) {
    const key = c.key ? `, key ${c.key.slice(0, 12)}` : '';
    const size = c.size === null ? '' : ` ${formatSize(c.size)}`;
    if (c.hit)
        return `hit (${c.store}), restored${size} in ${secs(c.restore_ms)}${key}`;
    if (c.build_ms !== null)
        return `miss (${c.store}), built${size} in ${secs(c.build_ms)} and saved${key}`;
    return c.note ?? 'not used';
}
const secs = (ms) => `${((ms ?? 0) / 1000).toFixed(1)} s`;

;// CONCATENATED MODULE: ./src/github/annotations.ts



const annotations_ANNOTATIONS_PER_REQUEST = 50;
const MAX_MESSAGE = 4000;
const MAX_TITLE = 255;
const MAX_DETAILS = 8000;
const cap = (s, max) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
/** Failures without a location cannot be annotated; they are in the summary. */
function annotations_toAnnotations(failures, pathPrefix = '') {
    const out = [];
    for (const f of failures) {
        if (f.location === null || f.location.line < 1)
            continue;
        const title = testName(f) || f.module || 'test failure';
        const message = failureMessage(f) ?? `${f.kind}: ${title}`;
        const details = plainText(f.traceback).trim();
        out.push({
            path: joinPath(pathPrefix, f.location.file),
            start_line: f.location.line,
            end_line: f.location.line,
            annotation_level: 'failure',
            message: cap(message, MAX_MESSAGE),
            title: cap(title, MAX_TITLE),
            ...(details === '' ? {} : { raw_details: headAndTail(details, MAX_DETAILS) }),
        });
    }
    return out;
}
function annotations_chunk(items, size) {
    if (size < 1)
        throw new RangeError('chunk size must be at least 1');
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}

;// CONCATENATED MODULE: ./src/github/permissions.ts
// A failed GitHub call becomes one warning a person can act on: which call,
// what GitHub said, and for permission problems which `permissions:` entry
// the job lacks. Pull requests from forks get a read-only GITHUB_TOKEN, so
// this is an expected situation, never a reason to change the test verdict.

function describeOperation(op) {
    switch (op.kind) {
        case 'comment':
            return op.target === 'pull-request'
                ? `comment on pull request #${op.number}`
                : op.target === 'issue'
                    ? `comment on issue #${op.number}`
                    : `comment on #${op.number}`;
        case 'list-comments':
            return `read the comments of #${op.number}`;
        case 'list-issues':
            return 'list the open issues (to find the work order of the branch)';
        case 'get-pull-request':
            return `read pull request #${op.number}`;
        case 'check-run':
            return 'create or update the check run';
    }
}
/** The `permissions:` entry the operation needs. */
function requiredPermission(op) {
    switch (op.kind) {
        case 'comment':
            return op.target === 'pull-request'
                ? 'pull-requests: write'
                : op.target === 'issue'
                    ? 'issues: write'
                    : 'issues: write (pull-requests: write for a pull request)';
        case 'list-comments':
        case 'list-issues':
            return 'issues: read';
        case 'get-pull-request':
            return 'pull-requests: read';
        case 'check-run':
            return 'checks: write';
    }
}
function statusOf(err) {
    const s = err?.status;
    return typeof s === 'number' ? s : null;
}
function githubMessage(err) {
    const data = err?.response?.data;
    const m = data?.message;
    return typeof m === 'string' && m !== '' ? m : (0,errors/* errorMessage */.gJ)(err);
}
function isPermissionError(err) {
    const status = statusOf(err);
    // GitHub answers 404 instead of 403 when the token may not even see the resource.
    return status === 403 || status === 404;
}
/** The warning for a failed call; the test verdict is untouched and the text says so. */
function permissions_apiFailureWarning(op, err) {
    const status = statusOf(err);
    const said = `GitHub answered ${status === null ? '' : `${status} `}"${githubMessage(err).slice(0, 300)}"`;
    const what = `Could not ${describeOperation(op)}: ${said}.`;
    if (status === 403 && /rate limit/i.test(githubMessage(err)))
        return `${what} The rate limit was hit; the test verdict is not affected.`;
    if (isPermissionError(err)) {
        const perm = requiredPermission(op);
        const fork = op.kind === 'list-issues' ? '' : ' Pull requests from forks always get a read-only token.';
        return (`${what} The token lacks the \`${perm}\` permission` +
            `${status === 404 ? ' (or the target does not exist)' : ''}: add \`permissions: { ${perm.split(' (')[0]} }\` to the job.${fork}` +
            ' The test verdict is not affected.');
    }
    return `${what} The test verdict is not affected.`;
}

;// CONCATENATED MODULE: ./src/github/marker.ts
// The hidden marker that makes a comment findable again: by the post step (same
// run: same compose project) and by `comment-mode: update` (same job and modules).
const MARKER_TAG = 'resilient-test-runner:v1';
// Percent-encoding keeps spaces and `-->` out of the HTML comment.
const enc = (s) => encodeURIComponent(s);
function marker_renderMarker(f) {
    const modules = [...f.modules].sort().map(enc).join(',');
    return `<!-- ${MARKER_TAG} job=${enc(f.job)} modules=${modules} project=${enc(f.project)} -->`;
}
const MARKER_RE = new RegExp(`<!-- ${MARKER_TAG.replace(/[.:]/g, '\\$&')} job=(\\S*) modules=(\\S*) project=(\\S*) -->`);
/** The marker of a comment body; null when the body has none (or a mangled one). */
function parseMarker(body) {
    const m = MARKER_RE.exec(body ?? '');
    if (!m)
        return null;
    try {
        const [, job = '', modules = '', project = ''] = m;
        return {
            job: decodeURIComponent(job),
            modules: modules === '' ? [] : modules.split(',').map(decodeURIComponent).sort(),
            project: decodeURIComponent(project),
        };
    }
    catch {
        return null;
    }
}
const sameModules = (a, b) => a.length === b.length && [...a].sort().every((m, i) => m === [...b].sort()[i]);
/** `comment-mode: update`: a comment of the same job and modules, any run. */
function marker_sameJobAndModules(body, want) {
    const got = parseMarker(body);
    return got !== null && got.job === want.job && sameModules(got.modules, want.modules);
}
/** The post step: the comment main wrote for this very run. */
function sameRun(body, want) {
    const got = parseMarker(body);
    return got !== null && marker_sameJobAndModules(body, want) && got.project === want.project;
}

;// CONCATENATED MODULE: ./src/github/truncate.ts
// Cutting text to fit GitHub's limits without breaking the markdown around it.
/** A code fence no line of `content` can close: longer than its longest backtick run. */
function fenceFor(content) {
    let longest = 0;
    for (const m of content.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    return '`'.repeat(Math.max(3, longest + 1));
}
/** Content of a fenced block: terminal escapes and control characters removed, lines kept. */
function truncate_plainText(text) {
    return (text
        // eslint-disable-next-line no-control-regex
        .replace(/\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)?/g, '')
        .replace(/\r\n?/g, '\n')
        // eslint-disable-next-line no-control-regex
        .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, ''));
}
function truncate_fenced(content, lang = '') {
    const body = content.endsWith('\n') ? content.slice(0, -1) : content;
    const fence = fenceFor(body);
    return `${fence}${lang}\n${body}\n${fence}`;
}
/**
 * The end of `text` in at most `max` characters, starting on a line boundary
 * (a lone line longer than `max` is cut inside).
 */
function truncate_tailOf(text, max) {
    if (text.length <= max)
        return { text, cutChars: 0, cutLines: 0 };
    if (max <= 0)
        return { text: '', cutChars: text.length, cutLines: truncate_countLines(text) };
    let start = text.length - max;
    const nl = text.indexOf('\n', start - 1);
    if (nl !== -1 && nl < text.length - 1 && nl >= start - 1)
        start = nl + 1;
    const cut = text.slice(0, start);
    return { text: text.slice(start), cutChars: start, cutLines: truncate_countLines(cut) };
}
/** Head and tail of a long block (tracebacks: where it starts and how it ends both matter). */
function truncate_headAndTail(text, max) {
    if (text.length <= max)
        return text;
    const note = (n) => `\n[... ${n} characters cut ...]\n`;
    const keep = Math.max(0, max - note(text.length).length);
    const head = Math.floor(keep / 3);
    const tail = keep - head;
    return `${text.slice(0, head)}${note(text.length - keep)}${text.slice(text.length - tail)}`;
}
function truncate_countLines(text) {
    if (text === '')
        return 0;
    const n = text.split('\n').length;
    return text.endsWith('\n') ? n - 1 : n;
}
/**
 * Last resort when a rendered body is still too long: cut it, then close
 * what the cut left open (a code fence, `<details>` blocks) and say so.
 */
function truncate_clampMarkdown(md, max, note) {
    if (md.length <= max)
        return md;
    const closing = (s) => {
        const { fence, details } = openBlocks(s);
        const parts = fence === null ? [] : [fence];
        for (let i = 0; i < details; i++)
            parts.push('</details>');
        return `\n${parts.join('\n')}\n\n${note}\n`;
    };
    // What must be closed depends on where the cut falls; a margin covers the difference.
    let keep = Math.max(0, max - closing(md).length - 64);
    for (;;) {
        let cut = md.slice(0, keep);
        const nl = cut.lastIndexOf('\n');
        if (nl > 0)
            cut = cut.slice(0, nl);
        const out = `${cut}${closing(cut)}`;
        if (out.length <= max || keep === 0)
            return out.length <= max ? out : out.slice(0, max);
        keep = Math.max(0, keep - (out.length - max) - 64);
    }
}
/** What is left open at the end of `md`: a code fence (its opening run) and `<details>` blocks. */
function openBlocks(md) {
    let fence = null;
    let details = 0;
    for (const line of md.split('\n')) {
        const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fence !== null) {
            if (m &&
                m[1]?.[0] === fence[0] &&
                (m[1]?.length ?? 0) >= fence.length &&
                line.trim() === m[1])
                fence = null;
            continue;
        }
        if (m) {
            fence = m[1];
            continue;
        }
        details += (line.match(/<details[\s>]/g) ?? []).length;
        details -= (line.match(/<\/details>/g) ?? []).length;
    }
    return { fence, details: Math.max(0, details) };
}

;// CONCATENATED MODULE: ./src/github/render-cleanup.ts



const CLEANUP_START = '<!-- resilient-test-runner:cleanup:start -->';
const CLEANUP_END = '<!-- resilient-test-runner:cleanup:end -->';
const ALERT_START = '<!-- resilient-test-runner:alert:start -->';
const ALERT_END = '<!-- resilient-test-runner:alert:end -->';
/** Room kept free in main's body for what post adds (cleanup section + alert). */
const render_cleanup_CLEANUP_RESERVE = 6000;
const SECTION_MAX = 4000;
const ALERT_MAX = 1500;
const MAX_NAMES = 10;
/** At most MAX_NAMES names, each as code, then how many more. */
function nameList(list) {
    const shown = list.slice(0, MAX_NAMES).map((n) => render_parts_code(n, 120));
    const more = list.length - shown.length;
    return `${shown.join(', ')}${more > 0 ? `, … ${more} more` : ''}`;
}
const counted = (list) => (list.length === 0 ? '0' : `${list.length} (${nameList(list)})`);
const row = (label, before, after) => [
    label,
    counted(before),
    counted(after),
];
function leftovers(c) {
    const a = c.after;
    return [...new Set([...a.containers, ...a.networks, ...a.volumes, ...c.nameMatches])];
}
function render_cleanup_renderPendingCleanup() {
    return [
        CLEANUP_START,
        '#### Cleanup verification',
        '',
        '_Pending: the post step tears the compose project down and records the result here._',
        CLEANUP_END,
    ].join('\n');
}
function render_cleanup_renderCleanupSection(c) {
    const verdict = c.verified
        ? '✅ nothing of this run is left'
        : '❌ resources of this run are still there';
    const grep = c.nameMatches.length === 0 ? '(empty)' : nameList(c.nameMatches);
    const lines = [
        `#### Cleanup verification: ${verdict}`,
        '',
        table(['Resource', 'Before teardown', 'After teardown'], [
            row('Containers', c.before.containers, c.after.containers),
            row('Networks', c.before.networks, c.after.networks),
            row('Volumes', c.before.volumes, c.after.volumes),
        ]),
        '',
        `${render_parts_code(`docker ps -a | grep ${c.project}`)}: ${grep}`,
    ];
    if (c.forced.length > 0)
        lines.push('', `Force-removed after compose down: ${nameList(c.forced)}`);
    if (c.warnings.length > 0)
        lines.push('', ...c.warnings.slice(0, 5).map((w) => `- ⚠️ ${render_parts_text(w, 300)}`));
    const body = truncate_clampMarkdown(lines.join('\n'), SECTION_MAX, '_(cleanup details cut)_');
    return [CLEANUP_START, body, CLEANUP_END].join('\n');
}
function render_cleanup_renderCleanupAlert(c) {
    const left = leftovers(c);
    const what = left.length === 0 ? 'state that could not be verified' : nameList(left);
    const alert = [
        '> [!CAUTION]',
        `> **Teardown left resources of this run behind:** ${what}.`,
        `> Remove them with ${render_parts_code(`docker compose -p ${c.project} down -v --remove-orphans`)}.`,
    ].join('\n');
    return [ALERT_START, truncate_clampMarkdown(alert, ALERT_MAX, ''), ALERT_END].join('\n');
}
/** Two pieces of markdown separated by exactly one blank line. */
function joinBlocks(a, b) {
    const x = a.replace(/\n+$/, '');
    const y = b.replace(/^\n+/, '');
    return x === '' ? y : y === '' ? x : `${x}\n\n${y}`;
}
function between(body, start, end) {
    const i = body.indexOf(start);
    const j = i === -1 ? -1 : body.indexOf(end, i);
    return i === -1 || j === -1 ? null : [i, j + end.length];
}
/**
 * A body (comment or check-run summary) with the cleanup result in place: the
 * section replaces the placeholder (or is appended), and a failed teardown puts
 * an alert at the top, right after the marker line.
 */
function spliceCleanup(body, c, maxChars = Infinity) {
    let out = body;
    const alert = between(out, ALERT_START, ALERT_END);
    if (alert)
        out = joinBlocks(out.slice(0, alert[0]), out.slice(alert[1]));
    const section = render_cleanup_renderCleanupSection(c);
    const slot = between(out, CLEANUP_START, CLEANUP_END);
    out = slot
        ? out.slice(0, slot[0]) + section + out.slice(slot[1])
        : `${out.trimEnd()}\n\n${section}\n`;
    if (!c.verified) {
        // After the marker line (it must stay first to be found), before everything else.
        const nl = out.indexOf('\n');
        const [head, rest] = !out.startsWith(`<!-- ${MARKER_TAG} `)
            ? ['', out]
            : nl === -1
                ? [out, '']
                : [out.slice(0, nl), out.slice(nl)];
        out = joinBlocks(joinBlocks(head, render_cleanup_renderCleanupAlert(c)), rest);
    }
    return fit(out, maxChars);
}
/** Too long after all (an edited comment?): cut what comes before the cleanup section. */
function fit(body, max) {
    if (body.length <= max)
        return body;
    const i = body.indexOf(CLEANUP_START);
    if (i === -1)
        return truncate_clampMarkdown(body, max, CUT_NOTE);
    const rest = body.slice(i);
    return `${truncate_clampMarkdown(body.slice(0, i), Math.max(0, max - rest.length - 2), CUT_NOTE)}\n\n${rest}`;
}
const CUT_NOTE = "_(Cut to fit GitHub's size limit.)_";

;// CONCATENATED MODULE: ./src/github/render-log.ts
// The tail of the proof-of-execution log: whatever room the rest of the body
// leaves, cut on a line boundary, with a note saying how much was cut and
// where the whole log is.



/** Below this there is no point showing a few characters of log. */
const MIN_LOG_CHARS = 200;
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(1)} KB`;
    return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
function whereFull(p, runLink) {
    const parts = [`Full log: ${code(p.logFile)}`];
    if (p.artifact)
        parts.push(` (artifact ${code(p.artifact)})`);
    if (runLink)
        parts.push(`, also in the job log of [this workflow run](${runLink})`);
    return `${parts.join('')}.`;
}
function cutNote(p, shown, runLink) {
    const total = p.log?.totalBytes ?? 0;
    const shownBytes = Buffer.byteLength(shown);
    const lines = countLines(shown);
    const cut = Math.max(0, total - shownBytes);
    const what = cut === 0
        ? `The whole log (${lines} lines) is below.`
        : `Showing the last ${lines} lines (${formatBytes(shownBytes)}) of ${formatBytes(total)}: ${formatBytes(cut)} cut.`;
    return `${what} ${whereFull(p, runLink)}`;
}
function wrap(note, tail) {
    return [
        '#### Log tail',
        '',
        note,
        '',
        '<details><summary>Last lines of the log</summary>',
        '',
        fenced(tail, 'text'),
        '',
        '</details>',
    ].join('\n');
}
/** The log section in at most `maxChars` characters ('' when there is no room at all). */
function render_log_renderLogSection(p, maxChars, runLink) {
    if (p.log === null) {
        const md = `#### Log tail\n\n_The log could not be read._ ${whereFull(p, runLink)}`;
        return md.length <= maxChars ? md : '';
    }
    const clean = plainText(p.log.text);
    const overhead = wrap(cutNote(p, '', runLink), '').length + 64;
    let budget = maxChars - overhead;
    // The fence and the note depend on what is kept: shrink until it fits.
    for (let i = 0; i < 6 && budget >= MIN_LOG_CHARS; i++) {
        const tail = tailOf(clean, budget);
        const md = wrap(cutNote(p, tail.text, runLink), tail.text);
        if (md.length <= maxChars)
            return md;
        budget -= md.length - maxChars + 32;
    }
    const md = `#### Log tail\n\n${text('No room left for the log in this message.')} ${whereFull(p, runLink)}`;
    return md.length <= maxChars ? md : '';
}

;// CONCATENATED MODULE: ./src/github/render-skips.ts
// The skipped tests in the proof: why, grouped by module and reason, and
// which tests, fitted to a budget like the failures. A skip proves nothing, so
// a reader must see what was not tested and what the environment lacked.


/** Test names shown per reason; the count says how many there are. */
const NAMES_PER_GROUP = 10;
/** Room kept for the "N more" line. */
const MORE_LINE = 200;
function skipLine(g) {
    const names = g.tests.slice(0, NAMES_PER_GROUP).map((t) => code(t, 200));
    const unnamed = g.count - names.length;
    if (unnamed > 0 && names.length > 0)
        names.push(`${unnamed} more`);
    const where = g.module === null ? '' : `${code(g.module)}: `;
    const which = names.length === 0 ? '' : ` (${names.join(', ')})`;
    return `- ${where}<b>${plural(g.count, 'test')} skipped</b>: ${text(g.reason, 500)}${which}`;
}
/** `#### Skipped tests (N)` and one line per reason while `budget` lasts; '' without skips. */
function render_skips_renderSkips(p, budget) {
    const groups = p.skips ?? [];
    const grouped = groups.reduce((n, g) => n + g.count, 0);
    const total = Math.max(p.tests?.skipped ?? 0, grouped);
    if (total === 0)
        return '';
    const head = `#### Skipped tests (${total})`;
    if (head.length + MORE_LINE > budget)
        return head.length <= budget ? head : '';
    const out = [];
    let used = head.length + MORE_LINE;
    let shown = 0;
    for (; shown < groups.length; shown++) {
        const line = skipLine(groups[shown]);
        if (used + line.length + 1 > budget)
            break;
        out.push(line);
        used += line.length + 1;
    }
    const more = [];
    const notShown = groups.length - shown;
    if (notShown > 0)
        more.push(`${plural(notShown, 'more reason')} not shown here`);
    if (total > grouped)
        more.push(`${plural(total - grouped, 'skip')} without a kept reason`);
    if (more.length > 0)
        out.push(`\n_… ${text(more.join('; '))}: see the full log._`);
    return [head, '', ...out].join('\n').trimEnd();
}

;// CONCATENATED MODULE: ./src/github/render-proof.ts






const render_proof_LIMITS = {
    /** Issue comments: the API rejects bodies over 65,536 characters. */
    commentApi: 65_536,
    /** What we aim for, with a margin under the API limit. */
    comment: 60_000,
    /** Check-run output.summary and output.text: 65,535 characters each. */
    checkRunApi: 65_535,
    checkRun: 60_000,
    /** $GITHUB_STEP_SUMMARY takes 1 MiB per step; 4 bytes per character at worst. */
    summary: 250_000,
};
const render_proof_CUT_NOTE = "_(Cut to fit GitHub's size limit: the full log and the JSON report have the rest.)_";
/** Room kept for the "N more" line after the listed failures. */
const render_proof_MORE_LINE = 300;
function renderFailures(p, budget) {
    const failing = p.tests === null ? p.failures.length : p.tests.failed + p.tests.errors;
    if (p.failures.length === 0 && failing === 0)
        return '';
    const head = `#### Failing tests (${failing})`;
    const lines = p.failures.map((f) => `- ${failureLine(f, p.pathPrefix)}`);
    const blocks = p.failures.map((f) => failureDetails(f, p.pathPrefix));
    const size = (xs) => xs.reduce((n, x) => n + x.length + 2, 0);
    // Tracebacks while room lasts, but keep room for one line per remaining failure:
    // seeing which tests failed matters more than every traceback.
    const linesRoom = size(blocks) + head.length <= budget ? 0 : Math.min(size(lines), budget * 0.4);
    const out = [];
    let used = head.length + render_proof_MORE_LINE;
    let shown = 0;
    for (; shown < blocks.length; shown++) {
        const block = blocks[shown];
        if (used + block.length + 2 > budget - linesRoom)
            break;
        out.push(block);
        used += block.length + 2;
    }
    for (; shown < lines.length; shown++) {
        const line = lines[shown];
        if (used + line.length + 2 > budget)
            break;
        out.push(line);
        used += line.length + 2;
    }
    const notShown = p.failures.length - shown;
    const notKept = Math.max(0, failing - p.failures.length);
    const more = [];
    if (notShown > 0)
        more.push(`${notShown} more not shown here`);
    if (notKept > 0)
        more.push(`${notKept} counted in the log but not kept by the parser`);
    if (more.length > 0)
        out.push(`_… ${text(more.join('; '))}: see the full log._`);
    if (out.length === 0)
        return head.length <= budget ? head : '';
    return [head, ...out].join('\n\n');
}
function notesBlock(notes) {
    if (!notes || notes.length === 0)
        return '';
    return `> [!NOTE]\n${notes.map((n) => `> ${text(n, 2000)}`).join('\n>\n')}`;
}
const render_proof_join = (parts) => parts.filter((s) => s !== '').join('\n\n');
function render_proof_renderProof(p, c, o) {
    const cleanup = o.cleanup ?? 'none';
    const report = typeof cleanup === 'object' ? cleanup : null;
    const top = render_proof_join([
        o.marker ?? '',
        report !== null && !report.verified ? renderCleanupAlert(report) : '',
        headline(p),
        headerTable(p, c),
        reasonsBlock(p),
        notesBlock(o.notes),
        `#### Tests\n\n${countsTable(p.tests)}`,
    ]);
    const bottom = cleanup === 'pending' ? renderPendingCleanup() : report ? renderCleanupSection(report) : '';
    const includeLog = o.includeLog ?? true;
    let room = o.maxChars - top.length - bottom.length - 8;
    // The log gets up to 40% of the room, less if it is short; failures get the rest.
    const logWant = includeLog
        ? Math.min(Math.floor(room * 0.4), (p.log?.text.length ?? 0) + 1500)
        : 0;
    // Skipped tests are usually a few lines: up to a fifth of the room is kept for them.
    const skipWant = Math.min(Math.floor(room * 0.2), renderSkips(p, room).length);
    const failures = renderFailures(p, room - logWant - skipWant);
    room -= failures.length + 4;
    const skips = renderSkips(p, room - logWant);
    room -= skips.length + 4;
    const log = includeLog ? renderLogSection(p, room, runUrl(c)) : '';
    return clampMarkdown(render_proof_join([top, failures, skips, log, bottom]), o.maxChars, render_proof_CUT_NOTE);
}
/** output.text of the check run: the log tail, which the summary leaves out. */
function render_proof_renderCheckRunText(p, c) {
    return clampMarkdown(renderLogSection(p, render_proof_LIMITS.checkRun, runUrl(c)), render_proof_LIMITS.checkRun, render_proof_CUT_NOTE);
}

;// CONCATENATED MODULE: ./src/github/check-run.ts




const check_run_checkRunName = (modules) => `Odoo tests (${modules.join(', ')})`;
/** `neutral` would let a failing run look acceptable: failed and error are both failures. */
const check_run_conclusionOf = (r) => r === 'passed' ? 'success' : 'failure';
const check_run_MAX_TITLE = 200;
function check_run_checkRunTitle(p) {
    const t = p.tests;
    const counts = t === null
        ? 'no test counts'
        : `${t.passed} passed, ${t.failed} failed, ${t.errors} errors, ${t.skipped} skipped`;
    const why = p.result === 'error' && p.reasons[0] ? `error: ${p.reasons[0]}; ` : '';
    const title = `${why}${counts}`.replace(/\s+/g, ' ');
    return title.length > check_run_MAX_TITLE ? `${title.slice(0, check_run_MAX_TITLE - 1)}…` : title;
}
async function check_run_publishCheckRun(api, run) {
    const [first = [], ...rest] = chunk(run.annotations, ANNOTATIONS_PER_REQUEST);
    const out = { id: null, url: null, annotations: 0, requests: 0, warnings: [] };
    try {
        const created = await api.createCheckRun({
            ...run,
            output: { ...run.output, annotations: first },
        });
        out.requests++;
        out.id = created.id;
        out.url = created.htmlUrl || null;
        out.annotations += first.length;
        // Annotations add up across updates; the output must be sent again each time.
        for (const annotations of rest) {
            await api.updateCheckRun(created.id, { output: { ...run.output, annotations } });
            out.requests++;
            out.annotations += annotations.length;
        }
    }
    catch (err) {
        out.warnings.push(apiFailureWarning({ kind: 'check-run' }, err));
        if (out.id !== null)
            out.warnings.push(`Only ${out.annotations} of ${run.annotations.length} annotations reached the check run.`);
    }
    return out;
}
/** The post step: cleanup into the check-run summary; leftovers turn the check red. */
async function addCleanupToCheckRun(api, id, cleanup, redact) {
    try {
        const current = await api.getCheckRun(id);
        const output = {
            title: current.output.title ?? 'Odoo tests',
            summary: redact(spliceCleanup(current.output.summary ?? '', cleanup, render_proof_LIMITS.checkRun)),
            ...(current.output.text ? { text: current.output.text } : {}),
        };
        if (!cleanup.verified)
            output.title = `Teardown left resources behind; ${output.title}`.slice(0, check_run_MAX_TITLE);
        await api.updateCheckRun(id, {
            ...(cleanup.verified ? {} : { conclusion: 'failure' }),
            output,
        });
        return { ok: true, warnings: [] };
    }
    catch (err) {
        return { ok: false, warnings: [permissions_apiFailureWarning({ kind: 'check-run' }, err)] };
    }
}

;// CONCATENATED MODULE: ./src/github/settings.ts
// Inputs of the GitHub reporting part, validated up front (with the other
// inputs, before anything runs) so a typo fails fast instead of after an hour
// of tests. Reporting problems later on are warnings; bad inputs are not.

const GITHUB_DEFAULTS = {
    comment: 'always',
    commentMode: 'new',
    /** `feature/SYSTEM-002-CODE-02-hub-x` -> `SYSTEM-002-CODE-02`. */
    workOrderPattern: '[A-Z][A-Z0-9]*-\\d{3}-[A-Z]+-\\d{2}',
    checkRun: true,
    /** The identity of GITHUB_TOKEN; see comments.ts for why it is not looked up. */
    commentAuthor: 'github-actions[bot]',
};
function oneOf(name, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new errors/* InputError */.dz(`${name} must be one of ${allowed.join(', ')} (got "${value}").`);
}
function parseBoolean(name, value) {
    if (/^(true|yes|1)$/i.test(value))
        return true;
    if (/^(false|no|0)$/i.test(value))
        return false;
    throw new errors/* InputError */.dz(`${name} must be true or false (got "${value}").`);
}
function parseIssueNumber(value) {
    const v = value.trim().replace(/^#/, '');
    if (v === '')
        return null;
    if (!/^\d+$/.test(v) || Number(v) < 1 || !Number.isSafeInteger(Number(v)))
        throw new errors/* InputError */.dz(`issue-number must be a positive issue or pull request number (got "${value}").`);
    return Number(v);
}
function parseWorkOrderPattern(source) {
    let re;
    try {
        re = new RegExp(source);
    }
    catch (err) {
        throw new errors/* InputError */.dz(`work-order-pattern "${source}" is not a valid regular expression: ${err.message}`);
    }
    // A pattern that matches nothing-at-all would "find" a work order in every branch.
    if (re.test(''))
        throw new errors/* InputError */.dz(`work-order-pattern "${source}" matches an empty string.`);
    return re;
}
const orDefault = (v, d) => v === undefined || v.trim() === '' ? d : v.trim();
function parseGithubSettings(raw) {
    const d = GITHUB_DEFAULTS;
    return {
        token: (raw.githubToken ?? '').trim(),
        issueNumber: parseIssueNumber(raw.issueNumber ?? ''),
        comment: oneOf('comment', orDefault(raw.comment, d.comment), ['always', 'on-failure', 'never']),
        commentMode: oneOf('comment-mode', orDefault(raw.commentMode, d.commentMode), [
            'new',
            'update',
        ]),
        workOrderPattern: parseWorkOrderPattern(orDefault(raw.workOrderPattern, d.workOrderPattern)),
        checkRun: parseBoolean('check-run', orDefault(raw.checkRun, String(d.checkRun))),
        commentAuthor: orDefault(raw.commentAuthor, d.commentAuthor),
    };
}

;// CONCATENATED MODULE: ./src/github/comments.ts




function isOwnComment(c, author) {
    if (c.user === null || c.user.login.toLowerCase() !== author.toLowerCase())
        return false;
    return author !== GITHUB_DEFAULTS.commentAuthor || c.user.type === 'Bot';
}
/** The latest comment of this author matching the marker. */
function latestMatching(comments, author, match) {
    const mine = comments.filter((c) => isOwnComment(c, author) && match(c.body));
    return mine.reduce((a, c) => (a === null || c.id > a.id ? c : a), null);
}
const commentOp = (t) => ({ kind: 'comment', number: t.number, target: t.kind });
async function comments_upsertComment(api, target, body, opts) {
    const warnings = [];
    let existing = null;
    if (opts.mode === 'update') {
        try {
            const all = await api.listComments(target.number);
            existing = latestMatching(all, opts.author, (b) => sameJobAndModules(b, opts.marker));
        }
        catch (err) {
            // Posting a new comment is still better than no proof at all.
            warnings.push(apiFailureWarning({ kind: 'list-comments', number: target.number }, err));
        }
    }
    try {
        const c = existing
            ? await api.updateComment(existing.id, body)
            : await api.createComment(target.number, body);
        return {
            posted: { issue: target.number, kind: target.kind, commentId: c.id, url: c.htmlUrl },
            action: existing ? 'updated' : 'created',
            warnings,
        };
    }
    catch (err) {
        warnings.push(apiFailureWarning(commentOp(target), err));
        return { posted: null, action: 'failed', warnings };
    }
}
/** The post step without saved state: this run's comments, found by marker. */
async function findRunComments(api, targets, marker, author) {
    const found = [];
    const warnings = [];
    for (const t of targets) {
        try {
            const c = latestMatching(await api.listComments(t.number), author, (b) => sameRun(b, marker));
            if (c)
                found.push({ issue: t.number, kind: t.kind, commentId: c.id, url: c.htmlUrl });
        }
        catch (err) {
            warnings.push(permissions_apiFailureWarning({ kind: 'list-comments', number: t.number }, err));
        }
    }
    return { found, warnings };
}
/** Adds the cleanup verification to a comment main posted (read, splice, write back). */
async function addCleanupToComment(api, posted, cleanup, redact, maxChars) {
    const op = { kind: 'comment', number: posted.issue, target: posted.kind };
    try {
        const current = await api.getComment(posted.commentId);
        const body = spliceCleanup(current.body, cleanup, maxChars);
        await api.updateComment(posted.commentId, redact(body));
        return { ok: true, warnings: [] };
    }
    catch (err) {
        return { ok: false, warnings: [permissions_apiFailureWarning(op, err)] };
    }
}

;// CONCATENATED MODULE: ./src/github/publish-run.ts
// Main's half of the proof on GitHub: the check run, the comment(s) and the
// job summary text. Never throws and never changes the verdict: every problem
// comes back as a warning, every "nothing to do" as a notice.









function wantsComment(policy, failed) {
    return policy === 'always' || (policy === 'on-failure' && failed);
}
const markerOf = (c, p) => ({
    job: c.job,
    modules: [...p.modules].sort(),
    project: p.project,
});
/** The job summary: the same proof, escaped, with what happened on GitHub. */
function renderJobSummary(proof, context, redactor, notes = []) {
    const p = redactor.redactJson(proof);
    const md = renderProof(p, context, { variant: 'summary', maxChars: LIMITS.summary, notes });
    return redactor.redact(md);
}
async function publish_run_publishRun(input, deps) {
    const { settings, context } = input;
    const { redactor, api } = deps;
    const now = deps.now ?? (() => new Date());
    // Redact what goes in, so escaping cannot hide a secret from the final pass.
    const proof = redactor.redactJson(input.proof);
    // Compared with markers as posted, i.e. redacted.
    const marker = redactor.redactJson(markerOf(context, proof));
    const state = {
        version: 1,
        marker,
        result: proof.result,
        targets: [],
        comments: [],
        checkRunId: null,
    };
    const notices = [];
    const warnings = [];
    let checkRunUrl = null;
    try {
        if (api === null) {
            warnings.push('github-token is empty: no comment and no check run were posted.');
        }
        else {
            if (settings.checkRun) {
                const run = await createCheckRun(api, proof, context, redactor, now());
                warnings.push(...run.warnings);
                state.checkRunId = run.id;
                checkRunUrl = run.url;
            }
            if (wantsComment(settings.comment, proof.result !== 'passed')) {
                const targets = await resolveTargets(settings, context, api);
                notices.push(...targets.notices);
                warnings.push(...targets.warnings);
                state.targets = targets.targets;
                const body = redactor.redact(renderProof(proof, context, {
                    variant: 'comment',
                    maxChars: LIMITS.comment - CLEANUP_RESERVE,
                    marker: renderMarker(marker),
                    cleanup: 'pending',
                }));
                for (const t of targets.targets) {
                    const res = await upsertComment(api, t, body, {
                        mode: settings.commentMode,
                        marker,
                        author: settings.commentAuthor,
                    });
                    warnings.push(...res.warnings);
                    if (res.posted)
                        state.comments.push(res.posted);
                    if (res.posted)
                        deps.log.info(`Proof ${res.action} on #${t.number}: ${res.posted.url}`);
                }
            }
            else {
                deps.log.info(`No comment: comment is "${settings.comment}" and the run ${proof.result}.`);
            }
        }
    }
    catch (err) {
        warnings.push(`Publishing the proof on GitHub failed: ${errorMessage(err)}. The test verdict is not affected.`);
    }
    const safeNotices = notices.map((n) => redactor.redact(n));
    const safeWarnings = warnings.map((w) => redactor.redact(w));
    for (const n of safeNotices)
        deps.log.notice(n);
    for (const w of safeWarnings)
        deps.log.warning(w);
    return {
        commentUrl: state.comments[0]?.url ?? null,
        comments: state.comments,
        checkRunUrl,
        notices: safeNotices,
        warnings: safeWarnings,
        summary: renderJobSummary(proof, context, redactor, [...safeNotices, ...safeWarnings]),
        state,
    };
}
async function createCheckRun(api, proof, context, redactor, completed) {
    const summary = renderProof(proof, context, {
        variant: 'check-run',
        maxChars: LIMITS.checkRun - CLEANUP_RESERVE,
        includeLog: false,
        cleanup: 'pending',
    });
    return publishCheckRun(api, {
        name: checkRunName(proof.modules),
        headSha: context.sha,
        conclusion: conclusionOf(proof.result),
        startedAt: new Date(completed.getTime() - proof.durationMs).toISOString(),
        completedAt: completed.toISOString(),
        detailsUrl: runUrl(context),
        output: {
            title: redactor.redact(checkRunTitle(proof)),
            summary: redactor.redact(summary),
            text: redactor.redact(renderCheckRunText(proof, context)),
        },
        annotations: redactor.redactJson(toAnnotations(proof.failures, proof.pathPrefix)),
    });
}

;// CONCATENATED MODULE: ./src/github/linked-issues.ts
// Issues a pull request body closes (`Closes #12`, `fixes: #3`...): GitHub's
// closing keywords, so the work-order issue of a PR gets the proof too.
const KEYWORDS = 'close|closes|closed|fix|fixes|fixed|resolve|resolves|resolved';
/**
 * Issue numbers linked with a closing keyword, in order of appearance,
 * deduplicated. `owner/repo#N` counts only for this repository; the pull
 * request itself (`self`) never does.
 */
function linkedIssues(body, repo, self = null) {
    if (!body)
        return [];
    const re = new RegExp(`(?<![\\w-])(?:${KEYWORDS}):?\\s+(?:([\\w.-]+)/([\\w.-]+))?#(\\d+)(?![\\w])`, 'gi');
    const out = [];
    for (const m of body.matchAll(re)) {
        const [, owner, name, num] = m;
        if (owner !== undefined && name !== undefined) {
            const same = owner.toLowerCase() === repo.owner.toLowerCase() &&
                name.toLowerCase() === repo.repo.toLowerCase();
            if (!same)
                continue;
        }
        const n = Number(num);
        if (n > 0 && n !== self && !out.includes(n))
            out.push(n);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/github/work-order.ts
// The work order a branch belongs to, and the open issue that tracks it.
/**
 * The work-order id in a branch name: the pattern's first capturing group if
 * it has one, else the whole match. Null when the branch names no work order.
 */
function workOrderFromBranch(branch, pattern) {
    if (!branch)
        return null;
    // A fresh, non-global copy: a caller's `g` or `y` flag would make test() stateful.
    const re = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    const m = re.exec(branch);
    if (!m)
        return null;
    const id = m[1] ?? m[0];
    return id === '' ? null : id;
}
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Whether an issue title names the work order as a whole word:
 * `SYSTEM-002-CODE-02` is in "SYSTEM-002-CODE-02: hub runner" but not in
 * "SYSTEM-002-CODE-021". Case-insensitive: titles are typed by people.
 */
function titleNamesWorkOrder(title, id) {
    return new RegExp(`(^|[^A-Za-z0-9])${escapeRegExp(id)}($|[^A-Za-z0-9])`, 'i').test(title);
}
/** Open issues naming the work order, oldest first (the original tracking issue wins). */
function issuesForWorkOrder(issues, id) {
    return issues.filter((i) => titleNamesWorkOrder(i.title, id)).sort((a, b) => a.number - b.number);
}

;// CONCATENATED MODULE: ./src/github/target.ts



async function target_resolveTargets(s, c, api) {
    const out = { targets: [], workOrder: null, notices: [], warnings: [] };
    if (s.issueNumber !== null) {
        out.targets.push({ number: s.issueNumber, kind: 'unknown', source: 'input' });
        return out;
    }
    if (c.issue !== null) {
        const { number, isPullRequest } = c.issue;
        out.targets.push({ number, kind: isPullRequest ? 'pull-request' : 'issue', source: 'event' });
        if (isPullRequest) {
            const body = c.pullRequestBody ?? (await pullRequestBody(number, api, out));
            for (const n of linkedIssues(body, c, number))
                out.targets.push({ number: n, kind: 'issue', source: 'linked' });
        }
        return out;
    }
    const id = workOrderFromBranch(c.branch, s.workOrderPattern);
    out.workOrder = id;
    if (id === null) {
        out.notices.push(`No issue or pull request to comment on: the ${c.eventName || 'current'} event has none, ` +
            `issue-number is not set, and the branch ${c.branch === null ? '(none)' : `"${c.branch}"`} ` +
            `names no work order matching /${s.workOrderPattern.source}/.`);
        return out;
    }
    let issues;
    try {
        issues = await api.listOpenIssues();
    }
    catch (err) {
        out.warnings.push(permissions_apiFailureWarning({ kind: 'list-issues' }, err));
        return out;
    }
    const [first, ...others] = issuesForWorkOrder(issues, id);
    if (first === undefined) {
        out.notices.push(`No open issue names work order ${id} (from branch "${c.branch}") in its title: no comment posted.`);
        return out;
    }
    out.targets.push({ number: first.number, kind: 'issue', source: 'work-order' });
    if (others.length > 0)
        out.notices.push(`Several open issues name work order ${id}; commenting on the oldest, #${first.number} ` +
            `(not ${others.map((i) => `#${i.number}`).join(', ')}).`);
    return out;
}
async function pullRequestBody(number, api, out) {
    try {
        return (await api.getPullRequest(number)).body;
    }
    catch (err) {
        out.warnings.push(permissions_apiFailureWarning({ kind: 'get-pull-request', number }, err));
        return null;
    }
}

;// CONCATENATED MODULE: ./src/github/publish-cleanup.ts










function renderCleanupComment(marker, c) {
    return [
        marker_renderMarker(marker),
        c.verified ? '' : render_cleanup_renderCleanupAlert(c),
        `### Teardown of ${render_parts_code(c.project)}: ${c.verified ? '✅ verified' : '❌ not clean'}`,
        render_cleanup_renderCleanupSection(c),
    ]
        .filter((s) => s !== '')
        .join('\n\n');
}
async function publishCleanup(input, deps) {
    const { settings, context, state } = input;
    const { api, redactor } = deps;
    const cleanup = redactor.redactJson(input.cleanup);
    const out = {
        comments: [],
        checkRunUpdated: false,
        notices: [],
        warnings: [],
    };
    const redact = (s) => redactor.redact(s);
    try {
        if (api === null) {
            out.warnings.push('github-token is empty: the cleanup verification was not posted.');
        }
        else {
            // Compared with markers as posted, i.e. redacted.
            const marker = redactor.redactJson(state?.marker ?? markerOf(context, input.run));
            let comments = state?.comments ?? [];
            let targets = state?.targets ?? null;
            if (state === null && settings.comment !== 'never') {
                // No state: main may still have commented; look for this run's marker.
                const resolved = await target_resolveTargets(settings, context, api);
                out.warnings.push(...resolved.warnings);
                targets = resolved.targets;
                const found = await findRunComments(api, targets, marker, settings.commentAuthor);
                out.warnings.push(...found.warnings);
                comments = found.found;
            }
            for (const posted of comments) {
                const res = await addCleanupToComment(api, posted, cleanup, redact, render_proof_LIMITS.comment);
                out.warnings.push(...res.warnings);
                if (res.ok)
                    out.comments.push(posted);
            }
            if (comments.length === 0 && !cleanup.verified && wantsComment(settings.comment, true)) {
                // Nobody would hear of the leftovers otherwise. Main skips resolving targets
                // when it does not comment (on-failure, passed run): resolve them now.
                if (targets === null || targets.length === 0) {
                    const resolved = await target_resolveTargets(settings, context, api);
                    out.notices.push(...resolved.notices);
                    out.warnings.push(...resolved.warnings);
                    targets = resolved.targets;
                }
                const body = redact(renderCleanupComment(marker, cleanup));
                for (const t of targets) {
                    try {
                        const c = await api.createComment(t.number, body);
                        out.comments.push({ issue: t.number, kind: t.kind, commentId: c.id, url: c.htmlUrl });
                    }
                    catch (err) {
                        const op = { kind: 'comment', number: t.number, target: t.kind };
                        out.warnings.push(permissions_apiFailureWarning(op, err));
                    }
                }
            }
            if (state?.checkRunId != null) {
                const res = await addCleanupToCheckRun(api, state.checkRunId, cleanup, redact);
                out.checkRunUpdated = res.ok;
                out.warnings.push(...res.warnings);
            }
        }
    }
    catch (err) {
        out.warnings.push(`Posting the cleanup verification failed: ${(0,errors/* errorMessage */.gJ)(err)}. The verdict is not affected.`);
    }
    out.notices = out.notices.map(redact);
    out.warnings = out.warnings.map(redact);
    for (const n of out.notices)
        deps.log.notice(n);
    for (const w of out.warnings)
        deps.log.warning(w);
    return out;
}

;// CONCATENATED MODULE: ./src/github/state.ts
function state_serializePublishState(s) {
    return JSON.stringify(s);
}
const isNum = (v) => typeof v === 'number' && Number.isSafeInteger(v);
/** Undefined when there is no state or it is not ours (post then searches by marker). */
function parsePublishState(text) {
    if (!text)
        return undefined;
    try {
        const s = JSON.parse(text);
        const ok = s.version === 1 &&
            typeof s.marker?.project === 'string' &&
            Array.isArray(s.marker.modules) &&
            Array.isArray(s.targets) &&
            s.targets.every((t) => isNum(t?.number)) &&
            Array.isArray(s.comments) &&
            s.comments.every((c) => isNum(c?.commentId) && isNum(c?.issue)) &&
            (s.checkRunId === null || isNum(s.checkRunId));
        return ok ? s : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/vendor/undici.ts
var undici = __nccwpck_require__(2268);
;// CONCATENATED MODULE: ./src/github/context.ts
// Where and what the run is, read once from the Actions context and the
// environment into plain data so everything downstream is testable without
// an event file.
const obj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? v : null;
const str = (v) => (typeof v === 'string' && v !== '' ? v : null);
function eventIssue(payload) {
    const pr = obj(payload.pull_request);
    if (pr && typeof pr.number === 'number')
        return { number: pr.number, isPullRequest: true };
    const issue = obj(payload.issue);
    // issue_comment on a pull request: the issue carries a `pull_request` link.
    if (issue && typeof issue.number === 'number')
        return { number: issue.number, isPullRequest: obj(issue.pull_request) !== null };
    return null;
}
function branchOf(ctx, env) {
    const head = str(obj(obj(ctx.payload.pull_request)?.head)?.ref) ?? str(env.GITHUB_HEAD_REF);
    if (head)
        return head;
    if (ctx.ref?.startsWith('refs/heads/'))
        return ctx.ref.slice('refs/heads/'.length);
    return str(env.GITHUB_REF_NAME);
}
function runContextFrom(ctx, env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const pr = obj(ctx.payload.pull_request);
    return {
        owner,
        repo,
        serverUrl: (ctx.serverUrl || 'https://github.com').replace(/\/+$/, ''),
        apiUrl: (env.GITHUB_API_URL || ctx.apiUrl || 'https://api.github.com').replace(/\/+$/, ''),
        runId: Number.isFinite(ctx.runId) ? String(ctx.runId) : (env.GITHUB_RUN_ID ?? ''),
        runAttempt: Number.isFinite(ctx.runAttempt) ? String(ctx.runAttempt) : '1',
        job: ctx.job || env.GITHUB_JOB || 'job',
        eventName: ctx.eventName ?? '',
        sha: str(obj(pr?.head)?.sha) ?? ctx.sha ?? '',
        branch: branchOf(ctx, env),
        issue: eventIssue(ctx.payload ?? {}),
        pullRequestBody: pr ? (typeof pr.body === 'string' ? pr.body : '') : null,
    };
}
/** Link to this workflow run (and attempt). */
function context_runUrl(c) {
    const attempt = c.runAttempt !== '' && c.runAttempt !== '1' ? `/attempts/${c.runAttempt}` : '';
    return `${c.serverUrl}/${c.owner}/${c.repo}/actions/runs/${c.runId}${attempt}`;
}
const context_repoUrl = (c) => `${c.serverUrl}/${c.owner}/${c.repo}`;

;// CONCATENATED MODULE: ./src/github/redact.ts
// Text sent through the API is not masked by the runner (masking only applies
// to the job log), so everything that leaves the machine goes through this.
/** Environment variables whose values are treated as secrets. */
const SECRET_ENV_NAME = /TOKEN|SECRET|PASSWORD|PASS|KEY|CREDENTIAL/i;
/** Shorter values of such variables (`1`, `on`) would blank out half the text. */
const MIN_ENV_SECRET_LENGTH = 4;
const REDACTED = '***';
/** GitHub token shapes, whether or not the action was told about them. */
const TOKEN_SHAPES = [/\bgh[pousr]_[A-Za-z0-9]{36,}/g, /\bgithub_pat_[A-Za-z0-9_]{22,}/g];
const redact_escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
class Redactor {
    secrets = new Set();
    pattern = null;
    /** A value to hide, plus its forms that commonly end up in logs (each line, URL-encoded). */
    add(value, minLength = 1) {
        if (value === null || value === undefined)
            return this;
        const forms = [value, ...value.split(/\r?\n/), encodeURIComponent(value)];
        for (const f of forms) {
            const v = f.trim();
            if (v.length >= minLength)
                this.secrets.add(v);
        }
        this.pattern = null;
        return this;
    }
    /** Values of variables named like secrets (SECRET_ENV_NAME), 4 characters or more. */
    addFromEnv(env) {
        for (const [name, value] of Object.entries(env))
            if (SECRET_ENV_NAME.test(name))
                this.add(value, MIN_ENV_SECRET_LENGTH);
        return this;
    }
    /** Hides the value from the job log too (core.setSecret) and from what is posted. */
    register(value, setSecret) {
        if (value.trim() !== '')
            setSecret(value);
        return this.add(value);
    }
    get size() {
        return this.secrets.size;
    }
    redact(text) {
        if (this.pattern === null && this.secrets.size > 0) {
            // Longest first, so a secret containing another is hidden whole.
            const alts = [...this.secrets].sort((a, b) => b.length - a.length).map(redact_escapeRegExp);
            this.pattern = new RegExp(alts.join('|'), 'g');
        }
        let out = this.pattern === null ? text : text.replace(this.pattern, REDACTED);
        for (const shape of TOKEN_SHAPES)
            out = out.replace(shape, REDACTED);
        return out;
    }
    /** Every string in a JSON-like value (keys too), e.g. the run report before it is uploaded. */
    redactJson(value) {
        const walk = (v) => {
            if (typeof v === 'string')
                return this.redact(v);
            if (Array.isArray(v))
                return v.map(walk);
            if (v !== null && typeof v === 'object')
                return Object.fromEntries(Object.entries(v).map(([k, x]) => [this.redact(k), walk(x)]));
            return v;
        };
        return walk(value);
    }
}
/** The usual set-up: the token, registered values, and secret-looking environment variables. */
function createRedactor(opts) {
    const r = new Redactor();
    for (const s of opts.secrets ?? [])
        r.add(s);
    return opts.env ? r.addFromEnv(opts.env) : r;
}

;// CONCATENATED MODULE: ./src/action/actions-context.ts
// The Actions context (event payload and GITHUB_* variables), read the way
// `@actions/github`'s `context` reads it. That package is Octokit too (loaded
// in the background, and not at all without a github-token); a run without a
// token still renders the job summary from this context, so it must not need
// the package to get it. test/unit/action-context.test.ts compares the two.


function readActionsContext(env = process.env, write = (text) => process.stdout.write(text)) {
    let payload = {};
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath) {
        if ((0,external_node_fs_.existsSync)(eventPath))
            payload = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, { encoding: 'utf8' }));
        else
            write(`GITHUB_EVENT_PATH ${eventPath} does not exist${external_node_os_.EOL}`);
    }
    // Unset variables stay undefined (and the numbers NaN), as in @actions/github:
    // runContextFrom falls back on each.
    return {
        eventName: env.GITHUB_EVENT_NAME,
        sha: env.GITHUB_SHA,
        ref: env.GITHUB_REF,
        job: env.GITHUB_JOB,
        runId: parseInt(env.GITHUB_RUN_ID, 10),
        runAttempt: parseInt(env.GITHUB_RUN_ATTEMPT, 10),
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        payload,
    };
}

;// CONCATENATED MODULE: ./src/action/github.ts
// The action's side of the GitHub reporting: inputs, the Actions context, the
// job log, the token. Everything in src/github takes these as arguments.
// Nothing here loads Octokit: the API client is in github-api.ts, loaded only
// with a token and in the background (see proof.ts).





function readGithubInputs(get = lib_core/* getInput */.V4) {
    return {
        githubToken: get(constants/* Input */.pd.GithubToken),
        issueNumber: get(constants/* Input */.pd.IssueNumber),
        comment: get(constants/* Input */.pd.Comment),
        commentMode: get(constants/* Input */.pd.CommentMode),
        workOrderPattern: get(constants/* Input */.pd.WorkOrderPattern),
        checkRun: get(constants/* Input */.pd.CheckRun),
        commentAuthor: get(constants/* Input */.pd.CommentAuthor),
    };
}
function actionRunContext(env = process.env) {
    return runContextFrom(readActionsContext(env), env);
}
const coreLog = {
    info: (m) => lib_core/* info */.pq(m),
    notice: (m) => lib_core/* notice */.lm(m),
    warning: (m) => lib_core/* warning */.$e(m),
};
/** The token, masked in the job log, plus secret-looking environment variables. */
function actionRedactor(settings, env = process.env) {
    const r = createRedactor({ env });
    return settings.token === '' ? r : r.register(settings.token, lib_core/* setSecret */.Pq);
}

;// CONCATENATED MODULE: ./src/action/proof.ts
// The proof of execution on GitHub, from the action's side: settings read and
// validated up front (before Docker), the comment and check run after the
// verdict, completed with the cleanup by post. Reporting never changes the
// verdict: src/github's publish functions turn every API failure into a warning.











let apiModule;
/**
 * Starts loading Octokit and co. (github-api.ts: 20-30 ms of evaluation in
 * the bundle, plus ~5 ms to create the client) once, in the background: main
 * and post await it only when they publish, after the Docker work it overlaps.
 * undici first: the bundles load it on demand (src/vendor/undici.ts), and
 * @actions/github uses it as soon as it is imported (a ProxyAgent for its
 * defaults when HTTPS_PROXY or HTTP_PROXY is set).
 */
function loadGithubApi() {
    if (!apiModule) {
        apiModule = (0,undici.loadUndici)().then(() => Promise.all(/* import() */[__nccwpck_require__.e(239), __nccwpck_require__.e(184)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5184)));
        // A failure is reported where the module is awaited; until then it must not
        // count as an unhandled rejection (which would end the process).
        apiModule.catch(() => undefined);
    }
    return apiModule;
}
/** Post: loads the API client while the teardown runs, if there will be a token to use it. */
function preloadGithubApi() {
    if ((readGithubInputs().githubToken ?? '').trim() !== '')
        void loadGithubApi();
}
/** Throws InputError on a bad input: called with the other inputs, before Docker. */
function setupGithubProof() {
    const settings = parseGithubSettings(readGithubInputs());
    const context = actionRunContext();
    const redactor = actionRedactor(settings);
    const api = settings.token === ''
        ? Promise.resolve(null)
        : loadGithubApi().then((m) => m.actionGithubApi(settings.token, context, redactor));
    api.catch(() => undefined); // awaited by the publish functions below
    return { settings, context, redactor, api };
}
const publishDeps = async (gh) => ({
    api: await gh.api,
    redactor: gh.redactor,
    log: coreLog,
});
const workspacePath = (p) => relative(process.env.GITHUB_WORKSPACE || process.cwd(), p) || '.';
/** The proof of a finished run, or of one that ended in an error (`outcome` undefined). */
async function proofOf(state, outcome, error) {
    const prefix = workspacePath(state.workingDirectory);
    return {
        result: outcome?.verdict.result ?? 'error',
        reasons: outcome
            ? outcome.report.blocking_issues
            : [error ?? 'The run ended before a verdict.'],
        modules: state.modules,
        tests: outcome?.verdict.tests ?? null,
        failures: outcome?.summary.failures ?? [],
        skips: outcome?.summary.skips ?? [],
        project: state.project,
        port: state.port,
        durationMs: outcome?.durationMs ?? Date.now() - Date.parse(state.startedAt),
        exitCode: outcome?.test.exitCode ?? null,
        log: await readLogTail(state.logFile),
        logFile: workspacePath(state.logFile),
        artifact: null,
        pathPrefix: prefix === '.' ? undefined : prefix,
        cache: outcome?.report.cache ?? null,
    };
}
/** Publishes, saves what post needs, sets the outputs; returns the job summary markdown. */
async function publishProof(gh, proof, reportFile) {
    // The report leaves the machine as an artifact more often than not: redact it too.
    const report = readReport(reportFile);
    if (report)
        writeReport(reportFile, gh.redactor.redactJson(report));
    const deps = await publishDeps(gh);
    const pub = await publishRun({ settings: gh.settings, context: gh.context, proof }, deps);
    core.saveState(State.Github, serializePublishState(pub.state));
    core.setOutput(Output.CommentUrl, pub.commentUrl ?? '');
    core.setOutput(Output.CheckRunUrl, pub.checkRunUrl ?? '');
    return pub.summary;
}
/** Post: adds the cleanup verification to main's comments and check run. */
async function publishCleanupProof(state, cleanup) {
    let gh;
    try {
        gh = setupGithubProof();
    }
    catch (err) {
        lib_core/* warning */.$e(`GitHub proof skipped: ${err.message}`);
        return;
    }
    await publishCleanup({
        settings: gh.settings,
        context: gh.context,
        cleanup,
        state: parsePublishState(lib_core/* getState */.Gu(constants/* State */.Uw.Github)) ?? null,
        run: { project: state.project, modules: state.modules },
    }, await publishDeps(gh));
}

;// CONCATENATED MODULE: ./src/action/cleanup.ts
// Teardown as the action does it, in post or (after a signal) in main: grouped
// in the log, the verification printed and appended to the job summary.
// Best-effort: problems become warnings; only leftovers fail the step.






async function cleanUpNow(state, deps) {
    try {
        const report = await lib_core/* group */.Os(`Teardown of ${state.project}`, () => finishRun(state, deps));
        for (const line of cleanupLines(report))
            lib_core/* info */.pq(line);
        await publishCleanupProof(state, report);
        await lib_core/* summary */.z
            // The same section as in the comment; leftovers are said first.
            .addRaw([report.verified ? '' : render_cleanup_renderCleanupAlert(report), render_cleanup_renderCleanupSection(report)].join('\n\n'), true)
            .write()
            .catch((err) => lib_core/* warning */.$e(`Could not write the job summary: ${err.message}`));
        if (!report.verified) {
            lib_core/* setFailed */.C1(`Teardown left resources of ${state.project} behind: ${leftovers(report).join(', ') || 'state that could not be verified'}. Remove them with: docker compose -p ${state.project} down -v --remove-orphans`);
        }
        return report;
    }
    catch (err) {
        lib_core/* setFailed */.C1(`Teardown of ${state.project} could not be verified: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    }
}

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

;// CONCATENATED MODULE: ./src/post.ts
// The action's post step: runs whatever main did (post-if: always()). Reads
// the state main saved before creating anything, tears the project down and
// proves it. Safe to run twice and after a main that died half way.






async function run(deps = defaultDeps(actionReporter())) {
    const state = loadRunState();
    if (!state) {
        lib_core/* info */.pq('Nothing to clean up: the main step created no compose project (it stopped before that).');
        return;
    }
    // Octokit loads while the teardown runs; the cleanup proof awaits it afterwards.
    preloadGithubApi();
    await cleanUpNow(state, deps);
}


/***/ }),

/***/ 3453:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ onDemand)
/* harmony export */ });
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


/***/ }),

/***/ 2268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch),
/* harmony export */   loadUndici: () => (/* binding */ loadUndici)
/* harmony export */ });
/* harmony import */ var _on_demand_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3453);

const undici = (0,_on_demand_js__WEBPACK_IMPORTED_MODULE_0__/* .onDemand */ .h)('undici', 'loadUndici() (src/vendor/undici.ts)', async () => {
    // A subpath: the alias matches 'undici' exactly, so this is the real package
    // (it has no exports map), and webpack makes the dynamic import a chunk.
    const m = await __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19));
    return (m.default ?? m);
});
const loadUndici = undici.load;
const fetch = (...args) => undici.get().fetch(...args);
/** `new ProxyAgent(...)` builds the real one (a constructor may return another object). */
const ProxyAgent = class ProxyAgent {
    constructor(...args) {
        return new (undici.get().ProxyAgent)(...args);
    }
};


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

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

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

/***/ }),

/***/ 4116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ core_debug),
  N4: () => (/* binding */ endGroup),
  V4: () => (/* binding */ getInput),
  Gu: () => (/* binding */ getState),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  Pq: () => (/* binding */ core_setSecret),
  Oh: () => (/* binding */ startGroup),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, error, exportVariable, getBooleanInput, getIDToken, getMultilineInput, isDebug, markdownSummary, platform, saveState, setCommandEcho, setOutput, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var node_modules_tunnel = __nccwpck_require__(770);
// EXTERNAL MODULE: ./src/vendor/undici.ts
var undici = __nccwpck_require__(2268);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = (/* unused pure expression or super */ null && (['OPTIONS', 'GET', 'DELETE', 'HEAD']));
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class lib_HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __nccwpck_require__(5317);
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_.dirname(filePath);
                        const upperName = external_path_.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(os.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

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
/******/ var __webpack_exports__ = __nccwpck_require__(8568);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
