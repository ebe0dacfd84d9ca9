// Small HTTP helpers for the simulator's own tests: plain fetch against the real loopback server.
import type { ApiName, Simulator } from '../../tools/sim/index'

/** Truora's timestamps: RFC 3339 UTC with varying precision (docs/truora-api.md "IDs and times"). */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/

export interface Answer {
  status: number
  headers: Headers
  text: string
  json: any
}

export async function call(
  sim: Simulator,
  api: ApiName,
  path: string,
  init: {
    method?: string
    key?: string | null
    form?: Record<string, string>
    body?: string
    contentType?: string
    signal?: AbortSignal
  } = {}
): Promise<Answer> {
  const headers: Record<string, string> = {}
  const key = init.key === undefined ? sim.key : init.key
  if (key !== null) headers['Truora-API-Key'] = key
  let body = init.body
  if (init.form) {
    body = new URLSearchParams(init.form).toString()
    headers['Content-Type'] = 'application/x-www-form-urlencoded'
  }
  if (init.contentType) headers['Content-Type'] = init.contentType
  const base = path.startsWith('http') ? '' : sim.endpoints[api].replace(/\/v1$/, '')
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body,
    signal: init.signal
  })
  const text = await response.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, headers: response.headers, text, json }
}

/** The code of the network error under fetch's "fetch failed" TypeError. */
export async function networkErrorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause
    return cause?.code ?? (error as Error).name
  }
  return 'no error'
}
