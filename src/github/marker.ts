// The hidden marker that makes a comment findable again: by the post step (same
// run: same compose project) and by `comment-mode: update` (same job and modules).

export const MARKER_TAG = 'resilient-test-runner:v1'

export interface MarkerFields {
  job: string
  /** Sorted: `a,b` and `b,a` are the same run of tests. */
  modules: string[]
  /** The compose project: unique per run, so it identifies the run. */
  project: string
}

// Percent-encoding keeps spaces and `-->` out of the HTML comment.
const enc = (s: string) => encodeURIComponent(s)

export function renderMarker(f: MarkerFields): string {
  const modules = [...f.modules].sort().map(enc).join(',')
  return `<!-- ${MARKER_TAG} job=${enc(f.job)} modules=${modules} project=${enc(f.project)} -->`
}

const MARKER_RE = new RegExp(
  `<!-- ${MARKER_TAG.replace(/[.:]/g, '\\$&')} job=(\\S*) modules=(\\S*) project=(\\S*) -->`,
)

/** The marker of a comment body; null when the body has none (or a mangled one). */
export function parseMarker(body: string | null | undefined): MarkerFields | null {
  const m = MARKER_RE.exec(body ?? '')
  if (!m) return null
  try {
    const [, job = '', modules = '', project = ''] = m
    return {
      job: decodeURIComponent(job),
      modules: modules === '' ? [] : modules.split(',').map(decodeURIComponent).sort(),
      project: decodeURIComponent(project),
    }
  } catch {
    return null
  }
}

const sameModules = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().every((m, i) => m === [...b].sort()[i])

/** `comment-mode: update`: a comment of the same job and modules, any run. */
export function sameJobAndModules(body: string | null | undefined, want: MarkerFields): boolean {
  const got = parseMarker(body)
  return got !== null && got.job === want.job && sameModules(got.modules, want.modules)
}

/** The post step: the comment main wrote for this very run. */
export function sameRun(body: string | null | undefined, want: MarkerFields): boolean {
  const got = parseMarker(body)
  return got !== null && sameJobAndModules(body, want) && got.project === want.project
}
