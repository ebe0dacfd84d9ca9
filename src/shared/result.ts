// Errors are values (DESIGN.md §3): Electron only carries `message` across a thrown error, so every
// contract call resolves to a Result and nothing is thrown across IPC.

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'unauthorized',
  'forbidden',
  'conflict',
  'rate_limited',
  'server',
  'offline',
  'timeout',
  'bad_response',
  'keychain_unavailable',
  'cache_corrupt',
  'no_operator',
  'cancelled',
  'expired',
  // The session is locked (DESIGN.md §6 "Session lock"): unlock with the operator's passphrase first.
  'locked',
  'wrong_passphrase',
  'internal'
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface AppError {
  code: ErrorCode
  /** English, for logs and as a fallback; the renderer shows its own translation of `code`. */
  message: string
  /** True when trying the same call again later may succeed (network, rate limit, server). */
  retryable: boolean
  /** Plain data only: field issues, Truora's status and code, the existing account on `conflict`… */
  details?: Record<string, unknown>
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError }

const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['rate_limited', 'server', 'offline', 'timeout'])

export function ok<T>(data: T): Result<T> {
  return { ok: true, data }
}

export function fail<T = never>(
  code: ErrorCode,
  message: string,
  details?: Record<string, unknown>
): Result<T> {
  return { ok: false, error: appError(code, message, details) }
}

export function appError(code: ErrorCode, message: string, details?: Record<string, unknown>): AppError {
  return details === undefined
    ? { code, message, retryable: RETRYABLE.has(code) }
    : { code, message, retryable: RETRYABLE.has(code), details }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value)
}
