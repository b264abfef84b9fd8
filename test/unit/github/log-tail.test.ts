import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLogTail } from '../../../src/github/log-tail.js'

describe('readLogTail', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rtr-tail-'))

  it('reads a small log whole', async () => {
    const f = join(dir, 'small.log')
    writeFileSync(f, 'a\nb\n')
    expect(await readLogTail(f)).toEqual({ text: 'a\nb\n', totalBytes: 4 })
  })

  it('reads only the end of a big log, from a whole line', async () => {
    const f = join(dir, 'big.log')
    const lines = Array.from({ length: 10_000 }, (_, i) => `line ${i} é`)
    writeFileSync(f, lines.join('\n') + '\n')
    const t = await readLogTail(f, 1000)
    expect(t?.totalBytes).toBe(Buffer.byteLength(lines.join('\n') + '\n'))
    expect(t?.text.length).toBeLessThanOrEqual(1000)
    expect(t?.text.startsWith('line ')).toBe(true)
    expect(t?.text.endsWith('line 9999 é\n')).toBe(true)
  })

  it('null when there is no log', async () => {
    expect(await readLogTail(join(dir, 'missing.log'))).toBeNull()
  })
})
