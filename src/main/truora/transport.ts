// What the endpoint modules share: addresses on the three hosts, GETs with retries, POSTs sent once.
import { fail, ok, type Result } from '@shared/result'
import type { Endpoints } from './endpoints'
import type { Subject } from './errors'
import { send, type HttpConfig } from './http'
import { DEFAULT_RETRY, defaultSleep, withRetry } from './retry'
import type { CallContext, TruoraClientOptions } from './types'

const DEFAULT_TIMEOUT_MS = 15_000

export interface Transport {
  /** The address of `path` (e.g. `/accounts`) on one API host. */
  url(api: keyof Endpoints, path: string, query?: Record<string, string | undefined>): URL
  /** The API's base URL, for resolving `next` paths. */
  base(api: keyof Endpoints): string
  /** A GET, retried on rate limits, server errors and broken exchanges. */
  get(ctx: CallContext, url: URL, subject: Subject): Promise<Result<unknown>>
  /** A POST, sent exactly once (DESIGN.md §5 "A POST is never blindly retried"). */
  post(ctx: CallContext, url: URL, form: Record<string, string>, subject: Subject): Promise<Result<unknown>>
  now(): Date
}

/**
 * A Truora ID as one URL path segment. IDs may contain dots (TRUORA_API.md "IDs and times"), and
 * "." or ".." would be resolved away by URL parsing and reach another resource, so they are refused.
 */
export function idSegment(id: string, what: string): Result<string> {
  const trimmed = id.trim()
  if (trimmed === '' || trimmed === '.' || trimmed === '..')
    return fail('invalid_input', `The ${what} ID is empty or not valid. Check it and try again.`, {
      field: what
    })
  return ok(encodeURIComponent(trimmed))
}

export function createTransport(options: TruoraClientOptions): Transport {
  const now = options.now ?? (() => new Date())
  const http: HttpConfig = {
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    log: options.log,
    now: () => now().getTime()
  }
  const policy = { ...DEFAULT_RETRY, ...options.retry }
  const sleep = options.sleep ?? defaultSleep
  const base = (api: keyof Endpoints): string => options.endpoints[api].replace(/\/+$/, '')

  return {
    base,
    url(api, path, query = {}) {
      const url = new URL(`${base(api)}${path}`)
      for (const [name, value] of Object.entries(query))
        if (value !== undefined) url.searchParams.set(name, value)
      return url
    },
    async get(ctx, url, subject) {
      const answer = await withRetry(() => send(http, ctx, { method: 'GET', url, subject }), {
        policy,
        sleep,
        now: http.now,
        random: Math.random,
        signal: ctx.signal
      })
      return answer.ok ? ok(answer.data.body) : answer
    },
    async post(ctx, url, form, subject) {
      const answer = await send(http, ctx, { method: 'POST', url, form, subject })
      return answer.ok ? ok(answer.data.body) : answer
    },
    now
  }
}
