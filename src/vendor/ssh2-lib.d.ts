// The real ssh2 under a subpath (src/vendor/ssh2.ts loads it so, past the
// bundles' alias), typed with the little the stand-in needs. Not
// `import('ssh2')` types: in the bundle build 'ssh2' is the stand-in itself.
declare module 'ssh2/lib/index.js' {
  import type { EventEmitter } from 'node:events'
  export type SshClient = EventEmitter
  export const Client: new () => SshClient
  const ssh2: { Client: typeof Client }
  export default ssh2
}
