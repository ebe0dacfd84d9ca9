// Reading requests and writing answers on the simulator's sockets: a body is read with a cap, and an
// answer is written only while the response is still open (a fault may have destroyed the socket).
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SimAnswer } from './onsite'

const MAX_BODY = 1 << 20

/** The body's bytes, keeping at most `max` (one more tells that it was longer). */
export function readRaw(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      if (size <= max) chunks.push(chunk)
      size += chunk.length
    })
    req.on('end', () => resolve(Buffer.concat(chunks).subarray(0, max + 1)))
    req.on('error', reject)
  })
}

/** An API request's body as text, cut at 1 MiB. */
export async function readBody(req: IncomingMessage): Promise<string> {
  return (await readRaw(req, MAX_BODY)).subarray(0, MAX_BODY).toString('utf8')
}

export function send(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {}
): void {
  if (res.destroyed || res.writableEnded) return
  const type = body.trimStart().startsWith('<')
    ? 'text/html; charset=utf-8'
    : 'application/json; charset=utf-8'
  res.writeHead(status, { 'Content-Type': type, ...headers })
  res.end(body)
}

export function sendAnswer(res: ServerResponse, answer: SimAnswer): void {
  if (res.destroyed || res.writableEnded) return
  if (typeof answer.body === 'string') {
    res.writeHead(answer.status, { 'Content-Type': 'text/plain', ...answer.headers })
    res.end(answer.body)
  } else send(res, answer.status, JSON.stringify(answer.body), answer.headers)
}

export const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
