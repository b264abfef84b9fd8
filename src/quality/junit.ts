// JUnit XML written by a custom test command (for example through a test
// runner plugin): structured counts beat counting log lines when both exist.
// A small tolerant reader for the few elements that matter; no XML library.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

export interface JunitCase {
  className: string
  name: string
  kind: 'FAIL' | 'ERROR' | 'SKIP' | 'PASS'
  message: string | null
}

export interface JunitResult {
  files: string[]
  total: number
  failed: number
  errors: number
  skipped: number
  failures: JunitCase[]
}

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag)
  return m ? decode(m[1] ?? m[2] ?? '') : null
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

export function parseJunitXml(xml: string): JunitCase[] {
  const cases: JunitCase[] = []
  const re = /<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const head = m[1] ?? ''
    const body = m[3] ?? ''
    const outcome = /<(failure|error|skipped)\b([^>]*)/.exec(body)
    const kind = !outcome
      ? 'PASS'
      : outcome[1] === 'failure'
        ? 'FAIL'
        : outcome[1] === 'error'
          ? 'ERROR'
          : 'SKIP'
    cases.push({
      className: attr(head, 'classname') ?? '',
      name: attr(head, 'name') ?? '',
      kind,
      message: outcome ? attr(outcome[2] ?? '', 'message') : null,
    })
  }
  return cases
}

/** A file, or every *.xml in a directory; undefined when there is none. */
export function readJunit(path: string): JunitResult | undefined {
  let files: string[]
  try {
    files = statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((f) => f.endsWith('.xml'))
          .sort()
          .map((f) => join(path, f))
      : [path]
  } catch {
    return undefined
  }
  if (files.length === 0) return undefined
  const cases = files.flatMap((f) => parseJunitXml(readFileSync(f, 'utf8')))
  const count = (k: JunitCase['kind']) => cases.filter((c) => c.kind === k).length
  return {
    files,
    total: cases.length,
    failed: count('FAIL'),
    errors: count('ERROR'),
    skipped: count('SKIP'),
    failures: cases.filter((c) => c.kind === 'FAIL' || c.kind === 'ERROR'),
  }
}
