// Must be the first import of every bundled entry point. ncc emits an ES
// module bundle (the @actions packages are ESM-only), but dockerode pulls in
// ssh2, whose emscripten code reads `__dirname` while it loads; ES modules have
// no such global, and the bundle would die at start with a ReferenceError.
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const g = globalThis as { __dirname?: string; __filename?: string }
const here = fileURLToPath(import.meta.url)
g.__filename ??= here
g.__dirname ??= dirname(here)
