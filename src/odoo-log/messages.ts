// Recognisers for the Odoo messages that matter to a verdict. Each takes a
// record's first message line and returns null when it does not apply.
// Wording comes from odoo/tests/result.py, odoo/tests/suite.py,
// odoo/modules/loading.py, odoo/modules/module.py and odoo/service/server.py (16-18).

import type { FailureKind } from './types.js'

// `%s when loading database %r` with `<F> failed, <E> error(s) of <N> tests`; newer
// series may append details before ` when loading`, hence the lazy `.*?`.
const RESULT_RE =
  /^(\d+) failed, (\d+) error\(s\) of (\d+) tests?\b.*? when loading database (['"])(.*)\4$/
// `odoo.tests.stats`: `%s: %d tests %.2fs %d queries`
const STATS_RE = /^([\w-]+): (\d+) tests? [\d.]+s \d+ quer(?:y|ies)$/
// `Module %s: %d failures, %d errors of %d tests` (14+); `Module %s: %d failures, %d errors` (<=13)
const MODULE_RE = /^Module (\S+): (\d+) failures?, (\d+) errors?(?: of (\d+) tests?)?/
const FAILURE_RE = /^(FAIL|ERROR): (.+)$/
const SUBTEST_RE = /^Subtest (\S+)\.([^.\s]+)(?: (.*))?$/
const FIXTURE_RE = /^(setUpClass|tearDownClass|setUpModule|tearDownModule) \((\S+)\)$/
const METHOD_RE = /^(\S+)\.([^.\s]+)$/
const ADDONS_LOGGER_RE = /^odoo\.addons\.([^.]+)(?:\.|$)/
const TEST_LOGGER_RE =
  /^(?:odoo\.addons\.[^.]+\.tests(?:\.|$)|odoo\.tests(?:\.|$)|unittest(?:\.|$))/
const STARTING_RE = /^Starting (.+) \.\.\.$/
const INVALID_MODULES_RE = /^invalid module names, ignored: (.*)$/
const COULD_NOT_LOAD_RE = /^Couldn't load (?:web )?module (\S+)/

export interface ResultMatch {
  failed: number
  errors: number
  total: number
  db: string
}

export function matchResult(message: string): ResultMatch | null {
  const m = RESULT_RE.exec(message)
  if (!m) return null
  return { failed: Number(m[1]), errors: Number(m[2]), total: Number(m[3]), db: m[5] as string }
}

export function matchStats(
  logger: string,
  message: string,
): { module: string; tests: number } | null {
  if (logger !== 'odoo.tests.stats') return null
  const m = STATS_RE.exec(message)
  return m ? { module: m[1] as string, tests: Number(m[2]) } : null
}

export interface ModuleLineMatch {
  module: string
  failed: number
  errors: number
  tests: number | null
}

export function matchModuleLine(message: string): ModuleLineMatch | null {
  const m = MODULE_RE.exec(message)
  if (!m) return null
  const tests = m[4] === undefined ? null : Number(m[4])
  return { module: m[1] as string, failed: Number(m[2]), errors: Number(m[3]), tests }
}

/** Technical module name from a logger such as `odoo.addons.sale.tests.test_x`. */
export function moduleFromLogger(logger: string): string | null {
  const m = ADDONS_LOGGER_RE.exec(logger)
  return m ? (m[1] as string) : null
}

export function isTestLogger(logger: string): boolean {
  return TEST_LOGGER_RE.test(logger)
}

export interface FailureHeading {
  kind: FailureKind
  className: string | null
  method: string | null
  subtest: string | null
  /** Module named inside the description (fixture errors), when the logger does not say. */
  module: string | null
}

function unwrapParens(s: string): string {
  return /^\([^()]*\)$/.test(s) ? s.slice(1, -1) : s
}

/** `FAIL: Class.method`, `ERROR: Subtest Class.method (i=1)`, `ERROR: setUpClass (odoo.addons.m.tests.t.Class)`. */
export function matchFailureHeading(message: string): FailureHeading | null {
  const m = FAILURE_RE.exec(message)
  if (!m) return null
  const flavour = m[1] as 'FAIL' | 'ERROR'
  const description = (m[2] as string).trim()
  const sub = SUBTEST_RE.exec(description)
  if (sub) {
    const params = sub[3] === undefined ? null : unwrapParens(sub[3].trim())
    return {
      kind: flavour,
      className: sub[1] as string,
      method: sub[2] as string,
      subtest: params,
      module: null,
    }
  }
  const fixture = FIXTURE_RE.exec(description)
  if (fixture) {
    const name = fixture[1] as string
    const dotted = fixture[2] as string
    const module = moduleFromLogger(dotted)
    if (name === 'setUpModule' || name === 'tearDownModule') {
      return { kind: flavour, className: null, method: name, subtest: null, module }
    }
    const className = dotted.slice(dotted.lastIndexOf('.') + 1)
    if (name === 'setUpClass')
      return { kind: 'setUpClass', className, method: null, subtest: null, module }
    return { kind: flavour, className, method: name, subtest: null, module }
  }
  const method = METHOD_RE.exec(description)
  if (method) {
    return {
      kind: flavour,
      className: method[1] as string,
      method: method[2] as string,
      subtest: null,
      module: null,
    }
  }
  return { kind: flavour, className: description, method: null, subtest: null, module: null }
}

export function matchStarting(message: string): boolean {
  return STARTING_RE.test(message)
}

export function matchInvalidModules(message: string): string[] | null {
  const m = INVALID_MODULES_RE.exec(message)
  if (!m) return null
  return (m[1] as string)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

export interface CrashMatch {
  module: string | null
}

/** CRITICAL records that mean the install/load crashed (exit 255, no result line). */
export function matchCrash(message: string): CrashMatch | null {
  const m = COULD_NOT_LOAD_RE.exec(message)
  if (m) return { module: m[1] as string }
  if (message.startsWith('Failed to initialize database')) return { module: null }
  return null
}

export function isModulesLoaded(message: string): boolean {
  return message === 'Modules loaded.'
}

export function isAtLeastOneTestFailed(message: string): boolean {
  return message.startsWith('At least one test failed')
}
