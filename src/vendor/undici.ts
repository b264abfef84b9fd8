// Stands in for undici in the bundles (src/tsconfig.json `paths`). The action
// imports @actions/core, which imports undici only for its OIDC client
// (core -> oidc-utils -> @actions/http-client's ProxyAgent), never used here:
// evaluating undici's 939 KB cost ~90 ms of each start-up, paid by main and
// post. The real package is now a chunk of its own, loaded by loadUndici(),
// which src/action/proof.ts awaits before it imports the Octokit side:
// @actions/github's fetch, and @actions/http-client's `new ProxyAgent` (which
// @actions/github runs as it is imported when a proxy is set), run only after
// that. test/unit/vendor/aliases.test.ts fails when an importer starts using a
// name this file does not export.
import type * as Undici from 'undici/index.js'
import { onDemand } from './on-demand.js'

const undici = onDemand('undici', 'loadUndici() (src/vendor/undici.ts)', async () => {
  // A subpath: the alias matches 'undici' exactly, so this is the real package
  // (it has no exports map), and webpack makes the dynamic import a chunk.
  const m = await import('undici/index.js')
  return (m.default ?? m) as unknown as typeof Undici
})

export const loadUndici = undici.load

export const fetch: typeof Undici.fetch = (...args) => undici.get().fetch(...args)

/** `new ProxyAgent(...)` builds the real one (a constructor may return another object). */
export const ProxyAgent = class ProxyAgent {
  constructor(...args: ConstructorParameters<typeof Undici.ProxyAgent>) {
    return new (undici.get().ProxyAgent)(...args)
  }
} as unknown as typeof Undici.ProxyAgent
