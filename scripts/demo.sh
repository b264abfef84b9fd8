#!/usr/bin/env bash
# `npm run demo`: the main job on the built-in stand-ins, with no network
# (after the first image build, which needs Debian's apt repository once):
# the fixture images, then a run of the example addon examples/addons/demo_pass
# in a throw-away compose project, its verdict, and the cleanup proof
# (`docker ps -a | grep <prefix>` empty). Exit code: the run's.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash test/fixtures/build-images.sh
[[ -f dist/cli/index.js ]] || npm run build

prefix=demo-agent-test
module=${1:-demo_pass}
echo
echo "== resilient-test-runner run $module (stand-in Odoo 18 + real Postgres 15) =="
set +e
node dist/cli/index.js run "$module" \
  --compose-file test/fixtures/compose.test.yml,test/fixtures/compose.examples.yml \
  --project-prefix "$prefix" --cache off --log-file "${TMPDIR:-/tmp}/rtr-demo.log"
code=$?
set -e
echo
echo "== cleanup proof: docker ps -a | grep $prefix =="
if docker ps -a --format '{{.Names}}' | grep -- "$prefix"; then
  echo "LEFT BEHIND: the containers above" >&2
  exit 1
fi
echo "(empty: nothing of the run is left)"
echo "Run exit code: $code (proof log: ${TMPDIR:-/tmp}/rtr-demo.log)"
exit "$code"
