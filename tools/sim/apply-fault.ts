// How an injected fault (faults.ts) answers in place of the simulator: added latency, a request that
// hangs, a reset socket, a malformed body, a rate limit or any status, with `Retry-After` if the fault
// names one (docs/truora-api.md "Errors").
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Fault } from './faults'
import { delay, send } from './http-io'
import { errorBody } from './routes'

function retryAfter(fault: { retryAfter?: number }): Record<string, string> {
  return fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) }
}

/** Answers before a fault's normal answer, or undefined when the request goes on. */
export async function applyFault(
  req: IncomingMessage,
  res: ServerResponse,
  fault: Fault | undefined,
  latencyMs: number
): Promise<'answered' | undefined> {
  const wait = latencyMs + (fault && 'latencyMs' in fault ? fault.latencyMs : 0)
  if (wait > 0) await delay(wait)
  if (fault && 'hang' in fault) return 'answered'
  if (fault && 'reset' in fault) {
    req.socket.destroy()
    return 'answered'
  }
  if (fault && 'malformed' in fault) {
    send(res, 200, '{"accounts":[{"account_id":"ACC')
    return 'answered'
  }
  if (fault && 'rateLimit' in fault) {
    send(res, 429, JSON.stringify(errorBody(429, 'Max rate limit reached').body), retryAfter(fault))
    return 'answered'
  }
  if (fault && 'status' in fault) {
    send(res, fault.status, fault.body ?? JSON.stringify(errorBody(fault.status).body), retryAfter(fault))
    return 'answered'
  }
  return undefined
}
