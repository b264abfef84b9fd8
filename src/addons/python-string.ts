// One Python string literal, as the tokenizer meets it: optional prefix (r, u,
// b and rb/br), single or triple quotes of either kind, and the escapes of
// Python 3 (raw strings keep backslashes; unknown escapes stay as written).

const SIMPLE: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
}

/**
 * Scans the string whose prefix starts at `start` (`prefixLen` letters before
 * the quote). Returns its value and the index after the closing quote.
 */
export function scanString(
  text: string,
  start: number,
  prefixLen: number,
  fail: (what: string, at?: number) => never,
): { value: string; end: number } {
  const raw = /r/i.test(text.slice(start, start + prefixLen))
  let i = start + prefixLen
  const q = text[i] as string
  const triple = text.startsWith(q.repeat(3), i)
  const close = triple ? q.repeat(3) : q
  i += close.length
  let out = ''
  for (;;) {
    if (i >= text.length) return fail('a string that is never closed', start)
    if (text.startsWith(close, i)) return { value: out, end: i + close.length }
    const c = text[i] as string
    if (c === '\n' && !triple) return fail('a line break inside a one-line string', start)
    if (c !== '\\') {
      out += c
      i++
      continue
    }
    const e = text[i + 1]
    if (e === undefined) return fail('a string that is never closed', start)
    if (raw) {
      // In a raw string a backslash stays, and only keeps the quote after it from closing.
      out += c + e
      i += 2
      continue
    }
    if (e === '\n') {
      i += 2
    } else if (e in SIMPLE) {
      out += SIMPLE[e]
      i += 2
    } else if (/[0-7]/.test(e)) {
      const oct = /^[0-7]{1,3}/.exec(text.slice(i + 1))?.[0] as string
      out += String.fromCodePoint(parseInt(oct, 8))
      i += 1 + oct.length
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const len = { x: 2, u: 4, U: 8 }[e]
      const hex = text.slice(i + 2, i + 2 + len)
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) fail(`a bad \\${e} escape`, i)
      out += String.fromCodePoint(parseInt(hex, 16))
      i += 2 + len
    } else if (e === 'N') {
      return fail('a \\N{...} escape (not supported here; write the character itself)', i)
    } else {
      out += c + e
      i += 2
    }
  }
}
