import { describe, expect, it } from 'vitest'
import { formatSize, parseSize } from '../../../src/template-cache/size.js'

describe('parseSize', () => {
  it.each<[string, number | undefined]>([
    ['2GB', 2 * 1024 ** 3],
    ['500MB', 500 * 1024 ** 2],
    ['500mb', 500 * 1024 ** 2],
    ['1.5G', 1.5 * 1024 ** 3],
    ['1 GiB', 1024 ** 3],
    ['10KB', 10240],
    ['1TB', 1024 ** 4],
    ['1048576', 1048576],
    ['12B', 12],
    ['', undefined],
    ['GB', undefined],
    ['-1GB', undefined],
    ['2 PB', undefined],
    ['1e3MB', undefined],
    ['two', undefined],
  ])('%j -> %s', (text, want) => expect(parseSize(text)).toBe(want))
})

describe('formatSize', () => {
  it.each<[number, string]>([
    [0, '0 B'],
    [512, '512 B'],
    [36289, '35.4 KB'],
    [1.1 * 1024 ** 2, '1.1 MB'],
    [2 * 1024 ** 3, '2.0 GB'],
  ])('%d -> %s', (n, want) => expect(formatSize(n)).toBe(want))
})
