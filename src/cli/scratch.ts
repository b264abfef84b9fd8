// Files the engine generates for one command (the compose labels override)
// live in a directory of this process, removed when the command ends: unlike
// a CI runner's temp dir, nothing cleans a laptop's /tmp between commands.
// Compose only reads the override at `up`; later commands use the files that
// are left (engine/environments.ts projectTarget).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Scratch {
  /** Created on first use. */
  path(): string
  remove(): void
}

export function scratchDir(base: string = tmpdir()): Scratch {
  let dir: string | undefined
  return {
    path: () => (dir ??= mkdtempSync(join(base, 'rtr-cli-'))),
    remove: () => {
      if (dir) rmSync(dir, { recursive: true, force: true })
      dir = undefined
    },
  }
}
