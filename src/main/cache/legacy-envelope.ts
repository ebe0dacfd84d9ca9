// Format 1 of the cache file, read only so that a cache written by an earlier build opens (its outbox
// must not be lost: DESIGN.md §1) and is written again as format 2 (cache-file-format.ts) by the next
// write. Format 1 was one JSON envelope `{ version: 1, iv, tag, data }`: `data` the base64 AES-256-GCM
// ciphertext of the raw-DEFLATE-compressed cache JSON, with a fixed label as additional data.
import { createDecipheriv } from 'node:crypto'
import { promisify } from 'node:util'
import { inflateRaw } from 'node:zlib'
import { IV_BYTES, TAG_BYTES } from './sealed-part'
import type { CacheCorruptReason } from './types'

const LEGACY_VERSION = 1
const AAD = Buffer.from('truora-account-lookup/cache/envelope-v1', 'utf8')
const inflate = promisify(inflateRaw)

export type Unsealed = { ok: true; json: string } | { ok: false; reason: CacheCorruptReason }

/** The cache JSON inside a format-1 file, or why it cannot be had. Never throws. */
export async function openLegacyEnvelope(bytes: Buffer, key: Buffer): Promise<Unsealed> {
  let envelope: unknown
  try {
    // The envelope is pure ASCII (JSON of numbers and base64), so latin1 decodes it exactly.
    envelope = JSON.parse(bytes.toString('latin1'))
  } catch {
    return { ok: false, reason: 'not-an-envelope' }
  }
  if (typeof envelope !== 'object' || envelope === null) return { ok: false, reason: 'not-an-envelope' }
  const { version, iv, tag, data } = envelope as Record<string, unknown>
  if (
    typeof version !== 'number' ||
    typeof iv !== 'string' ||
    typeof tag !== 'string' ||
    typeof data !== 'string'
  ) {
    return { ok: false, reason: 'not-an-envelope' }
  }
  if (version !== LEGACY_VERSION) return { ok: false, reason: 'unsupported-version' }
  const ivBytes = Buffer.from(iv, 'base64')
  const tagBytes = Buffer.from(tag, 'base64')
  if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES)
    return { ok: false, reason: 'not-an-envelope' }
  let compressed: Buffer
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, ivBytes, { authTagLength: TAG_BYTES })
    decipher.setAAD(AAD)
    decipher.setAuthTag(tagBytes)
    compressed = Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()])
  } catch {
    return { ok: false, reason: 'decrypt-failed' }
  }
  try {
    return { ok: true, json: (await inflate(compressed)).toString('utf8') }
  } catch {
    return { ok: false, reason: 'invalid-content' }
  }
}
