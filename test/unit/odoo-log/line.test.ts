import { describe, expect, it } from 'vitest'
import { LineSplitter, stripAnsi } from '../../../src/odoo-log/line.js'

function split(
  chunks: (string | Buffer)[],
  maxLineChars?: number,
): { lines: string[]; bytes: number } {
  const lines: string[] = []
  const splitter = new LineSplitter((l) => lines.push(l), maxLineChars)
  for (const c of chunks) splitter.push(c)
  splitter.end()
  expect(splitter.lines).toBe(lines.length)
  return { lines, bytes: splitter.bytes }
}

describe('LineSplitter', () => {
  it.each([
    ['one chunk', ['a\nb\nc\n'], ['a', 'b', 'c']],
    ['no final newline', ['a\nb'], ['a', 'b']],
    ['line cut across chunks', ['ab', 'c\nd', 'e\n'], ['abc', 'de']],
    ['empty lines are kept', ['a\n\n\nb\n'], ['a', '', '', 'b']],
    ['CRLF', ['a\r\nb\r\n'], ['a', 'b']],
    ['CR and LF in different chunks', ['a\r', '\nb\r\n'], ['a', 'b']],
    ['nothing', [], []],
  ])('%s', (_name, chunks, expected) => {
    expect(split(chunks).lines).toEqual(expected)
  })

  it('decodes a UTF-8 character split between two Buffers', () => {
    const bytes = Buffer.from('café ✓\n', 'utf8')
    // cut inside the 3-byte check mark
    const { lines, bytes: counted } = split([bytes.subarray(0, 7), bytes.subarray(7)])
    expect(lines).toEqual(['café ✓'])
    expect(counted).toBe(bytes.length)
  })

  it('counts bytes of string chunks as UTF-8', () => {
    expect(split(['é\n']).bytes).toBe(3)
  })

  it('caps a pathological line and resumes at the next one', () => {
    const { lines } = split(['x'.repeat(50), 'y'.repeat(50), '\nnext\n'], 64)
    expect(lines).toEqual(['x'.repeat(50) + 'y'.repeat(14), 'next'])
  })

  it('strips colour codes from emitted lines', () => {
    expect(split(['1 \x1b[1;31m\x1b[1;49mERROR\x1b[0m db\n']).lines).toEqual(['1 ERROR db'])
  })
})

describe('stripAnsi', () => {
  it.each([
    ['\x1b[1;32m\x1b[1;49mINFO\x1b[0m', 'INFO'],
    ['\x1b[1;37m\x1b[1;41mCRITICAL\x1b[0m x', 'CRITICAL x'],
    ['\x1b[2K\x1b[1Gprogress', 'progress'],
    ['plain text', 'plain text'],
  ])('%j -> %j', (input, expected) => {
    expect(stripAnsi(input)).toBe(expected)
  })
})
