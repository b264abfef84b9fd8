// A local HTTP proxy as undici's ProxyAgent uses one (CONNECT, then a tunnel),
// that tunnels every CONNECT to 127.0.0.1 at the requested port, whatever the
// host: a test can then name the API with a host that does not resolve, so a
// request that reached it can only have come through the proxy.
import { createServer } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

export interface ConnectProxy {
  /** For HTTP_PROXY / HTTPS_PROXY. */
  url: string
  /** The `host:port` of every CONNECT, in order. */
  targets: string[]
  close: () => Promise<void>
}

export async function startConnectProxy(): Promise<ConnectProxy> {
  const targets: string[] = []
  const sockets = new Set<Socket>()
  // Plain (absolute-form) proxying is not offered: a client using it fails the test.
  const server = createServer((_req, res) => res.writeHead(405).end())
  server.on('connect', (req, client: Socket, head: Buffer) => {
    targets.push(req.url ?? '')
    const upstream = connect(Number(new URL(`http://${req.url}`).port), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      client.pipe(upstream).pipe(client)
    })
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on('close', () => sockets.delete(s))
      // One side failing ends the tunnel.
      s.on('error', () => {
        client.destroy()
        upstream.destroy()
      })
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    targets,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}
