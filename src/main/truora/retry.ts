// Retries for reads only (TRUORA_API.md "Errors": only 429, 5xx and network failures are retried,
// with exponential backoff). A POST is never retried here: DESIGN.md §5 "A POST is never blindly
// retried". Attempts and total time are bounded so a lookup fails in time for the cache to answer.
import type { AppError, Result } from '@shared/result'
import { cancelledError } from './errors'
import type { RetryPolicy } from './types'

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 400,
  maxDelayMs: 8_000,
  maxTotalMs: 30_000
}

export interface RetryDeps {
  policy: RetryPolicy
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  now: () => number
  random: () => number
  signal?: AbortSignal
}

/** Why `signal` aborted, as an Error (AbortSignal.reason is a DOMException unless a caller gave another). */
function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason
  return reason instanceof Error ? reason : new DOMException('The operation was aborted.', 'AbortError')
}

/** Waits `ms`, rejecting at once if `signal` aborts. */
export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal))
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(abortReason(signal))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * Worth another try: the server or the rate limit may clear, and a broken or timed-out exchange may
 * go through. A refused connection is not retried: the network is down, so the caller answers from
 * its cache at once instead of after the backoff.
 */
function isRetryable(error: AppError): boolean {
  if (error.code === 'rate_limited' || error.code === 'server' || error.code === 'timeout') return true
  return error.code === 'offline' && error.details?.sent === 'maybe'
}

/** Exponential backoff with "equal jitter": half the delay fixed, half random, so clients spread out. */
function backoff(policy: RetryPolicy, retry: number, random: () => number): number {
  const full = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1))
  return Math.round(full / 2 + random() * (full / 2))
}

export async function withRetry<T>(attempt: () => Promise<Result<T>>, deps: RetryDeps): Promise<Result<T>> {
  const { policy } = deps
  const started = deps.now()
  for (let tried = 1; ; tried++) {
    const result = await attempt()
    if (result.ok || !isRetryable(result.error) || tried >= policy.attempts) return result
    const retryAfter = result.error.details?.retryAfterSeconds
    // A server's Retry-After wins over our own backoff (TRUORA_API.md: "honour Retry-After if it comes").
    const delay = typeof retryAfter === 'number' ? retryAfter * 1000 : backoff(policy, tried, deps.random)
    if (deps.now() - started + delay > policy.maxTotalMs) return result
    try {
      await deps.sleep(delay, deps.signal)
    } catch {
      return { ok: false, error: cancelledError('maybe') }
    }
    if (deps.signal?.aborted) return { ok: false, error: cancelledError('maybe') }
  }
}
