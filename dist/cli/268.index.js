export const id = 268;
export const ids = [268];
export const modules = {

/***/ 3453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kT: () => (/* binding */ ProxyAgent)
/* harmony export */ });
/* unused harmony exports loadUndici, fetch */
/* harmony import */ var _on_demand_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3453);

const undici = (0,_on_demand_js__WEBPACK_IMPORTED_MODULE_0__/* .onDemand */ .h)('undici', 'loadUndici() (src/vendor/undici.ts)', async () => {
    // A subpath: the alias matches 'undici' exactly, so this is the real package
    // (it has no exports map), and webpack makes the dynamic import a chunk.
    const m = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19));
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


/***/ })

};
