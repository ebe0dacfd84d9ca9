// A small HTTP server on loopback that answers however a test wants — the host a hostile paging link
// points at, a server that never stops paging, one that streams an endless body — and records every
// request it gets, with whether it carried a Truora-API-Key header (never the header's value).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

interface HostileRequest {
  method: string
  url: string
  /** Whether a `Truora-API-Key` header came with it. */
  carriedKey: boolean
}

export interface HostileServer {
  /** `http://127.0.0.1:<port>` */
  url: string
  port: number
  requests: HostileRequest[]
  /** Bytes written to bodies of answers so far (what streaming handlers report through `sent`). */
  bytesSent: number
  close(): Promise<void>
}

export type HostileHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  server: HostileServer
) => void | Promise<void>

/** A server answering 404 to everything unless `handler` says otherwise. */
export async function startHostileServer(handler?: HostileHandler): Promise<HostileServer> {
  const server = createServer((req, res) => {
    state.requests.push({
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      carriedKey: req.headers['truora-api-key'] !== undefined
    })
    Promise.resolve(
      handler
        ? handler(req, res, state)
        : res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"message":"nothing here"}')
    ).catch(() => res.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const state: HostileServer = {
    url: `http://127.0.0.1:${port}`,
    port,
    requests: [],
    bytesSent: 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
  return state
}
