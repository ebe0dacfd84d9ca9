// What the simulator remembers of each request, for the tests to assert on: never the key itself, only
// whether the one sent was accepted (DESIGN.md §6: the key goes into no log, and a test that prints
// the simulator's log must not print it either).
import type { IncomingMessage } from 'node:http'
import type { ApiName } from './faults'

export interface RecordedRequest {
  method: string
  /** Which host prefix the request came in on; undefined when none. */
  api: ApiName | undefined
  /** The API path, e.g. `/v1/accounts`, without the host prefix. */
  path: string
  query: Record<string, string>
  /** Lower-case names; `truora-api-key` is '<key>' when accepted and '<other>' when not. */
  headers: Record<string, string>
  /** The parsed form, the raw text of any other body, or undefined when there was none. */
  body: Record<string, string> | string | undefined
  at: string
}

export function recordOf(
  req: IncomingMessage,
  where: { api: ApiName | undefined; path: string; keyAccepted: boolean },
  body: RecordedRequest['body']
): RecordedRequest {
  const target = new URL(req.url ?? '/', 'http://sim')
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined)
      headers[name] = name === 'truora-api-key' ? (where.keyAccepted ? '<key>' : '<other>') : String(value)
  }
  return {
    method: req.method ?? 'GET',
    api: where.api,
    path: where.path,
    headers,
    at: new Date().toISOString(),
    query: Object.fromEntries(target.searchParams),
    body
  }
}
