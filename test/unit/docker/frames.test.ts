import { describe, expect, it } from 'vitest'
import { FrameDecoder } from '../../../src/docker/frames.js'

const frame = (stream: 1 | 2, text: string) => {
  const payload = Buffer.from(text)
  const header = Buffer.alloc(8)
  header[0] = stream
  header.writeUInt32BE(payload.length, 4)
  return Buffer.concat([header, payload])
}

describe('FrameDecoder', () => {
  const wire = Buffer.concat([
    frame(1, 'out 1\n'),
    frame(2, 'err\n'),
    frame(1, ''),
    frame(1, 'é 2\n'),
  ])

  it('decodes whole frames in order, both streams, skipping empty ones', () => {
    const d = new FrameDecoder()
    expect(d.push(wire).map(String)).toEqual(['out 1\n', 'err\n', 'é 2\n'])
    expect(d.leftover).toBe(0)
  })

  it.each(Array.from({ length: wire.length - 1 }, (_, i) => i + 1))(
    'gives the same bytes when the stream is cut at byte %i',
    (cut) => {
      const d = new FrameDecoder()
      const out = [...d.push(wire.subarray(0, cut)), ...d.push(wire.subarray(cut))]
      expect(Buffer.concat(out).toString()).toBe('out 1\nerr\né 2\n')
      expect(d.leftover).toBe(0)
    },
  )

  it('byte by byte', () => {
    const d = new FrameDecoder()
    const out: Buffer[] = []
    for (const b of wire) out.push(...d.push(Buffer.from([b])))
    expect(Buffer.concat(out).toString()).toBe('out 1\nerr\né 2\n')
  })

  it('keeps an unfinished frame and reports it', () => {
    const d = new FrameDecoder()
    expect(d.push(frame(1, 'abcdef').subarray(0, 10))).toEqual([])
    expect(d.leftover).toBe(10)
  })
})
