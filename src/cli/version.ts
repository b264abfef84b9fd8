// The version printed by --version. The JSON import is inlined by the bundler
// (only the version string survives), so dist/cli/index.js needs no
// package.json next to it, from a clone or from an installed package.
import pkg from '../../package.json' with { type: 'json' }

export const VERSION: string = pkg.version
