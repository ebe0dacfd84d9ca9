// Turns HTTP statuses and network failures into the contract's error codes (DESIGN.md §3), with a
// plain English message saying what happened and what to do. The statuses are the ones Truora's SDK
// handles (TRUORA_API.md "Errors").
import { appError, type AppError } from '@shared/result'
import type { TruoraErrorInfo } from './parse'

/**
 * Whether a failed request may have reached Truora: 'no' when the connection was never made (safe to
 * send again), 'maybe' when it broke or timed out after the request could have been sent.
 */
export type Sent = 'no' | 'maybe'

const RATE_LIMIT_MESSAGE = /max rate limit reached/i

/** What the request was about, for messages: e.g. `account "crm-1"`. */
export type Subject = string

export function errorForStatus(
  status: number,
  info: TruoraErrorInfo,
  subject: Subject,
  retryAfterSeconds?: number
): AppError {
  const details: Record<string, unknown> = { status, ...info }
  if (retryAfterSeconds !== undefined) details.retryAfterSeconds = retryAfterSeconds
  const said = info.truoraMessage ? ` Truora said: "${info.truoraMessage}".` : ''
  // Truora's SDK also treats the message alone as a rate limit, whatever the status.
  if (status === 429 || RATE_LIMIT_MESSAGE.test(info.truoraMessage ?? '')) {
    return appError(
      'rate_limited',
      'Truora is limiting how fast requests can be made. Wait a minute and try again.',
      details
    )
  }
  switch (status) {
    case 400:
      return appError(
        'invalid_input',
        `Truora rejected the request for ${subject} as invalid.${said} Check the data and try again.`,
        details
      )
    case 401:
      return appError(
        'unauthorized',
        "Truora did not accept the operator's API key. Check the key in Settings, or ask for a new one if it has expired.",
        details
      )
    case 403:
      return appError(
        'forbidden',
        `Truora refused access to ${subject}. The API key may not have permission for it.`,
        details
      )
    case 404:
      return appError('not_found', `Truora has no ${subject}. Check the ID and try again.`, details)
    case 409:
      return appError('conflict', `Truora already has ${subject}.${said}`, details)
    case 410:
      return appError('expired', `${capitalise(subject)} has expired in Truora. Start a new one.`, details)
    case 408:
      return appError(
        'timeout',
        'Truora did not answer in time. Check the connection and try again.',
        details
      )
  }
  if (status >= 500) {
    return appError(
      'server',
      `Truora had a server error (HTTP ${status}). Try again in a few minutes.`,
      details
    )
  }
  if (status >= 300 && status < 400) {
    // Redirects are not followed (http.ts): a followed redirect would carry the key to another host.
    return appError(
      'bad_response',
      `Truora answered with a redirect (HTTP ${status}), which the app does not follow. Check the Truora address settings.`,
      details
    )
  }
  return appError(
    'invalid_input',
    `Truora could not process the request for ${subject} (HTTP ${status}).${said} Check the data and try again.`,
    details
  )
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The `code`s of an error and of its `cause` chain (Node's undici nests the system error). */
function codesOf(error: unknown): string[] {
  const codes: string[] = []
  let current: unknown = error
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown }
    if (typeof code === 'string') codes.push(code)
    // Electron's net.fetch reports Chromium errors in the message: "net::ERR_CONNECTION_REFUSED".
    if (typeof message === 'string') codes.push(...(message.match(/net::ERR_[A-Z_]+/g) ?? []))
    current = (current as { cause?: unknown }).cause
  }
  return codes
}

const NOT_CONNECTED =
  /^(?:net::)?(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|ENETDOWN|EADDRNOTAVAIL|ERR_CONNECTION_REFUSED|ERR_NAME_NOT_RESOLVED|ERR_NAME_RESOLUTION_FAILED|ERR_INTERNET_DISCONNECTED|ERR_ADDRESS_UNREACHABLE|ERR_NETWORK_CHANGED|ERR_PROXY_CONNECTION_FAILED)$/
const CONNECT_TIMEOUT = /^(?:net::)?(UND_ERR_CONNECT_TIMEOUT|ERR_CONNECTION_TIMED_OUT)$/
const TIMED_OUT = /^(?:net::)?(ETIMEDOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT|ERR_TIMED_OUT)$/
const BROKEN =
  /^(?:net::)?(ECONNRESET|ECONNABORTED|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED|ERR_CONNECTION_RESET|ERR_CONNECTION_CLOSED|ERR_CONNECTION_ABORTED|ERR_EMPTY_RESPONSE|ERR_SOCKET_NOT_CONNECTED)$/

export function cancelledError(sent: Sent): AppError {
  return appError('cancelled', 'The request was cancelled.', { sent })
}

const OFFLINE_MESSAGE =
  'Could not reach Truora: the network seems to be down. Check the connection; data already fetched is still available.'
export const TIMEOUT_MESSAGE = 'Truora did not answer in time. Check the connection and try again.'

/**
 * A fetch that threw: refused or unresolvable → `offline` (nothing sent); reset or closed → `offline`
 * (maybe sent); timed out → `timeout`. Returns undefined when the error is not a network failure.
 */
export function networkError(error: unknown): AppError | undefined {
  const codes = codesOf(error)
  const cause = codes[codes.length - 1]?.replace('net::', '')
  if (codes.some((code) => NOT_CONNECTED.test(code)))
    return appError('offline', OFFLINE_MESSAGE, { cause, sent: 'no' satisfies Sent })
  if (codes.some((code) => CONNECT_TIMEOUT.test(code)))
    return appError('timeout', TIMEOUT_MESSAGE, { cause, sent: 'no' satisfies Sent })
  if (codes.some((code) => TIMED_OUT.test(code)))
    return appError('timeout', TIMEOUT_MESSAGE, { cause, sent: 'maybe' satisfies Sent })
  // Resets, closed sockets, empty answers, and any other failure fetch reports as a network one
  // ("fetch failed", "net::ERR_…") mean the exchange broke after it started: it may have reached Truora.
  const fetchFailed = error instanceof TypeError && /fetch failed/i.test(error.message)
  if (fetchFailed || codes.some((code) => BROKEN.test(code) || code.startsWith('net::ERR_'))) {
    return appError(
      'offline',
      'The connection to Truora broke before it answered. Check the connection and try again.',
      { cause: cause ?? 'network', sent: 'maybe' satisfies Sent }
    )
  }
  return undefined
}
