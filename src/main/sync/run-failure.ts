// What a background run (the mirror) says when it fails: a code from the closed set, a short English
// message for logs, and a `reason` the renderer puts in the operator's words (DESIGN.md §3).
import type { SyncStatus } from '@shared/domain/sync'
import { appError, type AppError } from '@shared/result'
import { errnoCode, isDiskError } from '../fs/errno-code'
import { KeychainError } from '../operators/keychain'

/**
 * From what was thrown: the keychain's own error; a disk that refused a write (ENOSPC, EACCES,
 * EROFS…) as `internal` with `details.reason = 'disk'`, since the operator can act on it; or
 * something unexpected.
 */
export function failureOf(thrown: unknown): AppError {
  if (thrown instanceof KeychainError) return thrown.appError
  if (isDiskError(thrown)) {
    const code = errnoCode(thrown)
    return appError(
      'internal',
      `The sync stopped: the disk refused to save the cache (${code}). Free some disk space or check the folder's permissions, then sync again.`,
      { reason: 'disk', errno: code }
    )
  }
  return appError('internal', 'The sync stopped unexpectedly.')
}

/** What SyncStatus says of a failure: its code, its log message and, when there is one, its reason. */
export function statusError(error: AppError): NonNullable<SyncStatus['error']> {
  const reason = error.details?.reason
  return typeof reason === 'string'
    ? { code: error.code, message: error.message, reason }
    : { code: error.code, message: error.message }
}
