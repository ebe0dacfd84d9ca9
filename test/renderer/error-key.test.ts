// Which message an error gets (src/renderer/src/lib/error-key.ts): the keychain's reason and a disk
// refusal get their own words; anything else, or a reason the renderer does not know, its code's.
import { describe, expect, it } from 'vitest'
import { KEYCHAIN_PROBLEMS } from '@shared/domain/operators'
import { errorKey } from '@renderer/lib/error-key'

describe('errorKey', () => {
  it('words each keychain problem by its reason', () => {
    for (const reason of KEYCHAIN_PROBLEMS) {
      expect(errorKey({ code: 'keychain_unavailable', details: { reason } })).toEqual({
        key: `errors.keychain.${reason}`,
        params: {}
      })
    }
  })

  it('says the disk refused, with its errno', () => {
    expect(errorKey({ code: 'internal', details: { reason: 'disk', errno: 'ENOSPC' } })).toEqual({
      key: 'errors.disk',
      params: { errno: 'ENOSPC' }
    })
  })

  it('falls back to the code for no reason, an unknown reason, or a reason on another code', () => {
    expect(errorKey({ code: 'keychain_unavailable' }).key).toBe('errors.keychain_unavailable')
    expect(errorKey({ code: 'keychain_unavailable', details: { reason: 'toString' } }).key).toBe(
      'errors.keychain_unavailable'
    )
    expect(errorKey({ code: 'offline', details: { reason: 'locked' } }).key).toBe('errors.offline')
    expect(errorKey({ code: 'internal', details: { reason: 'other' } }).key).toBe('errors.internal')
  })
})
