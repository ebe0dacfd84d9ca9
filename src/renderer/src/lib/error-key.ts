// Which message an error gets: its code's, or a finer one its details name — why the keychain
// refused (`details.reason`, keychain.ts), that the disk refused a write (`details.reason: 'disk'`),
// that wrong passphrases must wait (`unlock_wait`), that a passphrase is needed or already chosen,
// or another reason with words of its own (`errors.reasons.*`). The renderer's words come from code
// and details, never from `message` (DESIGN.md §3).
import { KEYCHAIN_PROBLEMS } from '@shared/domain/operators'
import type { AppError } from '@shared/result'

/**
 * Reasons worded under `errors.reasons.*`, whatever the code: an export that failed for another
 * reason than the disk (cache/service.ts), an answer over its size limit (truora/read-body.ts), a
 * paging link outside Truora (truora/egress.ts), and why a sync stopped itself (sync/walk-bounds.ts).
 */
export const WORDED_REASONS = [
  'export',
  'too_large',
  'egress',
  'too_many_pages',
  'no_new_accounts',
  'repeated_page'
] as const

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
  if ((WORDED_REASONS as readonly unknown[]).includes(reason)) {
    return { key: `errors.reasons.${String(reason)}`, params: {} }
  }
  return { key: `errors.${error.code}`, params: {} }
}
