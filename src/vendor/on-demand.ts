// The common part of the stand-ins in this folder: a package the bundles load
// as a chunk of its own when asked (load), then use synchronously (get),
// because the code that imports it (in node_modules) uses it synchronously.
// A use before the load is a bug of this project, never of the caller: the
// error says which load was missing instead of failing deep inside a request.

export interface OnDemand<T> {
  /** Loads the package once; later calls return the same promise (a failed load is retried). */
  load: () => Promise<void>
  /** The loaded package; throws if load() has not completed. */
  get: () => T
}

export function onDemand<T>(name: string, loader: string, load: () => Promise<T>): OnDemand<T> {
  let loaded: T | undefined
  let loading: Promise<void> | undefined
  return {
    load: () =>
      (loading ??= load().then(
        (m) => {
          loaded = m
        },
        (err: unknown) => {
          loading = undefined
          throw err
        },
      )),
    get() {
      if (loaded === undefined)
        throw new Error(
          `${name} was used before it was loaded: the bundles load it on demand, and ${loader} must be awaited first`,
        )
      return loaded
    },
  }
}
