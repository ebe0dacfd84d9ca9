// Which message an error gets: its code's, or a finer one its details name — why the keychain
// refused (`details.reason`, keychain.ts), or that the disk refused a write (`details.reason: 'disk'`).
// The renderer's words come from code and details, never from `message` (DESIGN.md §3).
import { KEYCHAIN_PROBLEMS } from '@shared/domain'
import type { AppError } from '@shared/result'

export interface MessageKey {
  key: string
  params: Record<string, string | number>
}

export function errorKey(error: Pick<AppError, 'code'> & { details?: AppError['details'] }): MessageKey {
  const reason = error.details?.reason
  if (error.code === 'keychain_unavailable' && (KEYCHAIN_PROBLEMS as readonly unknown[]).includes(reason)) {
    return { key: `errors.keychain.${String(reason)}`, params: {} }
  }
  if (error.code === 'internal' && reason === 'disk') {
    const errno = error.details?.errno
    return { key: 'errors.disk', params: { errno: typeof errno === 'string' ? errno : '?' } }
  }
  return { key: `errors.${error.code}`, params: {} }
}
