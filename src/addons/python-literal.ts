// A strict reader of one Python literal (what `ast.literal_eval` accepts for a
// manifest): dicts, lists, tuples, sets, strings in every quote style (prefixes
// r/u/b, triple quotes, escapes, implicit concatenation), ints, floats, signs,
// True/False/None, comments and trailing commas. A manifest is never executed:
// a call, a name or an operator is refused with the line and column.
import { scanString } from './python-string.js'

export type PyValue = string | number | boolean | null | PyValue[] | { [key: string]: PyValue }

export class PyLiteralError extends Error {
  override name = 'PyLiteralError'
}

type Token =
  | { kind: 'punct'; text: string; at: number }
  | { kind: 'string'; value: string; at: number }
  | { kind: 'number'; value: number; at: number }
  | { kind: 'name'; text: string; at: number }
  | { kind: 'end'; at: number }

const PUNCT = new Set(['{', '}', '[', ']', '(', ')', ',', ':', '-', '+'])
const NUMBER =
  /^(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.)/

function where(text: string, at: number): string {
  const before = text.slice(0, at)
  const line = before.split('\n').length
  return `line ${line}, column ${at - before.lastIndexOf('\n')}`
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  const fail = (what: string, at = i): never => {
    throw new PyLiteralError(`${what} at ${where(text, at)}`)
  }
  while (i < text.length) {
    const c = text[i] as string
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++
    } else if (/\s/.test(c) || (c === '\\' && text[i + 1] === '\n')) {
      i += c === '\\' ? 2 : 1
    } else if (PUNCT.has(c)) {
      tokens.push({ kind: 'punct', text: c, at: i++ })
    } else if (/[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))?.[0] as string
      const quote = text[i + word.length]
      if ((quote === '"' || quote === "'") && /^(?:[rRuUbB]|[rR][bB]|[bB][rR])$/.test(word)) {
        const s = scanString(text, i, word.length, fail)
        tokens.push({ kind: 'string', value: s.value, at: i })
        i = s.end
      } else if (quote === '"' || quote === "'") {
        fail(`a string prefix "${word}" that makes an expression, not a literal`)
      } else {
        tokens.push({ kind: 'name', text: word, at: i })
        i += word.length
      }
    } else if (c === '"' || c === "'") {
      const s = scanString(text, i, 0, fail)
      tokens.push({ kind: 'string', value: s.value, at: i })
      i = s.end
    } else if (/[0-9.]/.test(c)) {
      const m = NUMBER.exec(text.slice(i))?.[0]
      if (!m) fail(`"${c}" where a value was expected`)
      tokens.push({ kind: 'number', value: toNumber(m as string), at: i })
      i += (m as string).length
    } else {
      fail(`"${c}", which has no place in a literal`)
    }
  }
  tokens.push({ kind: 'end', at: text.length })
  return tokens
}

function toNumber(raw: string): number {
  const s = raw.replace(/_/g, '')
  if (/^0[xXoObB]/.test(s)) return Number(s.toLowerCase())
  return Number(s)
}

/** Parses `text` as exactly one Python literal; throws PyLiteralError. */
export function parsePyLiteral(text: string): PyValue {
  const tokens = tokenize(text)
  let pos = 0
  const peek = (): Token => tokens[pos] as Token
  const next = (): Token => tokens[pos++] as Token
  const fail = (what: string, tok = peek()): never => {
    throw new PyLiteralError(`${what} at ${where(text, tok.at)}`)
  }
  const isPunct = (t: Token, p: string): boolean => t.kind === 'punct' && t.text === p
  const expect = (p: string): void => {
    if (!isPunct(peek(), p)) fail(`expected "${p}", found ${describe(peek())}`)
    pos++
  }

  /** Items up to `close`, trailing comma allowed; `item` parses one. */
  function items<T>(close: string, item: () => T): { list: T[]; comma: boolean } {
    const list: T[] = []
    let comma = false
    while (!isPunct(peek(), close)) {
      list.push(item())
      comma = isPunct(peek(), ',')
      if (comma) pos++
      else if (!isPunct(peek(), close))
        fail(`expected "," or "${close}", found ${describe(peek())}`)
    }
    pos++
    return { list, comma }
  }

  function value(): PyValue {
    const t = next()
    if (t.kind === 'string') {
      let s = t.value
      // Implicit concatenation: 'a' 'b' is 'ab', as in Python.
      while (peek().kind === 'string') s += (next() as { value: string }).value
      return s
    }
    if (t.kind === 'number') return t.value
    if (t.kind === 'name') {
      if (t.text === 'True') return true
      if (t.text === 'False') return false
      if (t.text === 'None') return null
      if (isPunct(peek(), '(')) fail(`a call of "${t.text}" (a manifest is never executed)`, t)
      return fail(`the name "${t.text}" (only True, False and None are literals)`, t)
    }
    if (t.kind === 'punct') {
      if (t.text === '-' || t.text === '+') {
        const n = next()
        if (n.kind !== 'number') fail(`"${t.text}" before ${describe(n)}`, t)
        return t.text === '-' ? -(n as { value: number }).value : (n as { value: number }).value
      }
      if (t.text === '[') return items(']', value).list
      if (t.text === '(') {
        const { list, comma } = items(')', value)
        // (x) is x in parentheses; (x,) and () are tuples.
        return list.length === 1 && !comma ? (list[0] as PyValue) : list
      }
      if (t.text === '{') return dictOrSet()
    }
    return fail(`${describe(t)} where a value was expected`, t)
  }

  function dictOrSet(): PyValue {
    if (isPunct(peek(), '}')) {
      pos++
      return {}
    }
    const first = value()
    if (!isPunct(peek(), ':')) {
      // A set literal: kept as a list (manifests only iterate it).
      if (isPunct(peek(), ',')) pos++
      else if (!isPunct(peek(), '}')) fail(`expected ":", "," or "}", found ${describe(peek())}`)
      return [first, ...items('}', value).list]
    }
    const dict: { [key: string]: PyValue } = {}
    const entry = (key: PyValue, keyTok: Token): void => {
      if (typeof key !== 'string') fail('a dict key that is not a string', keyTok)
      expect(':')
      Object.defineProperty(dict, key as string, {
        value: value(),
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    entry(first, tokens[pos - 1] as Token)
    if (isPunct(peek(), ',')) pos++
    else if (!isPunct(peek(), '}')) fail(`expected "," or "}", found ${describe(peek())}`)
    items('}', () => {
      const keyTok = peek()
      entry(value(), keyTok)
    })
    return dict
  }

  const result = value()
  if (peek().kind !== 'end') fail(`${describe(peek())} after the literal`)
  return result
}

function describe(t: Token): string {
  switch (t.kind) {
    case 'end':
      return 'the end of the file'
    case 'string':
      return 'a string'
    case 'number':
      return `the number ${t.value}`
    case 'name':
      return `the name "${t.text}"`
    default:
      return `"${t.text}"`
  }
}
