// Stands in for dockerode's BuildKit dependencies in the bundles
// (src/tsconfig.json `paths`): @grpc/grpc-js and @grpc/proto-loader, which
// lib/session.js requires at its top for BuildKit sessions (buildImage with
// version "2"), and protobufjs, which lib/buildkit.js requires to decode
// BuildKit output (docker.followProgress). This action never builds images nor
// follows progress: grpc cost ~74 ms of dockerode's load, and the three are
// ~1.4 MB of each bundle, so none is bundled. Those files only read these
// names when a session starts or output is decoded; each then throws.
// test/unit/vendor/aliases.test.ts fails when they start using another name.

function notBundled(): never {
  throw new Error(
    "dockerode's BuildKit support (@grpc/grpc-js, @grpc/proto-loader, protobufjs) is not bundled with resilient-test-runner, which never builds images",
  )
}

// @grpc/grpc-js
export class Server {
  constructor() {
    notBundled()
  }
}
export const ServerCredentials = { createInsecure: notBundled }
export const loadPackageDefinition = notBundled

// @grpc/proto-loader, protobufjs
export const loadSync = notBundled
