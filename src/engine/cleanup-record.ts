// The cleanup part of the JSON report: what teardown found and removed, and
// whether a final listing proved nothing is left. One mapping for the action's
// report file and the CLI's --json output.
import type { ReportCleanup } from '../verdict/report.js'
import type { CleanupReport } from './teardown.js'

export function cleanupRecord(c: CleanupReport): ReportCleanup {
  return {
    containers: c.before.containers.length,
    networks: c.before.networks.length,
    volumes: c.before.volumes.length,
    verified: c.verified,
  }
}
