// Keeps the API key out of every message, detail and log line the client produces (DESIGN.md §1
// promise 2: the key never reaches an error message or a log). Anything key-shaped goes: the exact
// key (also URL-encoded), any JWT-looking string, and the value of a Truora-API-Key header.

export const REDACTED = '[redacted]'

/** A JWT: base64url header starting `eyJ` (`{"`), a payload and an optional signature. */
const JWT = /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.?[A-Za-z0-9_-]*/g
const KEY_HEADER = /(truora-api-key["']?\s*[:=]\s*["']?)[^\s"',;}]+/gi

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text
  for (const secret of secrets) {
    if (secret === '') continue
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      out = out.replace(new RegExp(escapeRegExp(form), 'g'), REDACTED)
    }
  }
  return out.replace(JWT, REDACTED).replace(KEY_HEADER, `$1${REDACTED}`)
}

/** `redact` applied to every string inside plain data (error details). */
export function redactDeep(value: unknown, secrets: readonly string[] = []): unknown {
  if (typeof value === 'string') return redact(value, secrets)
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secrets))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, secrets)]))
  }
  return value
}
