import { describe, expect, it } from 'vitest'
import { chunk, toAnnotations } from '../../../src/github/annotations.js'
import { failure } from './fixtures.js'

describe('toAnnotations', () => {
  it('one failure annotation per located failing test', () => {
    const a = toAnnotations([
      failure(1),
      failure(2, { location: null }),
      failure(3, { subtest: 'i=2' }),
    ])
    expect(a).toHaveLength(2)
    expect(a[0]).toEqual({
      path: 'addons/traction/tests/test_traction.py',
      start_line: 11,
      end_line: 11,
      annotation_level: 'failure',
      message: 'AssertionError: 1 != 2',
      title: 'TestTraction1.test_case_1',
      raw_details: failure(1).traceback,
    })
    expect(a[1]?.title).toBe('TestTraction3.test_case_3 [i=2]')
  })

  it.each([
    ['', 'addons/x.py'],
    ['sub/dir', 'sub/dir/addons/x.py'],
    ['./sub/dir/', 'sub/dir/addons/x.py'],
    ['.', 'addons/x.py'],
  ])('path prefix %j -> %j', (prefix, path) => {
    const f = failure(1, { location: { file: './addons/x.py', line: 3 } })
    expect(toAnnotations([f], prefix)[0]?.path).toBe(path)
  })

  it('falls back to the kind when there is no assertion line; caps long texts', () => {
    const f = failure(1, {
      exceptionLine: null,
      lastLine: null,
      firstLine: null,
      traceback: '',
      method: 'x'.repeat(400),
    })
    const [a] = toAnnotations([f])
    expect(a?.message).toMatch(/^FAIL: TestTraction1\.x+/)
    expect(a?.title?.length).toBe(255)
    expect(a).not.toHaveProperty('raw_details')
  })
})

describe('chunk', () => {
  it.each([
    [0, []],
    [50, [50]],
    [51, [50, 1]],
    [120, [50, 50, 20]],
  ])('%j items -> %j', (n, sizes) => {
    const items = Array.from({ length: n }, (_, i) => i)
    const chunks = chunk(items, 50)
    expect(chunks.map((c) => c.length)).toEqual(sizes)
    expect(chunks.flat()).toEqual(items)
  })

  it('rejects a size below 1', () => expect(() => chunk([1], 0)).toThrow(RangeError))
})
