export const id = 184;
export const ids = [184];
export const modules = {

/***/ 5184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionGithubApi: () => (/* binding */ actionGithubApi)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
;// CONCATENATED MODULE: ./src/github/api.ts
const comment = (c) => ({
    id: c.id,
    body: c.body ?? '',
    htmlUrl: c.html_url,
    user: c.user ? { login: c.user.login, type: c.user.type } : null,
});
const checkRun = (r) => ({
    id: r.id,
    htmlUrl: r.html_url ?? '',
    output: {
        title: r.output?.title ?? null,
        summary: r.output?.summary ?? null,
        text: r.output?.text ?? null,
    },
});
function octokitApi(octokit, repo) {
    const { owner, repo: name } = repo;
    const base = { owner, repo: name };
    const rest = octokit.rest;
    return {
        async listOpenIssues() {
            const issues = await octokit.paginate(rest.issues.listForRepo, {
                ...base,
                state: 'open',
                per_page: 100,
            });
            return issues
                .filter((i) => !i.pull_request)
                .map((i) => ({ number: i.number, title: i.title, isPullRequest: false }));
        },
        async getPullRequest(number) {
            const { data } = await rest.pulls.get({ ...base, pull_number: number });
            return { number: data.number, body: data.body, headSha: data.head.sha };
        },
        async listComments(issue) {
            const all = await octokit.paginate(rest.issues.listComments, {
                ...base,
                issue_number: issue,
                per_page: 100,
            });
            return all.map(comment);
        },
        async getComment(id) {
            return comment((await rest.issues.getComment({ ...base, comment_id: id })).data);
        },
        async createComment(issue, body) {
            return comment((await rest.issues.createComment({ ...base, issue_number: issue, body })).data);
        },
        async updateComment(id, body) {
            return comment((await rest.issues.updateComment({ ...base, comment_id: id, body })).data);
        },
        async createCheckRun(r) {
            const { data } = await rest.checks.create({
                ...base,
                name: r.name,
                head_sha: r.headSha,
                status: 'completed',
                conclusion: r.conclusion,
                started_at: r.startedAt,
                completed_at: r.completedAt,
                details_url: r.detailsUrl,
                output: r.output,
            });
            return checkRun(data);
        },
        async updateCheckRun(id, u) {
            const { data } = await rest.checks.update({
                ...base,
                check_run_id: id,
                ...(u.conclusion ? { conclusion: u.conclusion } : {}),
                output: u.output,
            });
            return checkRun(data);
        },
        async getCheckRun(id) {
            return checkRun((await rest.checks.get({ ...base, check_run_id: id })).data);
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/octokit.ts
// The Octokit the action talks to GitHub with: GITHUB_API_URL (GitHub
// Enterprise), GitHub's write spacing and rate limits (plugin-throttling), and
// retries of server errors (plugin-retry). Timing is injectable so tests of a
// 500-then-success run in milliseconds.



const GITHUB_TIMING = {
    retryAfterBaseMs: 1000,
    retries: 3,
    maxRateLimitWaitS: 120,
    rateLimitRetries: 2,
};
function createOctokit(token, opts = {}) {
    const timing = opts.timing ?? GITHUB_TIMING;
    const log = opts.log ?? { debug: () => { }, warning: () => { } };
    const onLimit = (kind) => (retryAfter, options, _o, count) => {
        const again = count < timing.rateLimitRetries && retryAfter <= timing.maxRateLimitWaitS;
        log.warning(`GitHub ${kind} rate limit on ${options.method} ${options.url}: ${again ? `retrying in ${retryAfter} s` : 'giving up'}.`);
        return again;
    };
    const throttle = {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        retryAfterBaseValue: timing.retryAfterBaseMs,
        ...timing.throttle,
    };
    return (0,github/* getOctokit */.Q)(token, {
        baseUrl: (opts.apiUrl || 'https://api.github.com').replace(/\/+$/, ''),
        throttle,
        retry: { retries: timing.retries, retryAfterBaseValue: timing.retryAfterBaseMs },
        log: {
            debug: (m) => log.debug(m),
            info: (m) => log.debug(m),
            warn: (m) => log.warning(m),
            error: (m) => log.debug(m),
        },
    }, plugin_throttling_dist_bundle/* throttling */.A, dist_bundle/* retry */.L);
}

;// CONCATENATED MODULE: ./src/action/github-api.ts
// The GitHub API client of the action: Octokit (with @actions/github, its
// plugins and undici) behind src/github's narrow interface. Only ever loaded
// through a dynamic import() (proof.ts), so a bundle pays for it in the
// background and a run without a token not at all, and only once undici is
// loaded (src/vendor/undici.ts): @actions/github builds its fetch, and behind
// a proxy a `new ProxyAgent`, as it is imported.



function actionGithubApi(token, ctx, redactor) {
    return octokitApi(createOctokit(token, {
        apiUrl: ctx.apiUrl,
        log: { debug: (m) => core/* debug */.Yz(m), warning: (m) => core/* warning */.$e(redactor.redact(m)) },
    }), ctx);
}


/***/ })

};
