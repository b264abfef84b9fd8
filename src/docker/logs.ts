// Docker multiplexes stdout and stderr of a container without a TTY into
// frames: [stream, 0, 0, 0, size (4 bytes BE)] + payload. Containers with a
// TTY send raw bytes. Decode both into text.
export function demuxLogs(buf: Buffer | string): string {
  if (typeof buf === 'string') return buf
  const parts: Buffer[] = []
  let offset = 0
  while (offset + 8 <= buf.length) {
    const kind = buf[offset]
    const size = buf.readUInt32BE(offset + 4)
    if (
      (kind !== 0 && kind !== 1 && kind !== 2) ||
      buf[offset + 1] !== 0 ||
      offset + 8 + size > buf.length
    ) {
      return buf.toString('utf8') // not multiplexed: a TTY container
    }
    parts.push(buf.subarray(offset + 8, offset + 8 + size))
    offset += 8 + size
  }
  return Buffer.concat(parts).toString('utf8')
}
