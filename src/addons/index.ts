// Odoo addon knowledge in one place (shared by the plan and the template
// cache): manifests read as Python literals, the addons of addons
// directories, and Odoo's install closure and reverse dependencies.
export { parseManifest, ManifestError, MANIFEST_FILE, type Manifest } from './manifest.js'
export { parsePyLiteral, PyLiteralError, type PyValue } from './python-literal.js'
export {
  discoverAddons,
  nodeFs,
  memoryFs,
  type Addon,
  type Addons,
  type AddonsFs,
  type Discovery,
} from './discover.js'
export {
  dependencyClosure,
  templateClosure,
  dependentsOf,
  assertNoCycle,
  DependencyError,
  BASE,
  type TemplateClosure,
} from './closure.js'
