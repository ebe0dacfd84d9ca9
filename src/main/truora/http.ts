// One HTTP exchange with Truora: the key header, a per-attempt timeout, the caller's cancel signal,
// and the mapping of whatever happens to a Result. Never throws; nothing it returns or logs holds
// the key (redact.ts).
import { fail, ok, type Result } from '@shared/result'
import {
  cancelledError,
  errorForStatus,
  networkError,
  TIMEOUT_MESSAGE,
  type Sent,
  type Subject
} from './errors'
import { asObject, parseJson, truoraErrorInfo } from './parse'
import { BODY_LIMITS, readBodyCapped } from './read-body'
import { redact, redactDeep } from './redact'
import type { CallContext } from './types'
import { requestDeadline } from './request-deadline'

export interface HttpConfig {
  fetch: typeof globalThis.fetch
  timeoutMs: number
  log?: (line: string) => void
  /** Milliseconds, for the duration in log lines and for Retry-After dates. */
  now: () => number
}

export interface HttpRequest {
  method: 'GET' | 'POST'
  url: URL
  /** Sent as `application/x-www-form-urlencoded` (TRUORA_API.md "Hosts and auth"). */
  form?: Record<string, string>
  subject: Subject
  /** The most of a successful answer's body that is read (read-body.ts BODY_LIMITS). */
  maxBytes: number
  /** This attempt's timeout, when shorter than the configured one (a user waiting: transport.ts). */
  timeoutMs?: number
  /**
   * A 3xx is an answer, not an error: its `Location` is handed back unfollowed (the process PDF's
   * `302 Found` to a presigned file, TRUORA_API.md "Digital Identity API"). Still never followed here,
   * so the key header cannot travel with it.
   */
  acceptRedirect?: boolean
}

export interface HttpAnswer {
  status: number
  body: unknown
  /** The `Location` header of a redirect, for a request that accepts one. */
  location?: string
}

/** Header values must be visible ASCII; anything else would make fetch throw with the key in its message. */
const SENDABLE_KEY = /^[\x21-\x7e]+$/

/** `Retry-After` as seconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
function retryAfterSeconds(header: string | null, nowMs: number): number | undefined {
  if (header === null || header.trim() === '') return undefined
  const value = header.trim()
  if (/^\d+$/.test(value)) return Number(value)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - nowMs) / 1000))
}

function safeLog(config: HttpConfig, line: string, secrets: readonly string[]): void {
  try {
    config.log?.(redact(line, secrets))
  } catch {
    // A failing logger must not turn a good answer into a failure.
  }
}

async function exchange(
  config: HttpConfig,
  ctx: CallContext,
  request: HttpRequest
): Promise<Result<HttpAnswer>> {
  const secrets = [ctx.apiKey]
  if (ctx.signal?.aborted) return { ok: false, error: cancelledError('no') }
  if (!SENDABLE_KEY.test(ctx.apiKey)) {
    return fail(
      'unauthorized',
      'The saved API key contains characters that cannot be sent. Enter the key again in Settings.'
    )
  }
  const deadline = requestDeadline(
    Math.min(config.timeoutMs, request.timeoutMs ?? Number.POSITIVE_INFINITY),
    ctx.signal
  )
  const headers: Record<string, string> = { 'Truora-API-Key': ctx.apiKey, Accept: 'application/json' }
  if (request.form) headers['Content-Type'] = 'application/x-www-form-urlencoded'
  let status: number
  let text: string
  let tooLarge: boolean
  let retryAfter: string | null
  let location: string | null
  try {
    const response = await config.fetch(request.url, {
      method: request.method,
      headers,
      body: request.form ? new URLSearchParams(request.form).toString() : undefined,
      signal: deadline.signal,
      // A followed redirect would carry the key header to wherever it points (DESIGN.md §1 promise 2).
      redirect: 'manual'
    })
    status = response.status
    retryAfter = response.headers.get('retry-after')
    location = response.headers.get('location')
    // An error answer is read only for its code and message, so it gets the smaller limit.
    const success = status >= 200 && status < 300
    const body = await readBodyCapped(
      response,
      success ? request.maxBytes : Math.min(request.maxBytes, BODY_LIMITS.error)
    )
    text = body.ok ? body.text : ''
    tooLarge = !body.ok
  } catch (error) {
    if (ctx.signal?.aborted) return { ok: false, error: cancelledError('maybe') }
    if (deadline.timedOut()) return fail('timeout', TIMEOUT_MESSAGE, { sent: 'maybe' satisfies Sent })
    const network = networkError(error)
    if (network) return { ok: false, error: network }
    const message = error instanceof Error ? error.message : String(error)
    return fail(
      'internal',
      `The request to Truora failed unexpectedly: ${redact(message, secrets).slice(0, 200)}`,
      { sent: 'maybe' satisfies Sent }
    )
  } finally {
    deadline.release()
  }
  if (tooLarge && status >= 200 && status < 300) {
    return fail(
      'bad_response',
      `Truora's answer for ${request.subject} was larger than the app accepts (${request.maxBytes} bytes), so it was not read. Try again later; if it keeps happening, contact support.`,
      { status, reason: 'too_large', limitBytes: request.maxBytes }
    )
  }
  if (request.acceptRedirect && status >= 300 && status < 400) {
    if (location === null || location.trim() === '') {
      return fail(
        'bad_response',
        `Truora redirected the request for ${request.subject} without saying where.`,
        {
          status,
          reason: 'no_location'
        }
      )
    }
    return ok({ status, body: undefined, location: location.trim() })
  }
  return interpret(status, text, retryAfter, config, request, secrets)
}

function interpret(
  status: number,
  text: string,
  retryAfter: string | null,
  config: HttpConfig,
  request: HttpRequest,
  secrets: readonly string[]
): Result<HttpAnswer> {
  const success = status >= 200 && status < 300
  // An opaque redirect (status 0) is what `redirect: 'manual'` gives in a browser-like fetch.
  const effective = status === 0 ? 302 : status
  if (!success) {
    const body = text.trim() === '' ? undefined : parseJson(text, status, secrets)
    const info = body?.ok ? truoraErrorInfo(body.data, secrets) : {}
    const error = errorForStatus(
      effective,
      info,
      request.subject,
      retryAfterSeconds(retryAfter, config.now())
    )
    if (body && !body.ok && error.details) error.details.excerpt = body.error.details?.excerpt
    return { ok: false, error }
  }
  if (status === 204 || text.trim() === '') return ok({ status, body: undefined })
  const parsed = parseJson(text, status, secrets)
  if (!parsed.ok) return parsed
  // An error body behind a 2xx status (`http_code` ≥ 400) is an error all the same.
  const info = truoraErrorInfo(parsed.data, secrets)
  if (info.httpCode !== undefined && info.httpCode >= 400 && asObject(parsed.data)?.message !== undefined) {
    return {
      ok: false,
      error: errorForStatus(info.httpCode, info, request.subject, retryAfterSeconds(retryAfter, config.now()))
    }
  }
  return ok({ status, body: parsed.data })
}

/** Sends one request and logs its outcome; every failure comes back redacted. */
export async function send(
  config: HttpConfig,
  ctx: CallContext,
  request: HttpRequest
): Promise<Result<HttpAnswer>> {
  const started = config.now()
  let result: Result<HttpAnswer>
  try {
    result = await exchange(config, ctx, request)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    result = fail('internal', `The request to Truora failed unexpectedly: ${message.slice(0, 200)}`)
  }
  const secrets = [ctx.apiKey]
  if (!result.ok) {
    const { details, message } = result.error
    result = {
      ok: false,
      error: {
        ...result.error,
        message: redact(message, secrets),
        ...(details ? { details: redactDeep(details, secrets) as Record<string, unknown> } : {})
      }
    }
  }
  const outcome = result.ok
    ? String(result.data.status)
    : `${result.error.code}${typeof result.error.details?.status === 'number' ? ` ${result.error.details.status}` : ''}`
  safeLog(
    config,
    `truora ${request.method} ${request.url.pathname}${request.url.search} -> ${outcome} (${Math.round(config.now() - started)} ms)`,
    secrets
  )
  return result
}
