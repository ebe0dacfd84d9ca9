// Truora API keys are JWTs whose claims name the client and the expiry (TRUORA_API.md "Hosts and
// auth"). The app decodes them, without verifying, only to show the operator which client a key
// belongs to and when it expires; nothing is trusted on the strength of these claims.
import type { KeyClaims } from './types'

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

/** Seconds since the epoch (a number or a numeric string) as ISO 8601. */
function isoFromSeconds(value: unknown): string | undefined {
  const seconds = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return undefined
  const date = new Date(seconds * 1000)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/** The claims of a JWT-shaped key, or null when the key is not a JWT or carries none of them. */
export function decodeKeyClaims(apiKey: string): KeyClaims | null {
  const parts = apiKey.trim().split('.')
  if (parts.length !== 3 || !parts[1] || !/^[A-Za-z0-9_-]+$/.test(parts[1])) return null
  let payload: unknown
  try {
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'))
  } catch {
    return null
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return null
  const claims = payload as Record<string, unknown>
  const found: KeyClaims = {
    clientId: text(claims.client_id),
    keyType: text(claims.key_type),
    keyName: text(claims.key_name),
    expiresAt: isoFromSeconds(claims.exp),
    issuedAt: isoFromSeconds(claims.iat)
  }
  const present = Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined))
  return Object.keys(present).length > 0 ? present : null
}
