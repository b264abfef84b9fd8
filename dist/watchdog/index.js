import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8225:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _2: () => (/* binding */ addCleanup),
  tL: () => (/* binding */ readReport),
  u5: () => (/* binding */ writeReport)
});

// UNUSED EXPORTS: reportPathFor, writeErrorReport

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

// EXTERNAL MODULE: ./src/verdict/report.ts + 1 modules
var verdict_report = __nccwpck_require__(7112);
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
    const updated = (0,verdict_report/* withCleanup */.V1)(report, cleanupRecord(cleanup));
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
    });
    writeReport(state.reportFile, report);
    return report;
}


/***/ }),

/***/ 5039:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ targetOf),
/* harmony export */   Q: () => (/* binding */ parseRunState)
/* harmony export */ });
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


/***/ }),

/***/ 7701:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _esm_shim_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8796);
/* harmony import */ var _watchdog_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4235);
// Bundle entry of the watchdog process: only dispatches.


await (0,_watchdog_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)(process.argv[2]);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

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

/***/ 7112:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  FK: () => (/* binding */ buildReport),
  V1: () => (/* binding */ withCleanup)
});

// UNUSED EXPORTS: formatSummaryLine

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
        coverage,
        lint,
        blocking_issues: blocking,
        exit_code: input.exitCode,
        duration_s: Math.round(input.durationS * 10) / 10,
        result: verdict.result,
        modules: [...input.modules],
    };
}
/** Adds the post step's cleanup record; the rest of the report is left as it was. */
function withCleanup(report, cleanup) {
    return { ...report, cleanup: { ...cleanup } };
}


/***/ }),

/***/ 4235:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/engine/run-state.ts
var run_state = __nccwpck_require__(5039);
// EXTERNAL MODULE: ./src/engine/report-file.ts + 1 modules
var report_file = __nccwpck_require__(8225);
;// CONCATENATED MODULE: ./src/engine/watchdog.ts
// The watchdog: a small detached process main starts, for the case the post
// step never comes (the runner itself SIGKILLed, the machine's job agent
// gone). It watches a process (the runner's worker, main's parent) and the
// report: when post records a verified cleanup it exits; when the watched
// process is gone, or the run outlives reap-after, it tears the project down.
// The teardown comes in as a function: the watchdog process loads the Docker
// side only when it calls it (src/watchdog.ts), so idling costs little CPU.

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
        const verified = (0,report_file/* readReport */.tL)(config.state.reportFile)?.cleanup?.verified === true;
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
// the Docker code it needs only to tear down is loaded when it does.


const stamp = () => new Date().toISOString();
const lineReporter = {
    info: (m) => console.log(`${stamp()} ${m}`),
    warning: (m) => console.log(`${stamp()} warning: ${m}`),
    group: (_t, fn) => fn(),
    output: () => undefined, // compose's own progress lines are noise here
};
async function run(arg) {
    const raw = JSON.parse(arg ?? '{}');
    const state = (0,run_state/* parseRunState */.Q)(JSON.stringify(raw.state));
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
    const tearDown = async (s) => {
        const { tearDownRun } = await __nccwpck_require__.e(/* import() */ 780).then(__nccwpck_require__.bind(__nccwpck_require__, 8780));
        return tearDownRun(s, lineReporter);
    };
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

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

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
