// JWT-shaped keys and tokens. Truora API keys are JWTs whose claims name the client and the expiry
// (TRUORA_API.md "Hosts and auth"); the app decodes them, so tests need keys with real-looking claims.
// The signature is random: nothing here (or in the app) verifies it.
import { createRng } from './prng'

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

export function jwtShaped(claims: Record<string, unknown>, salt: string | number): string {
  const signature = Buffer.from(createRng('jwt', salt, JSON.stringify(claims)).hex(64), 'hex').toString(
    'base64url'
  )
  return `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(claims)}.${signature}`
}

export interface SimApiKeyOptions {
  clientId?: string
  keyName?: string
  keyType?: string
  /** Seconds since the epoch; default one year after `issuedAt`. */
  expiresAt?: number
  /** Seconds since the epoch; default 2026-01-01. */
  issuedAt?: number
}

/** A backend API key shaped like Truora's, for a simulator started with `key: simApiKey()`. */
export function simApiKey(options: SimApiKeyOptions = {}): string {
  const issuedAt = options.issuedAt ?? Date.UTC(2026, 0, 1) / 1000
  return jwtShaped(
    {
      client_id: options.clientId ?? 'TCIsimulator00000000000000000000',
      key_type: options.keyType ?? 'backend',
      key_name: options.keyName ?? 'simulator',
      username: 'simulator',
      grant: 'all',
      iat: issuedAt,
      exp: options.expiresAt ?? issuedAt + 365 * 86400
    },
    options.keyName ?? 'simulator'
  )
}
