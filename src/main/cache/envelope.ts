// The cache file at rest (DESIGN.md §4 "encrypted at rest"): a JSON envelope
// `{ version, iv, tag, data }` whose `data` is base64 AES-256-GCM ciphertext, under the operator's own
// random data key from the keychain. Envelope version 1 is defined as:
// - plaintext: the cache JSON (UTF-8), compressed with raw DEFLATE (level 1) before encryption.
//   Compression keeps opening 100,000 accounts within 1.25× of a plain JSON.parse (issue 4): it cuts
//   the bytes to read, decrypt and base64-decode about fourfold, which pays for the inflate. It can
//   reveal how compressible the content is by the file size; only someone who both plants chosen
//   accounts in Truora and watches successive file sizes could use that, which is outside the threat
//   this protects against (a copied or stolen file).
// - a fresh random 96-bit IV per write (the GCM nonce size NIST SP 800-38D recommends): a key never
//   sees the same IV twice, which is what GCM's security rests on.
// - additional authenticated data: a fixed label naming the format. Binding the file to its operator
//   comes from the key itself (one key per operator), so a file copied into another operator's folder
//   fails to decrypt; the path is not used, so the data folder may move.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import { deflateRaw, inflateRaw } from 'node:zlib'
import type { CacheCorruptReason } from './types'

export const ENVELOPE_VERSION = 1
export const DATA_KEY_BYTES = 32
const IV_BYTES = 12
const TAG_BYTES = 16
const AAD = Buffer.from('truora-account-lookup/cache/envelope-v1', 'utf8')

// The async forms run in libuv's thread pool, so (de)compressing a large cache does not block the
// main process's event loop.
const deflate = promisify(deflateRaw)
const inflate = promisify(inflateRaw)

export interface Envelope {
  version: number
  iv: string
  tag: string
  data: string
}

/** Compresses and encrypts the cache JSON into the bytes of an envelope file. */
export async function sealEnvelope(json: string, key: Buffer): Promise<Buffer> {
  const compressed = await deflate(Buffer.from(json, 'utf8'), { level: 1 })
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
  cipher.setAAD(AAD)
  const data = Buffer.concat([cipher.update(compressed), cipher.final()])
  const envelope: Envelope = {
    version: ENVELOPE_VERSION,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64')
  }
  return Buffer.from(JSON.stringify(envelope), 'latin1')
}

export type Unsealed = { ok: true; json: string } | { ok: false; reason: CacheCorruptReason }

/** The cache JSON inside an envelope file, or why it cannot be had. Never throws. */
export async function openEnvelope(bytes: Buffer, key: Buffer): Promise<Unsealed> {
  const envelope = parseEnvelope(bytes)
  if (envelope === undefined) return { ok: false, reason: 'not-an-envelope' }
  if (envelope.version !== ENVELOPE_VERSION) return { ok: false, reason: 'unsupported-version' }
  const iv = Buffer.from(envelope.iv, 'base64')
  const tag = Buffer.from(envelope.tag, 'base64')
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) return { ok: false, reason: 'not-an-envelope' }
  let compressed: Buffer
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
    decipher.setAAD(AAD)
    decipher.setAuthTag(tag)
    // One buffer in, one out, and one JSON.parse by the caller: no per-record work (issue 4).
    compressed = Buffer.concat([decipher.update(Buffer.from(envelope.data, 'base64')), decipher.final()])
  } catch {
    // The tag does not match: another operator's key, or bytes changed after they were written.
    return { ok: false, reason: 'decrypt-failed' }
  }
  try {
    return { ok: true, json: (await inflate(compressed)).toString('utf8') }
  } catch {
    return { ok: false, reason: 'invalid-content' }
  }
}

function parseEnvelope(bytes: Buffer): Envelope | undefined {
  let value: unknown
  try {
    // The envelope is pure ASCII (JSON of numbers and base64), so latin1 decodes it exactly and faster.
    value = JSON.parse(bytes.toString('latin1'))
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null) return undefined
  const { version, iv, tag, data } = value as Record<string, unknown>
  if (typeof version !== 'number' || typeof iv !== 'string') return undefined
  if (typeof tag !== 'string' || typeof data !== 'string') return undefined
  return { version, iv, tag, data }
}
