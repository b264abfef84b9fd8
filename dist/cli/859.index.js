export const id = 859;
export const ids = [859];
export const modules = {

/***/ 4859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GithubStore: () => (/* binding */ GithubStore),
  isGithubCacheAvailable: () => (/* binding */ isGithubCacheAvailable),
  loadActionsCache: () => (/* binding */ loadActionsCache)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/template-cache/core-output.ts
// @actions/cache reports through @actions/core, and @actions/core writes to
// process.stdout: info lines as they are, warnings and errors as `::warning::`
// and `::error::` workflow commands, details as `::debug::`. It never throws
// for a failed restore or save: it logs and returns "no hit" (undefined) or
// "not saved" (-1). The store's contract is different: warnings go through
// the caller's `warn` (the CLI has no workflow commands, and its `--json`
// result is stdout), and a key another job saved first is an info line, which
// only the debug line tells apart from a service failure. So while one cache
// call runs, process.stdout.write is routed line by line: warnings and errors
// are collected, debug lines are collected (and passed through as they were
// when RUNNER_DEBUG=1, where the runner shows them), other workflow commands
// pass through untouched (`::add-mask::` of the signed URLs' signatures must
// reach the runner, and must never become a log line), anything else goes to
// `info`. Calls are serialised, so two captures never nest. Output from other
// code in the same process while a call runs (the engine's own log lines) goes
// to `info` too, unchanged; its warnings would be reported as the cache's.
let queue = Promise.resolve();
/** Runs `call` with @actions/core's stdout routed (see above); one call at a time. */
function withCoreOutput(call, info) {
    const run = async () => {
        const output = { warnings: [], debug: [] };
        const stdout = process.stdout;
        const original = stdout.write;
        const passThrough = (line) => original.call(stdout, `${line}\n`);
        stdout.write = ((chunk, ...rest) => {
            const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
            for (const line of text.split(/\r?\n/)) {
                if (line)
                    route(line, output, info, passThrough);
            }
            const done = rest.find((r) => typeof r === 'function');
            done?.();
            return true;
        });
        try {
            return { result: await call(), output };
        }
        finally {
            stdout.write = original;
        }
    };
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
}
const COMMAND = /^::([a-z-]+)(?: [^:]*)?::(.*)$/;
function route(line, output, info, passThrough) {
    const m = COMMAND.exec(line);
    if (!m)
        return info(line);
    const message = unescapeData(m[2] ?? '');
    if (m[1] === 'warning' || m[1] === 'error')
        output.warnings.push(message);
    else if (m[1] !== 'debug')
        passThrough(line);
    else {
        output.debug.push(message);
        if (process.env['RUNNER_DEBUG'] === '1')
            passThrough(line);
    }
}
/** The inverse of @actions/core's escapeData (`%`, CR, LF). */
function unescapeData(s) {
    return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

// EXTERNAL MODULE: ./src/template-cache/store.ts
var store = __webpack_require__(9368);
;// CONCATENATED MODULE: ./src/template-cache/github-store.ts
// The GitHub Actions cache as a template store, through the official
// @actions/cache. That package (with the Azure storage SDK it brings) is a
// chunk of the bundles loaded on first use, never at start.
//
// @actions/cache archives paths, not a directory of the caller's choice: it
// tars the given paths relative to GITHUB_WORKSPACE (-P), extracts them back
// to the same place, and hashes the path strings into the entry's version. So
// an entry is staged at a path that depends on its key only,
// `<staging root>/<sha256(key)>`, by both the saving and the restoring job
// (the staging root defaults to the runner's temp directory, the same path on
// every hosted runner), and moved into the caller's directory after a restore.
// Whatever the service, the archive or the move did, a restored entry is used
// only when verifyEntry agrees with its manifest.






/** Loads @actions/cache (a chunk of its own in the bundles) once. */
let loading;
function loadActionsCache() {
    loading ??= Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(329), __webpack_require__.e(268)]).then(__webpack_require__.bind(__webpack_require__, 5329)).catch((e) => {
        loading = undefined;
        throw e;
    });
    return loading;
}
/**
 * Whether this job can use the GitHub Actions cache (for `cache: auto`):
 * @actions/cache's own check of the runner's environment (on today's runners,
 * ACTIONS_CACHE_SERVICE_V2 and ACTIONS_RESULTS_URL). Loads the chunk.
 */
async function isGithubCacheAvailable() {
    try {
        return (await loadActionsCache()).isFeatureAvailable();
    }
    catch {
        return false;
    }
}
class GithubStore {
    kind = 'github';
    stagingRoot;
    info;
    constructor(options = {}) {
        this.stagingRoot =
            options.stagingRoot ?? (0,external_node_path_.join)(process.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'rtr-template-cache');
        const stdout = process.stdout.write.bind(process.stdout);
        this.info = options.info ?? ((line) => void stdout(`${line}\n`));
    }
    /** The staging path of `key`: a function of the key alone, and never a glob. */
    stagingPath(key) {
        return (0,external_node_path_.join)(this.stagingRoot, (0,external_node_crypto_.createHash)('sha256').update(key).digest('hex'));
    }
    async restore(key, dir, warn) {
        const stage = this.stagingPath(key);
        try {
            const cache = await loadActionsCache();
            if (!available(cache, warn))
                return false;
            await (0,promises_.rm)(stage, { recursive: true, force: true });
            const { result: hit, output } = await withCoreOutput(() => cache.restoreCache([stage], key), this.info);
            for (const w of output.warnings)
                warn(`GitHub cache, restore of ${key}: ${w}`);
            if (hit === undefined)
                return false;
            if (hit !== key) {
                warn(`GitHub cache: asked for ${key}, got ${hit}; not used, building anew.`);
                return false;
            }
            await moveInto(stage, dir);
            const checked = await (0,store/* verifyEntry */.i)(dir, key);
            if (!checked.ok) {
                warn(`GitHub cache entry ${key} is unusable (${checked.reason}); building anew.`);
                await emptyDir(dir);
                return false;
            }
            return true;
        }
        catch (e) {
            warn(`GitHub cache: restore of ${key} failed (${e.message}); building anew.`);
            await emptyDir(dir).catch(() => undefined);
            return false;
        }
        finally {
            await (0,promises_.rm)(stage, { recursive: true, force: true }).catch(() => undefined);
        }
    }
    async save(key, dir, warn) {
        const stage = this.stagingPath(key);
        try {
            const cache = await loadActionsCache();
            if (!available(cache, warn))
                return;
            await (0,promises_.rm)(stage, { recursive: true, force: true });
            await linkTree(dir, stage);
            const { result: id, output } = await withCoreOutput(() => cache.saveCache([stage], key), this.info);
            for (const w of output.warnings)
                warn(`GitHub cache, save of ${key}: ${w}`);
            if (id !== -1 || output.warnings.length > 0)
                return;
            const failure = reserveFailure(output);
            if (failure === undefined || /\(409\)|already exists/i.test(failure))
                this.info(`GitHub cache: ${key} is already saved (another job saved it first).`);
            else
                warn(`GitHub cache, save of ${key}: ${failure}`);
        }
        catch (e) {
            warn(`GitHub cache: save of ${key} failed (${e.message}); the run goes on.`);
        }
        finally {
            await (0,promises_.rm)(stage, { recursive: true, force: true }).catch(() => undefined);
        }
    }
}
/**
 * Without the service's URL @actions/cache would retry for seconds before
 * giving up (`cache: github` in a job that has no cache): say so at once.
 */
function available(cache, warn) {
    if (cache.isFeatureAvailable())
        return true;
    warn('GitHub cache: this job has no cache service (no ACTIONS_RESULTS_URL, as GitHub gives JavaScript actions on its runners); running without it.');
    return false;
}
/**
 * @actions/cache turns every failure of CreateCacheEntry (a 409 because the
 * key exists, but also a 500 after its retries, or a refused token) into the
 * same info line; only its debug line says which.
 */
function reserveFailure(output) {
    const line = output.debug.find((d) => d.startsWith('Failed to reserve cache:'));
    return line?.replace(/^Failed to reserve cache:\s*(Error:\s*)?/, '');
}
/** Hard links of `from`'s files at `to` (a copy across file systems): staging costs no copy. */
async function linkTree(from, to) {
    await (0,promises_.mkdir)(to, { recursive: true });
    for (const e of await (0,promises_.readdir)(from, { withFileTypes: true })) {
        const [src, dest] = [(0,external_node_path_.join)(from, e.name), (0,external_node_path_.join)(to, e.name)];
        if (e.isDirectory())
            await linkTree(src, dest);
        else
            await (0,promises_.link)(src, dest).catch(() => (0,promises_.cp)(src, dest));
    }
}
/** Moves `from`'s children into `to` (copies across file systems). */
async function moveInto(from, to) {
    await (0,promises_.mkdir)(to, { recursive: true });
    for (const name of await (0,promises_.readdir)(from)) {
        const [src, dest] = [(0,external_node_path_.join)(from, name), (0,external_node_path_.join)(to, name)];
        await (0,promises_.rename)(src, dest).catch(async (e) => {
            if (e.code !== 'EXDEV')
                throw e;
            await (0,promises_.cp)(src, dest, { recursive: true });
        });
    }
}
async function emptyDir(dir) {
    for (const name of await (0,promises_.readdir)(dir).catch(() => []))
        await (0,promises_.rm)((0,external_node_path_.join)(dir, name), { recursive: true, force: true });
}


/***/ })

};
