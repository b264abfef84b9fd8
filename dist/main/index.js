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
/* harmony export */   k7: () => (/* binding */ Output),
/* harmony export */   mY: () => (/* binding */ RTR_ID_LABEL),
/* harmony export */   pd: () => (/* binding */ Input),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/* unused harmony exports GITHUB_INPUTS, PlanInput, PlanOutput, PLAN_DEFAULTS */
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

/***/ 9719:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _esm_shim_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1920);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4038);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9483);
// Bundle entry of the action's main step: only dispatches.



await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)();
await (0,_exit_js__WEBPACK_IMPORTED_MODULE_2__/* .exitWhenFlushed */ .K)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

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

/***/ 9483:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __nccwpck_require__(3838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(7242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
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

;// CONCATENATED MODULE: ./src/config/naming.ts
// Compose project names: lowercase letters, digits, '-' and '_', starting with
// a letter or digit. Every run gets its own, so parallel runs never share a
// container, network, volume or port.
/** Lowercases and replaces anything compose refuses; trims separators. */
function naming_normaliseProjectPart(text) {
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
    const parts = [id.prefix, utcStamp(id.now), id.runId, id.attempt, id.random].map(naming_normaliseProjectPart);
    return parts.filter((p) => p !== '').join('-');
}
/** A database name Odoo accepts, unique per run. */
function testDatabaseName(project) {
    return `rtr_${project.replace(/[^a-z0-9]+/g, '_')}`.slice(0, 63);
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
    const part = name ? naming_normaliseProjectPart(name) : '';
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/action/inputs.ts
// The one place the action reads its inputs and environment. Validation is in
// config/parse.ts, shared with the CLI.



function readRawInputs() {
    const get = (name) => lib_core/* getInput */.V4(name);
    return {
        module: get(constants/* Input */.pd.Module),
        projectPrefix: get(constants/* Input */.pd.ProjectPrefix),
        composeFile: get(constants/* Input */.pd.ComposeFile),
        workingDirectory: get(constants/* Input */.pd.WorkingDirectory),
        service: get(constants/* Input */.pd.Service),
        portRange: get(constants/* Input */.pd.PortRange),
        portWaitTimeout: get(constants/* Input */.pd.PortWaitTimeout),
        reapAfter: get(constants/* Input */.pd.ReapAfter),
        healthTimeout: get(constants/* Input */.pd.HealthTimeout),
        healthStartInterval: get(constants/* Input */.pd.HealthStartInterval),
        testTimeout: get(constants/* Input */.pd.TestTimeout),
        testCommand: get(constants/* Input */.pd.TestCommand),
        logFile: get(constants/* Input */.pd.LogFile),
        downTimeout: get(constants/* Input */.pd.DownTimeout),
        logIgnore: lib_core/* getMultilineInput */.q3(constants/* Input */.pd.LogIgnore).join('\n'),
        strictLog: get(constants/* Input */.pd.StrictLog),
        lintCommand: get(constants/* Input */.pd.LintCommand),
        lintIn: get(constants/* Input */.pd.LintIn),
        coverage: get(constants/* Input */.pd.Coverage),
        coverageThreshold: get(constants/* Input */.pd.CoverageThreshold),
        junitPath: get(constants/* Input */.pd.JunitPath),
        cache: get(constants/* Input */.pd.Cache),
        cacheDir: get(constants/* Input */.pd.CacheDir),
        cacheMaxSize: get(constants/* Input */.pd.CacheMaxSize),
    };
}
function actionContext(env = process.env) {
    return {
        repository: env.GITHUB_REPOSITORY,
        baseDirectory: env.GITHUB_WORKSPACE || process.cwd(),
        fileExists: external_node_fs_.existsSync,
    };
}
function actionRunIds(env = process.env) {
    return {
        runId: env.GITHUB_RUN_ID || 'local',
        attempt: env.GITHUB_RUN_ATTEMPT || '1',
        repository: env.GITHUB_REPOSITORY,
        // The job outlives main (later steps, then post): the worker owns the run.
        ownerPid: process.ppid,
    };
}

;// CONCATENATED MODULE: ./src/action/outputs.ts
// Step outputs, set in one place from what the engine returned.


function setReportOutputs(report, reportFile) {
    lib_core/* setOutput */.uH(constants/* Output */.k7.Result, report.result);
    lib_core/* setOutput */.uH(constants/* Output */.k7.ExitCode, report.exit_code ?? '');
    lib_core/* setOutput */.uH(constants/* Output */.k7.ReportFile, reportFile);
    lib_core/* setOutput */.uH(constants/* Output */.k7.TestsTotal, report.tests.total);
    lib_core/* setOutput */.uH(constants/* Output */.k7.TestsPassed, report.tests.passed);
    lib_core/* setOutput */.uH(constants/* Output */.k7.TestsFailed, report.tests.failed);
    lib_core/* setOutput */.uH(constants/* Output */.k7.TestsErrors, report.tests.errors);
    lib_core/* setOutput */.uH(constants/* Output */.k7.TestsSkipped, report.tests.skipped);
    lib_core/* setOutput */.uH(constants/* Output */.k7.GateStatus, report.gate_status);
    lib_core/* setOutput */.uH(constants/* Output */.k7.Coverage, report.coverage.percentage ?? '');
    lib_core/* setOutput */.uH(constants/* Output */.k7.CacheHit, report.cache?.hit ? 'true' : 'false');
    lib_core/* setOutput */.uH(constants/* Output */.k7.CacheKey, report.cache?.key ?? '');
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

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/github/log-tail.ts
// Reads only the end of the proof-of-execution log: it can be hundreds of MB,
// and only its last few KB can be shown anyway.


/** Enough for any message GitHub accepts, with room to spare. */
const DEFAULT_TAIL_BYTES = 256 * 1024;
const fsTailReader = async (path, max) => {
    let handle;
    try {
        handle = await (0,promises_.open)(path, 'r');
        const { size } = await handle.stat();
        const length = Math.min(size, max);
        const bytes = external_node_buffer_.Buffer.alloc(length);
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
async function readLogTail(path, maxBytes = DEFAULT_TAIL_BYTES, read = fsTailReader) {
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
function runUrl(c) {
    const attempt = c.runAttempt !== '' && c.runAttempt !== '1' ? `/attempts/${c.runAttempt}` : '';
    return `${c.serverUrl}/${c.owner}/${c.repo}/actions/runs/${c.runId}${attempt}`;
}
const repoUrl = (c) => `${c.serverUrl}/${c.owner}/${c.repo}`;

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
function plainText(text) {
    return (text
        // eslint-disable-next-line no-control-regex
        .replace(/\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)?/g, '')
        .replace(/\r\n?/g, '\n')
        // eslint-disable-next-line no-control-regex
        .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, ''));
}
function fenced(content, lang = '') {
    const body = content.endsWith('\n') ? content.slice(0, -1) : content;
    const fence = fenceFor(body);
    return `${fence}${lang}\n${body}\n${fence}`;
}
/**
 * The end of `text` in at most `max` characters, starting on a line boundary
 * (a lone line longer than `max` is cut inside).
 */
function tailOf(text, max) {
    if (text.length <= max)
        return { text, cutChars: 0, cutLines: 0 };
    if (max <= 0)
        return { text: '', cutChars: text.length, cutLines: countLines(text) };
    let start = text.length - max;
    const nl = text.indexOf('\n', start - 1);
    if (nl !== -1 && nl < text.length - 1 && nl >= start - 1)
        start = nl + 1;
    const cut = text.slice(0, start);
    return { text: text.slice(start), cutChars: start, cutLines: countLines(cut) };
}
/** Head and tail of a long block (tracebacks: where it starts and how it ends both matter). */
function headAndTail(text, max) {
    if (text.length <= max)
        return text;
    const note = (n) => `\n[... ${n} characters cut ...]\n`;
    const keep = Math.max(0, max - note(text.length).length);
    const head = Math.floor(keep / 3);
    const tail = keep - head;
    return `${text.slice(0, head)}${note(text.length - keep)}${text.slice(text.length - tail)}`;
}
function countLines(text) {
    if (text === '')
        return 0;
    const n = text.split('\n').length;
    return text.endsWith('\n') ? n - 1 : n;
}
/**
 * Last resort when a rendered body is still too long: cut it, then close
 * what the cut left open (a code fence, `<details>` blocks) and say so.
 */
function clampMarkdown(md, max, note) {
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
const code = (s, max = MAX_LINE) => `<code>${render_parts_text(s, max)}</code>`;
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
function headline(p) {
    return `### ${TITLE[p.result]}: ${p.modules.map((m) => code(m)).join(', ')}`;
}
function headerTable(p, c) {
    const repo = repoUrl(c);
    const sha = c.sha === ''
        ? '-'
        : `[<code>${render_parts_text(c.sha.slice(0, 7))}</code>](${repo}/commit/${encodeURIComponent(c.sha)})`;
    const rows = [
        ['Repository', `[${render_parts_text(`${c.owner}/${c.repo}`)}](${repo})`],
        ['Commit', sha],
        ['Branch', c.branch === null ? '-' : code(c.branch)],
        [
            'Workflow run',
            `[${render_parts_text(`${c.runId} (attempt ${c.runAttempt})`)}](${runUrl(c)}) job ${code(c.job)}`,
        ],
        ['Duration', formatDuration(p.durationMs)],
        ['Exit code', p.exitCode === null ? '-' : String(p.exitCode)],
        ['Compose project', code(p.project)],
    ];
    if (p.port != null)
        rows.push(['Host port', code(String(p.port))]);
    if (p.cache)
        rows.push(['Template cache', render_parts_text(cacheLine(p.cache))]);
    return table(['', ''], rows);
}
function reasonsBlock(p) {
    if (p.reasons.length === 0)
        return '';
    const shown = p.reasons.slice(0, MAX_REASONS).map((r) => `- ${render_parts_text(r)}`);
    const more = p.reasons.length - shown.length;
    if (more > 0)
        shown.push(`- … ${more} more (see the job log).`);
    const label = p.result === 'error' ? 'Why the run could not be trusted' : 'Why';
    return [`**${label}:**`, '', ...shown].join('\n');
}
function countsTable(t) {
    if (t === null)
        return '_No test counts: the log does not say how many tests ran._';
    return table(['Passed', 'Failed', 'Errors', 'Skipped', 'Total'], [[t.passed, t.failed, t.errors, t.skipped, t.total].map(String)], ['---:', '---:', '---:', '---:', '---:']);
}
/** `file:line`, made repository-relative with the proof's path prefix. */
function locationOf(f, prefix = '') {
    if (f.location === null)
        return null;
    return `${joinPath(prefix, f.location.file)}:${f.location.line}`;
}
function joinPath(prefix, file) {
    const clean = (s) => s.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    const p = clean(prefix).replace(/^\/+|\/+$/g, '');
    const f = clean(file).replace(/^\/+/, '');
    return p === '' || p === '.' ? f : `${p}/${f}`;
}
/** The one-line description of a failure (no traceback). */
function failureLine(f, prefix = '') {
    const where = locationOf(f, prefix);
    const message = failureMessage(f);
    return [
        `<b>${render_parts_text(f.kind)}</b>`,
        f.module === null ? '' : ` ${code(f.module)}`,
        ` ${code(testName(f) || '(unnamed)')}`,
        where === null ? '' : ` at ${code(where)}`,
        message === null ? '' : `: ${render_parts_text(message, 500)}`,
    ].join('');
}
/** A failure with its traceback in a collapsible block. */
function failureDetails(f, prefix = '') {
    const tb = plainText(f.traceback).trim();
    const omitted = f.tracebackOmittedLines > 0 ? `\n[${f.tracebackOmittedLines} traceback lines not kept]` : '';
    const body = tb === ''
        ? '_No traceback was logged._'
        : fenced(headAndTail(tb, MAX_TRACEBACK) + omitted, 'text');
    return [`<details><summary>${failureLine(f, prefix)}</summary>`, '', body, '', '</details>'].join('\n');
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



const ANNOTATIONS_PER_REQUEST = 50;
const MAX_MESSAGE = 4000;
const MAX_TITLE = 255;
const MAX_DETAILS = 8000;
const cap = (s, max) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
/** Failures without a location cannot be annotated; they are in the summary. */
function toAnnotations(failures, pathPrefix = '') {
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
function chunk(items, size) {
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
function apiFailureWarning(op, err) {
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
function renderMarker(f) {
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
function sameJobAndModules(body, want) {
    const got = parseMarker(body);
    return got !== null && got.job === want.job && sameModules(got.modules, want.modules);
}
/** The post step: the comment main wrote for this very run. */
function sameRun(body, want) {
    const got = parseMarker(body);
    return got !== null && sameJobAndModules(body, want) && got.project === want.project;
}

;// CONCATENATED MODULE: ./src/github/render-cleanup.ts



const CLEANUP_START = '<!-- resilient-test-runner:cleanup:start -->';
const CLEANUP_END = '<!-- resilient-test-runner:cleanup:end -->';
const ALERT_START = '<!-- resilient-test-runner:alert:start -->';
const ALERT_END = '<!-- resilient-test-runner:alert:end -->';
/** Room kept free in main's body for what post adds (cleanup section + alert). */
const CLEANUP_RESERVE = 6000;
const SECTION_MAX = 4000;
const ALERT_MAX = 1500;
const MAX_NAMES = 10;
/** At most MAX_NAMES names, each as code, then how many more. */
function nameList(list) {
    const shown = list.slice(0, MAX_NAMES).map((n) => code(n, 120));
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
function renderPendingCleanup() {
    return [
        CLEANUP_START,
        '#### Cleanup verification',
        '',
        '_Pending: the post step tears the compose project down and records the result here._',
        CLEANUP_END,
    ].join('\n');
}
function renderCleanupSection(c) {
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
        `${code(`docker ps -a | grep ${c.project}`)}: ${grep}`,
    ];
    if (c.forced.length > 0)
        lines.push('', `Force-removed after compose down: ${nameList(c.forced)}`);
    if (c.warnings.length > 0)
        lines.push('', ...c.warnings.slice(0, 5).map((w) => `- ⚠️ ${render_parts_text(w, 300)}`));
    const body = clampMarkdown(lines.join('\n'), SECTION_MAX, '_(cleanup details cut)_');
    return [CLEANUP_START, body, CLEANUP_END].join('\n');
}
function renderCleanupAlert(c) {
    const left = leftovers(c);
    const what = left.length === 0 ? 'state that could not be verified' : nameList(left);
    const alert = [
        '> [!CAUTION]',
        `> **Teardown left resources of this run behind:** ${what}.`,
        `> Remove them with ${code(`docker compose -p ${c.project} down -v --remove-orphans`)}.`,
    ].join('\n');
    return [ALERT_START, clampMarkdown(alert, ALERT_MAX, ''), ALERT_END].join('\n');
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
    const section = renderCleanupSection(c);
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
        out = joinBlocks(joinBlocks(head, renderCleanupAlert(c)), rest);
    }
    return fit(out, maxChars);
}
/** Too long after all (an edited comment?): cut what comes before the cleanup section. */
function fit(body, max) {
    if (body.length <= max)
        return body;
    const i = body.indexOf(CLEANUP_START);
    if (i === -1)
        return clampMarkdown(body, max, CUT_NOTE);
    const rest = body.slice(i);
    return `${clampMarkdown(body.slice(0, i), Math.max(0, max - rest.length - 2), CUT_NOTE)}\n\n${rest}`;
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
    const shownBytes = external_node_buffer_.Buffer.byteLength(shown);
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
function renderLogSection(p, maxChars, runLink) {
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
    const md = `#### Log tail\n\n${render_parts_text('No room left for the log in this message.')} ${whereFull(p, runLink)}`;
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
    return `- ${where}<b>${plural(g.count, 'test')} skipped</b>: ${render_parts_text(g.reason, 500)}${which}`;
}
/** `#### Skipped tests (N)` and one line per reason while `budget` lasts; '' without skips. */
function renderSkips(p, budget) {
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
        out.push(`\n_… ${render_parts_text(more.join('; '))}: see the full log._`);
    return [head, '', ...out].join('\n').trimEnd();
}

;// CONCATENATED MODULE: ./src/github/render-proof.ts






const LIMITS = {
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
        out.push(`_… ${render_parts_text(more.join('; '))}: see the full log._`);
    if (out.length === 0)
        return head.length <= budget ? head : '';
    return [head, ...out].join('\n\n');
}
function notesBlock(notes) {
    if (!notes || notes.length === 0)
        return '';
    return `> [!NOTE]\n${notes.map((n) => `> ${render_parts_text(n, 2000)}`).join('\n>\n')}`;
}
const render_proof_join = (parts) => parts.filter((s) => s !== '').join('\n\n');
function renderProof(p, c, o) {
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
function renderCheckRunText(p, c) {
    return clampMarkdown(renderLogSection(p, LIMITS.checkRun, runUrl(c)), LIMITS.checkRun, render_proof_CUT_NOTE);
}

;// CONCATENATED MODULE: ./src/github/check-run.ts




const checkRunName = (modules) => `Odoo tests (${modules.join(', ')})`;
/** `neutral` would let a failing run look acceptable: failed and error are both failures. */
const conclusionOf = (r) => r === 'passed' ? 'success' : 'failure';
const check_run_MAX_TITLE = 200;
function checkRunTitle(p) {
    const t = p.tests;
    const counts = t === null
        ? 'no test counts'
        : `${t.passed} passed, ${t.failed} failed, ${t.errors} errors, ${t.skipped} skipped`;
    const why = p.result === 'error' && p.reasons[0] ? `error: ${p.reasons[0]}; ` : '';
    const title = `${why}${counts}`.replace(/\s+/g, ' ');
    return title.length > check_run_MAX_TITLE ? `${title.slice(0, check_run_MAX_TITLE - 1)}…` : title;
}
async function publishCheckRun(api, run) {
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
            summary: redact(spliceCleanup(current.output.summary ?? '', cleanup, LIMITS.checkRun)),
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
        return { ok: false, warnings: [apiFailureWarning({ kind: 'check-run' }, err)] };
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
function settings_parseBoolean(name, value) {
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
        checkRun: settings_parseBoolean('check-run', orDefault(raw.checkRun, String(d.checkRun))),
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
async function upsertComment(api, target, body, opts) {
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
            warnings.push(apiFailureWarning({ kind: 'list-comments', number: t.number }, err));
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
        return { ok: false, warnings: [apiFailureWarning(op, err)] };
    }
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



async function resolveTargets(s, c, api) {
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
        out.warnings.push(apiFailureWarning({ kind: 'list-issues' }, err));
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
        out.warnings.push(apiFailureWarning({ kind: 'get-pull-request', number }, err));
        return null;
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
async function publishRun(input, deps) {
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
        warnings.push(`Publishing the proof on GitHub failed: ${(0,errors/* errorMessage */.gJ)(err)}. The test verdict is not affected.`);
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

;// CONCATENATED MODULE: ./src/github/publish-cleanup.ts










function renderCleanupComment(marker, c) {
    return [
        renderMarker(marker),
        c.verified ? '' : renderCleanupAlert(c),
        `### Teardown of ${code(c.project)}: ${c.verified ? '✅ verified' : '❌ not clean'}`,
        renderCleanupSection(c),
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
                const resolved = await resolveTargets(settings, context, api);
                out.warnings.push(...resolved.warnings);
                targets = resolved.targets;
                const found = await findRunComments(api, targets, marker, settings.commentAuthor);
                out.warnings.push(...found.warnings);
                comments = found.found;
            }
            for (const posted of comments) {
                const res = await addCleanupToComment(api, posted, cleanup, redact, LIMITS.comment);
                out.warnings.push(...res.warnings);
                if (res.ok)
                    out.comments.push(posted);
            }
            if (comments.length === 0 && !cleanup.verified && wantsComment(settings.comment, true)) {
                // Nobody would hear of the leftovers otherwise. Main skips resolving targets
                // when it does not comment (on-failure, passed run): resolve them now.
                if (targets === null || targets.length === 0) {
                    const resolved = await resolveTargets(settings, context, api);
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
                        out.warnings.push(apiFailureWarning(op, err));
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
function serializePublishState(s) {
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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





function github_readGithubInputs(get = lib_core/* getInput */.V4) {
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
    const settings = parseGithubSettings(github_readGithubInputs());
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
const workspacePath = (p) => (0,external_node_path_.relative)(process.env.GITHUB_WORKSPACE || process.cwd(), p) || '.';
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
    const report = report_file_readReport(reportFile);
    if (report)
        writeReport(reportFile, gh.redactor.redactJson(report));
    const deps = await publishDeps(gh);
    const pub = await publishRun({ settings: gh.settings, context: gh.context, proof }, deps);
    lib_core/* saveState */.LZ(constants/* State */.Uw.Github, serializePublishState(pub.state));
    lib_core/* setOutput */.uH(constants/* Output */.k7.CommentUrl, pub.commentUrl ?? '');
    lib_core/* setOutput */.uH(constants/* Output */.k7.CheckRunUrl, pub.checkRunUrl ?? '');
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

;// CONCATENATED MODULE: ./src/action/state.ts
// The typed state shared by main and post (GITHUB_STATE -> STATE_* variables).



function saveRunState(state) {
    lib_core/* saveState */.LZ(constants/* State */.Uw.Run, JSON.stringify(state));
}
function loadRunState() {
    return parseRunState(core.getState(State.Run));
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/action/watchdog.ts
// Starts the watchdog from main: detached, its own process group, no stdio
// tied to main, so it outlives main and the runner's worker. It watches the
// worker (main's parent): if that dies, no post step will come.





function startWatchdog(state, maxAgeMs, logDir) {
    // dist/main/index.js -> dist/watchdog/index.js
    const bundle = (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), '..', 'watchdog', 'index.js');
    if (!(0,external_node_fs_.existsSync)(bundle)) {
        lib_core/* warning */.$e(`Watchdog not started: ${bundle} is missing.`);
        return;
    }
    const config = { state, watchPid: process.ppid, maxAgeMs, pollMs: 1000 };
    const log = (0,external_node_fs_.openSync)((0,external_node_path_.join)(logDir, `${state.project}.watchdog.log`), 'a');
    const child = (0,external_node_child_process_namespaceObject.spawn)(process.execPath, [bundle, JSON.stringify(config)], {
        detached: true,
        stdio: ['ignore', log, log],
    });
    child.unref();
    lib_core/* info */.pq(`Watchdog started (pid ${child.pid}), watching pid ${process.ppid}.`);
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
function run_state_parseRunState(text) {
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
            .addRaw([report.verified ? '' : renderCleanupAlert(report), renderCleanupSection(report)].join('\n\n'), true)
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
const list = (ports) => ports.length <= 1
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
    const several = `Service ${name} publishes container ports ${list(targets)}`;
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
        throw new InputError(`Invalid work order ${JSON.stringify(text.slice(0, 80))}. Expected letters, digits, - and _, starting with a letter or digit, at most 40 characters (e.g. WO-042).`);
    }
    // Otherwise `reap` would take the environment for a stale per-run project.
    if (RUN_STAMP_RE.test(normaliseProjectPart(text))) {
        throw new InputError(`Invalid work order ${JSON.stringify(text)}: it looks like the timestamp of a per-run project (yyyymmddThhmmssZ).`);
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
const IMAGE_COMMAND = (/* unused pure expression or super */ null && (['odoo']));
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
    const path = join(dir, `${project}.rtr-server.yml`);
    writeFileSync(path, JSON.stringify(override, null, 2));
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

;// CONCATENATED MODULE: ./src/main.ts
// The action's main step. Exported, not run on import, so tests and
// @github/local-action can call it; src/entries/main.ts runs it.














async function run(deps = defaultDeps(actionReporter())) {
    const abort = new AbortController();
    // A cancelled job gets SIGINT, then SIGTERM 7.5 s later, then SIGKILL: stop
    // the tests and tear down right away instead of waiting for the post step.
    const onSignal = (signal) => {
        lib_core/* warning */.$e(`Received ${signal}: stopping the run and tearing the project down now.`);
        abort.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    let state;
    let gh;
    try {
        const settings = parseSettings(readRawInputs(), actionContext());
        // Validates the GitHub inputs before Docker and, with a token, starts loading
        // Octokit in the background; publishProof awaits it after the verdict.
        gh = setupGithubProof();
        lib_core/* setOutput */.uH(constants/* Output */.k7.LogFile, settings.logFile);
        const outcome = await executeRun(settings, actionRunIds(), deps, {
            signal: abort.signal,
            saveState: (s) => {
                if (!state)
                    startWatchdog(s, settings.reapAfterMs, deps.tempDir);
                state = s;
                saveRunState(s);
                lib_core/* setOutput */.uH(constants/* Output */.k7.ProjectName, s.project);
                // Until Docker published it, the allocated port; then Docker's (empty: none).
                lib_core/* setOutput */.uH(constants/* Output */.k7.Port, s.port ?? '');
            },
        });
        const { report } = outcome;
        setReportOutputs(report, outcome.state.reportFile);
        await appendSummary(await publishProof(gh, await proofOf(outcome.state, outcome), outcome.state.reportFile));
        if (report.gate_status === 'PASS')
            lib_core/* info */.pq(`Gate passed: ${report.summary}.`);
        else
            lib_core/* setFailed */.C1(`Tests ${report.result}, gate FAIL: ${report.blocking_issues.join(' ')}`);
    }
    catch (err) {
        lib_core/* setOutput */.uH(constants/* Output */.k7.Result, 'error');
        lib_core/* setFailed */.C1((0,errors/* errorMessage */.gJ)(err));
        if (state) {
            setReportOutputs(writeErrorReport(state, (0,errors/* errorMessage */.gJ)(err)), state.reportFile);
            if (gh)
                await appendSummary(await publishProof(gh, await proofOf(state, undefined, (0,errors/* errorMessage */.gJ)(err)), state.reportFile));
        }
    }
    finally {
        if (abort.signal.aborted && state)
            await cleanUpNow(state, deps);
        // Bounded memory is a promise too (test output is streamed, never held).
        lib_core/* info */.pq(`Peak memory (RSS) of this step: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
async function appendSummary(markdown) {
    await lib_core/* summary */.z
        .addRaw(markdown, true)
        .write()
        .then(() => undefined)
        .catch((err) => lib_core/* warning */.$e(`Could not write the job summary: ${err.message}`));
}


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

/***/ 3838:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ core_debug),
  N4: () => (/* binding */ endGroup),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  q3: () => (/* binding */ getMultilineInput),
  Gu: () => (/* binding */ getState),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  lm: () => (/* binding */ notice),
  LZ: () => (/* binding */ saveState),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  Oh: () => (/* binding */ startGroup),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, exportVariable, getBooleanInput, getIDToken, markdownSummary, platform, setCommandEcho, toPlatformPath, toPosixPath, toWin32Path

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
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __nccwpck_require__(4942);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth = __nccwpck_require__(2145);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
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
        return __awaiter(this, void 0, void 0, function* () {
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
        return __awaiter(this, void 0, void 0, function* () {
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
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 2 modules
var lib_exec = __nccwpck_require__(5260);
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
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
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
        return file_command_issueFileCommand('STATE', file_command_prepareKeyValueMessage(name, value));
    }
    command_issueCommand('save-state', { name }, utils_toCommandValue(value));
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

/***/ }),

/***/ 5260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ exec)
});

// UNUSED EXPORTS: getExecOutput

// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __nccwpck_require__(5317);
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __nccwpck_require__(8701);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util = __nccwpck_require__(90);
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const IS_WINDOWS = process.platform === 'win32';
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
        if (IS_WINDOWS) {
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
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (IS_WINDOWS) {
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
        return __awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!io_util/* isRooted */.Qh(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield io/* which */.K7(this.toolPath, true);
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
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
                if (this.options.cwd && !(yield io_util/* exists */.t2(this.options.cwd))) {
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
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
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
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
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

/***/ }),

/***/ 2145:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   tZ: () => (/* binding */ BearerCredentialHandler)
/* harmony export */ });
/* unused harmony exports BasicCredentialHandler, PersonalAccessTokenCredentialHandler */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
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
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
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
        return __awaiter(this, void 0, void 0, function* () {
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
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map

/***/ }),

/***/ 4942:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient),
  Kg: () => (/* binding */ HttpClientError),
  Hv: () => (/* binding */ HttpCodes)
});

// UNUSED EXPORTS: Headers, HttpClientResponse, MediaTypes, getProxyUrl, isHttps

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
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
var tunnel = __nccwpck_require__(770);
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
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
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
class HttpClient {
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
        const proxyUrl = getProxyUrl(parsedUrl);
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
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
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
        const proxyUrl = getProxyUrl(parsedUrl);
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
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
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
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
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
        proxyAgent = new undici.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
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

/***/ }),

/***/ 90:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ mkdir),
/* harmony export */   H8: () => (/* binding */ IS_WINDOWS),
/* harmony export */   Qh: () => (/* binding */ isRooted),
/* harmony export */   rm: () => (/* binding */ rm),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   vr: () => (/* binding */ tryGetExecutablePath)
/* harmony export */ });
/* unused harmony exports chmod, copyFile, lstat, open, readdir, rename, rmdir, stat, symlink, unlink, readlink, UV_FS_O_EXLOCK, READONLY, isDirectory, getCmdPath */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9896);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs__WEBPACK_IMPORTED_MODULE_0__.promises;
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
    return __awaiter(this, void 0, void 0, function* () {
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
const READONLY = fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
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
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
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
    return __awaiter(this, void 0, void 0, function* () {
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
                const upperExt = path__WEBPACK_IMPORTED_MODULE_1__.extname(filePath).toUpperCase();
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
                        const directory = path__WEBPACK_IMPORTED_MODULE_1__.dirname(filePath);
                        const upperName = path__WEBPACK_IMPORTED_MODULE_1__.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = path__WEBPACK_IMPORTED_MODULE_1__.join(directory, actualName);
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

/***/ }),

/***/ 8701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ which),
/* harmony export */   U$: () => (/* binding */ mkdirP),
/* harmony export */   Yz: () => (/* binding */ rmRF)
/* harmony export */ });
/* unused harmony exports cp, mv, findInPath */
/* harmony import */ var assert__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2613);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6928);
/* harmony import */ var _io_util_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(90);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
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
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
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
            yield copyFile(source, newDest, force);
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
    return __awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
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
    return __awaiter(this, void 0, void 0, function* () {
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__.rm(inputPath, {
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
    return __awaiter(this, void 0, void 0, function* () {
        (0,assert__WEBPACK_IMPORTED_MODULE_0__.ok)(fsPath, 'a path argument must be provided');
        yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .mkdir */ .Ck(fsPath, { recursive: true });
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
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8) {
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
    return __awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_WINDOWS */ .H8 && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (_io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .isRooted */ .Qh(tool)) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
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
            for (const p of process.env.PATH.split(path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield _io_util_js__WEBPACK_IMPORTED_MODULE_2__/* .tryGetExecutablePath */ .vr(path__WEBPACK_IMPORTED_MODULE_1__.join(directory, tool), extensions);
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
    return __awaiter(this, void 0, void 0, function* () {
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
                yield copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function copyFile(srcFile, destFile, force) {
    return __awaiter(this, void 0, void 0, function* () {
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
/******/ var __webpack_exports__ = __nccwpck_require__(9719);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
