// What the endpoint modules share: addresses on the three hosts, GETs with retries, POSTs sent once,
// and the one check that no request carries the key outside Truora's configured APIs (egress.ts).
import { performance } from 'node:perf_hooks'
import { fail, ok, type Result } from '@shared/result'
import type { Endpoints } from './endpoints'
import { withinAnyBase } from './egress'
import type { Subject } from './errors'
import { send, type HttpConfig, type HttpRequest } from './http'
import { BODY_LIMITS } from './read-body'
import { DEFAULT_RETRY, defaultSleep, withRetry } from './retry'
import type { CallContext, RetryPolicy, TruoraClientOptions } from './types'

const DEFAULT_TIMEOUT_MS = 15_000
/**
 * The longest an operator waits for a read they asked for, across every retry: after that the
 * cache (or a clear error) answers. With the defaults a hung Truora used to cost 15 s per attempt,
 * 30 s in all. Work nobody waits for (`CallContext.background`: the mirror) keeps the longer policy.
 */
const INTERACTIVE_BUDGET_MS = 12_000

export interface Transport {
  /** The address of `path` (e.g. `/accounts`) on one API host. */
  url(api: keyof Endpoints, path: string, query?: Record<string, string | undefined>): URL
  /** The API's base URL, for resolving `next` paths. */
  base(api: keyof Endpoints): string
  /**
   * A GET, retried on rate limits, server errors and broken exchanges; its body read up to
   * `maxBytes` (default BODY_LIMITS.record).
   */
  get(ctx: CallContext, url: URL, subject: Subject, maxBytes?: number): Promise<Result<unknown>>
  /**
   * A GET like `get`, answering with the status and a redirect's `Location` too (unfollowed): for
   * endpoints whose status means something (202 "still making it", 302 "here it is").
   */
  getAnswer(
    ctx: CallContext,
    url: URL,
    subject: Subject,
    maxBytes: number
  ): Promise<Result<{ status: number; body: unknown; location?: string }>>
  /** A POST, sent exactly once (DESIGN.md §5 "A POST is never blindly retried"). */
  post(
    ctx: CallContext,
    url: URL,
    form: Record<string, string>,
    subject: Subject,
    maxBytes?: number
  ): Promise<Result<unknown>>
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

/**
 * A GET of one record, read with `read`; an answer without a usable record (no plain ID, or too large:
 * bounded-record.ts) is `bad_response`, naming what was asked for.
 */
export async function getRecord<T>(
  transport: Transport,
  ctx: CallContext,
  request: { url: URL; subject: Subject; what: string; maxBytes?: number },
  read: (body: unknown) => T | undefined
): Promise<Result<T>> {
  const answer = await transport.get(ctx, request.url, request.subject, request.maxBytes)
  if (!answer.ok) return answer
  const record = read(answer.data)
  return record
    ? ok(record)
    : fail(
        'bad_response',
        `Truora's answer for ${request.subject} has no usable ${request.what} (no plain ID, or too large). Try again later.`,
        { status: 200 }
      )
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
  const bases = Object.values(options.endpoints)
  const budgetMs = options.interactiveBudgetMs ?? INTERACTIVE_BUDGET_MS
  // Time budgets follow a monotonic clock: the wall clock (options.now) may jump, or be a test's.
  const elapsedSince = (started: number): number => performance.now() - started

  /** A request may carry the key only to one of the configured APIs. */
  function refused(request: HttpRequest): Result<never> | undefined {
    if (withinAnyBase(request.url, bases)) return undefined
    return fail(
      'internal',
      `The app did not send the request for ${request.subject}: its address is outside the configured Truora APIs.`,
      { reason: 'egress' }
    )
  }

  /**
   * How a GET fits its time. Background work: the configured policy. A read someone waits for: each
   * attempt gets at most half the budget (two full chances for a hung connection) and never more
   * than what is left of it, and a retry starts only while a usable share is left (retry.ts counts
   * the wait before it against maxTotalMs).
   */
  function attemptsFor(
    ctx: CallContext,
    request: HttpRequest
  ): { attempt: () => ReturnType<typeof send>; policy: RetryPolicy } {
    if (ctx.background) return { attempt: () => send(http, ctx, request), policy }
    const started = performance.now()
    const perAttempt = Math.min(http.timeoutMs, Math.ceil(budgetMs / 2))
    const minAttempt = Math.min(1_000, budgetMs / 4)
    return {
      attempt: () => {
        const left = Math.max(1, Math.floor(budgetMs - elapsedSince(started)))
        return send(http, ctx, { ...request, timeoutMs: Math.min(perAttempt, left) })
      },
      policy: { ...policy, maxTotalMs: Math.min(policy.maxTotalMs, budgetMs - minAttempt) }
    }
  }

  async function retriedGet(ctx: CallContext, request: HttpRequest): ReturnType<typeof send> {
    const refusal = refused(request)
    if (refusal) return refusal
    const { attempt, policy: used } = attemptsFor(ctx, request)
    return withRetry(attempt, {
      policy: used,
      sleep,
      now: () => performance.now(),
      random: Math.random,
      signal: ctx.signal
    })
  }

  return {
    base,
    url(api, path, query = {}) {
      const url = new URL(`${base(api)}${path}`)
      for (const [name, value] of Object.entries(query))
        if (value !== undefined) url.searchParams.set(name, value)
      return url
    },
    async get(ctx, url, subject, maxBytes = BODY_LIMITS.record) {
      const answer = await retriedGet(ctx, { method: 'GET', url, subject, maxBytes })
      return answer.ok ? ok(answer.data.body) : answer
    },
    getAnswer(ctx, url, subject, maxBytes) {
      return retriedGet(ctx, { method: 'GET', url, subject, maxBytes, acceptRedirect: true })
    },
    async post(ctx, url, form, subject, maxBytes = BODY_LIMITS.record) {
      const request: HttpRequest = { method: 'POST', url, form, subject, maxBytes }
      const refusal = refused(request)
      if (refusal) return refusal
      const answer = await send(http, ctx, request)
      return answer.ok ? ok(answer.data.body) : answer
    },
    now
  }
}
