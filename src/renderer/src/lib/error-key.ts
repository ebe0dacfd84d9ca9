// Which message an error gets: its code's, or a finer one its details name — why the keychain
// refused (`details.reason`, keychain.ts), that the disk refused a write (`details.reason: 'disk'`),
// that wrong passphrases must wait (`unlock_wait`), or that a passphrase is needed or already chosen.
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
  if (error.code === 'rate_limited' && reason === 'unlock_wait')
    return { key: 'errors.unlockWait', params: {} }
  if (error.code === 'conflict' && reason === 'passphrase_needed') {
    return { key: 'errors.passphraseNeeded', params: {} }
  }
  if (error.code === 'conflict' && reason === 'passphrase_set')
    return { key: 'errors.passphraseSet', params: {} }
  if (error.code === 'internal' && reason === 'disk') {
    const errno = error.details?.errno
    return { key: 'errors.disk', params: { errno: typeof errno === 'string' ? errno : '?' } }
  }
  return { key: `errors.${error.code}`, params: {} }
}
