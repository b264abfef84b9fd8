// Text sent through the API is not masked by the runner (masking only applies
// to the job log), so everything that leaves the machine goes through this.

/** Environment variables whose values are treated as secrets. */
export const SECRET_ENV_NAME = /TOKEN|SECRET|PASSWORD|PASS|KEY|CREDENTIAL/i
/** Shorter values of such variables (`1`, `on`) would blank out half the text. */
export const MIN_ENV_SECRET_LENGTH = 4
export const REDACTED = '***'

/** GitHub token shapes, whether or not the action was told about them. */
const TOKEN_SHAPES = [/\bgh[pousr]_[A-Za-z0-9]{36,}/g, /\bgithub_pat_[A-Za-z0-9_]{22,}/g]

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export class Redactor {
  private readonly secrets = new Set<string>()
  private pattern: RegExp | null = null

  /** A value to hide, plus its forms that commonly end up in logs (each line, URL-encoded). */
  add(value: string | null | undefined, minLength = 1): this {
    if (value === null || value === undefined) return this
    const forms = [value, ...value.split(/\r?\n/), encodeURIComponent(value)]
    for (const f of forms) {
      const v = f.trim()
      if (v.length >= minLength) this.secrets.add(v)
    }
    this.pattern = null
    return this
  }

  /** Values of variables named like secrets (SECRET_ENV_NAME), 4 characters or more. */
  addFromEnv(env: NodeJS.ProcessEnv): this {
    for (const [name, value] of Object.entries(env))
      if (SECRET_ENV_NAME.test(name)) this.add(value, MIN_ENV_SECRET_LENGTH)
    return this
  }

  /** Hides the value from the job log too (core.setSecret) and from what is posted. */
  register(value: string, setSecret: (v: string) => void): this {
    if (value.trim() !== '') setSecret(value)
    return this.add(value)
  }

  get size(): number {
    return this.secrets.size
  }

  redact(text: string): string {
    if (this.pattern === null && this.secrets.size > 0) {
      // Longest first, so a secret containing another is hidden whole.
      const alts = [...this.secrets].sort((a, b) => b.length - a.length).map(escapeRegExp)
      this.pattern = new RegExp(alts.join('|'), 'g')
    }
    let out = this.pattern === null ? text : text.replace(this.pattern, REDACTED)
    for (const shape of TOKEN_SHAPES) out = out.replace(shape, REDACTED)
    return out
  }

  /** Every string in a JSON-like value (keys too), e.g. the run report before it is uploaded. */
  redactJson<T>(value: T): T {
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') return this.redact(v)
      if (Array.isArray(v)) return v.map(walk)
      if (v !== null && typeof v === 'object')
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [this.redact(k), walk(x)]))
      return v
    }
    return walk(value) as T
  }
}

/** The usual set-up: the token, registered values, and secret-looking environment variables. */
export function createRedactor(opts: {
  env?: NodeJS.ProcessEnv
  secrets?: Array<string | null | undefined>
}): Redactor {
  const r = new Redactor()
  for (const s of opts.secrets ?? []) r.add(s)
  return opts.env ? r.addFromEnv(opts.env) : r
}
