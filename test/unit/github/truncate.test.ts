import { describe, expect, it } from 'vitest'
import {
  clampMarkdown,
  countLines,
  fenceFor,
  fenced,
  headAndTail,
  openBlocks,
  plainText,
  tailOf,
} from '../../../src/github/truncate.js'

describe('fenceFor', () => {
  it.each([
    ['plain', '```'],
    ['a `code` b', '```'],
    ['```js\nx\n```', '````'],
    ['`````', '``````'],
  ])('%j -> %j', (content, want) => expect(fenceFor(content)).toBe(want))

  it('a fenced block cannot be closed by its content', () => {
    const md = fenced('before\n````\n</details>\nafter')
    expect(openBlocks(md).fence).toBeNull()
    expect(md.startsWith('`````')).toBe(true)
  })
})

describe('plainText', () => {
  it('drops terminal colours and control characters, keeps lines and tabs', () => {
    expect(plainText('\x1b[31mred\x1b[0m\r\nnext\ttab\x07\x00')).toBe('red\nnext\ttab')
  })
})

describe('tailOf', () => {
  const text = ['one', 'two', 'three', 'four'].join('\n') + '\n'
  it.each([
    [100, text, 0, 0],
    [15, 'two\nthree\nfour\n', 4, 1],
    [11, 'three\nfour\n', 8, 2],
    [10, 'four\n', 14, 3],
    [0, '', text.length, 4],
  ])('max %j', (max, want, cutChars, cutLines) => {
    expect(tailOf(text, max)).toEqual({ text: want, cutChars, cutLines })
  })

  it('cuts inside a single line longer than the limit', () => {
    const t = tailOf('x'.repeat(50), 10)
    expect(t.text).toBe('x'.repeat(10))
    expect(t.cutChars).toBe(40)
  })
})

describe('headAndTail', () => {
  it('keeps both ends and says how much was cut', () => {
    const s = `START${'m'.repeat(5000)}END`
    const out = headAndTail(s, 500)
    expect(out.length).toBeLessThanOrEqual(500)
    expect(out.startsWith('START')).toBe(true)
    expect(out.endsWith('END')).toBe(true)
    expect(out).toMatch(/\[\.\.\. \d+ characters cut \.\.\.\]/)
  })
})

describe('countLines', () => {
  it.each([
    ['', 0],
    ['a', 1],
    ['a\n', 1],
    ['a\nb', 2],
  ])('%j -> %j', (s, n) => expect(countLines(s)).toBe(n))
})

describe('clampMarkdown', () => {
  it('leaves short text alone', () => expect(clampMarkdown('abc', 10, 'cut')).toBe('abc'))

  it.each([1000, 2000, 5000])(
    'closes the fence and details blocks it cuts through (max %j)',
    (max) => {
      const md = [
        '<details><summary>x</summary>',
        '',
        '````text',
        ...Array.from({ length: 2000 }, (_, i) => `log line ${i} with \`\`\` inside`),
        '````',
        '',
        '</details>',
      ].join('\n')
      const out = clampMarkdown(md, max, '_cut_')
      expect(out.length).toBeLessThanOrEqual(max)
      expect(openBlocks(out)).toEqual({ fence: null, details: 0 })
      expect(out.endsWith('_cut_\n')).toBe(true)
    },
  )
})

describe('openBlocks', () => {
  it.each([
    ['```\ncode', '```', 0],
    ['```\ncode\n```', null, 0],
    ['````\n```\n', '````', 0],
    ['<details>\n```\n<details>\n```\n', null, 1],
    ['<details><summary>a</summary>\n</details>', null, 0],
  ])('%j', (md, fence, details) => expect(openBlocks(md)).toEqual({ fence, details }))
})
