// A private tag of the Odoo fixture image for the tests of the template cache.
// The key holds the image ID, and on a shared machine another checkout's
// build-images.sh may rebuild rtr-fixture-odoo:18 between two runs of a test
// (a new ID: a correct miss, but not the case under test). Only the tag is
// removed afterwards, never an image.
import { execFileSync, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'

export const FIXTURE_ODOO_IMAGE = 'rtr-fixture-odoo:18'

export function pinImage(): { image: string; release: () => void } {
  const image = `${FIXTURE_ODOO_IMAGE}-pin-${randomBytes(4).toString('hex')}`
  execFileSync('docker', ['tag', FIXTURE_ODOO_IMAGE, image])
  return { image, release: () => void spawnSync('docker', ['rmi', '--no-prune', image]) }
}
