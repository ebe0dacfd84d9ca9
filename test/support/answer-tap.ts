// A loopback forwarder between the app and the Truora simulator, for crash tests: it tells the test
// the exact moment a request reaches the simulator and the moment the simulator's answer is back,
// and the test decides whether the request or its answer goes on. The simulator stays the real
// thing; this is the network in between, which a SIGKILL test needs to hold at the moment that matters.
import { createServer, type IncomingMessage, type Server } from 'node:http'

export interface TapRequest {
  /** 1 for the first request since the tap started or `restartCount()`, and so on. */
  n: number
  method: string
  /** As the app sent it, e.g. `/validations/v1/accounts`. */
  path: string
  /** The request body as text ('' when none): a form names the creation it carries. */
  body: string
}

interface TapAnswer extends TapRequest {
  status: number
}

/** `hold`: never pass it on (the socket stays open, as on a network that stalls). */
type TapAction = 'forward' | 'hold'

export interface AnswerTap {
  /** Put this where the simulator's URL would go: the same paths work. */
  url: string
  /** Before the request goes to the simulator. */
  onRequest: ((request: TapRequest) => TapAction | void) | undefined
  /** After the simulator answered (its answer is complete), before it goes back to the app. */
  onAnswer: ((answer: TapAnswer) => TapAction | void) | undefined
  /** Numbers the next request 1 again (a new run of the app). */
  restartCount(): void
  close(): Promise<void>
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

const HOP_BY_HOP = new Set(['host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'])

export async function startAnswerTap(upstream: string): Promise<AnswerTap> {
  let seen = 0
  const held = new Set<IncomingMessage>()
  const server: Server = createServer((req, res) => {
    void (async () => {
      const n = ++seen
      const body = await readBody(req)
      const request: TapRequest = {
        n,
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        body: body.toString('utf8')
      }
      if (tap.onRequest?.(request) === 'hold') return void held.add(req)
      const headers: Record<string, string> = {}
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = String(value)
      }
      let answer: Response
      try {
        answer = await fetch(`${upstream}${request.path}`, {
          method: request.method,
          headers,
          ...(body.length > 0 ? { body } : {})
        })
      } catch {
        // The simulator is down: the app sees a broken connection.
        return void req.socket.destroy()
      }
      const text = await answer.text()
      if (tap.onAnswer?.({ ...request, status: answer.status }) === 'hold') return void held.add(req)
      if (res.destroyed) return
      res.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'text/plain' })
      res.end(text)
    })().catch(() => req.socket.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = address !== null && typeof address === 'object' ? address.port : 0
  const tap: AnswerTap = {
    url: `http://127.0.0.1:${port}`,
    onRequest: undefined,
    onAnswer: undefined,
    restartCount() {
      seen = 0
    },
    async close() {
      for (const req of held) req.socket.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
  return tap
}
