// An operator's API key expiry (from its JWT claims, docs/truora-api.md "Hosts and auth"): the warning
// stays on the operator and, for the active key, in the top bar from two weeks before.
import { KEY_WARNING_MS } from '@shared/key-warning'
import { parseTime } from './format'

const DAY_MS = 24 * 3600 * 1000

export type KeyExpiry = { state: 'ok' } | { state: 'soon' | 'expired'; days: number }

export function keyExpiry(expiresAt: string | undefined, now: Date): KeyExpiry {
  const time = parseTime(expiresAt)
  if (time === undefined) return { state: 'ok' }
  const left = time - now.getTime()
  if (left <= 0) return { state: 'expired', days: Math.floor(-left / DAY_MS) }
  if (left <= KEY_WARNING_MS) return { state: 'soon', days: Math.ceil(left / DAY_MS) }
  return { state: 'ok' }
}
