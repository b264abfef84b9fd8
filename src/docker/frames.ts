// Docker multiplexes stdout and stderr of a process without a TTY (container
// logs, exec output) into frames: [stream, 0, 0, 0, size (4 bytes BE)] +
// payload. A network read may end anywhere inside a frame, so the decoder
// keeps the unfinished part for the next chunk and never holds more than one
// frame: output is passed on as it arrives, with bounded memory.
const HEADER = 8

export class FrameDecoder {
  private pending: Buffer = Buffer.alloc(0)

  /** Payloads of the frames this chunk completes, in order (both streams). */
  push(chunk: Buffer): Buffer[] {
    let buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk
    const out: Buffer[] = []
    while (buf.length >= HEADER) {
      const size = buf.readUInt32BE(4)
      if (buf.length < HEADER + size) break
      if (size > 0) out.push(buf.subarray(HEADER, HEADER + size))
      buf = buf.subarray(HEADER + size)
    }
    this.pending = buf
    return out
  }

  /** Bytes of an unfinished frame left when the stream ended (normally none). */
  get leftover(): number {
    return this.pending.length
  }
}
