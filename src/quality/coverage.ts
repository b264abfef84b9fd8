// Coverage of the module's own code, measured inside the service: the test
// command runs under `coverage run --include=/mnt/extra-addons/<module>/*`,
// then `coverage json` gives the total. The data file goes to /tmp: the
// addons mount is often read-only and the image's user owns little else.
export const COVERAGE_DIR = '/tmp/rtr-coverage'
export const COVERAGE_DATA = `${COVERAGE_DIR}/.coverage`
export const COVERAGE_JSON = `${COVERAGE_DIR}/coverage.json`

/**
 * argv (after `exec -T <service>`) that runs Odoo under coverage. The official
 * entrypoint adds the database arguments only when it runs `odoo` itself, so
 * they are added here from the same HOST/PORT/USER/PASSWORD variables. The
 * script is a constant; modules and arguments arrive as positional parameters
 * ("$@"), never inside the script text.
 */
export function coverageTestCommand(modules: string[], odooArgs: string[]): string[] {
  const include = modules.map((m) => `/mnt/extra-addons/${m}/*`).join(',')
  const script = [
    `mkdir -p ${COVERAGE_DIR}`,
    'include="$1"; shift',
    `exec coverage run --data-file=${COVERAGE_DATA} --include="$include" "$(command -v odoo)" "$@"` +
      ' --db_host "${HOST:-db}" --db_port "${PORT:-5432}" --db_user "${USER:-odoo}" --db_password "${PASSWORD:-odoo}"',
  ].join('\n')
  return ['sh', '-c', script, 'rtr-coverage', include, ...odooArgs]
}

/** As root: coverage must be there before the run; pip only when it is missing. */
export const INSTALL_COVERAGE = [
  'sh',
  '-c',
  'command -v coverage >/dev/null 2>&1 || pip3 install --quiet --break-system-packages coverage || pip3 install --quiet coverage',
]

export const COVERAGE_REPORT = [
  'sh',
  '-c',
  `coverage json --data-file=${COVERAGE_DATA} -o ${COVERAGE_JSON} >/dev/null && cat ${COVERAGE_JSON}`,
]

/** The total from `coverage json`; null when the output is not what coverage writes. */
export function parseCoverageJson(text: string): number | null {
  try {
    const data = JSON.parse(text) as { totals?: { percent_covered?: unknown } }
    const pct = data.totals?.percent_covered
    return typeof pct === 'number' && Number.isFinite(pct) ? Math.round(pct * 10) / 10 : null
  } catch {
    return null
  }
}
