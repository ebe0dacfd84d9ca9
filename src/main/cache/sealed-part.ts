// One sealed piece of the cache (DESIGN.md §4 "encrypted at rest"; docs/architecture.md "The operator's
// cache"): each file of the current layout (the manifest, every part), and each part of a format-2 file
// (cache-file-format.ts, read to migrate it). Its plaintext is compressed with raw DEFLATE (level 1), then
// sealed with AES-256-GCM under the operator's data key:
// - a fresh random 96-bit IV per seal (the nonce size NIST SP 800-38D recommends), so a key never
//   sees the same IV twice, which is what GCM's security rests on;
// - additional authenticated data that names what the bytes are: in the current layout the operator
//   and the file's name (part-names.ts), in format 2 the part's position in the file; and the manifest
//   (format 2: the first part) lists every part's IV and tag, so none can be dropped, added, moved or
//   swapped for an older copy without being refused. Compression cuts the bytes to encrypt, write and read
//   about fourfold. It can reveal how compressible the content is through the size; only someone who both
//   plants chosen accounts in Truora and watches successive file sizes could use that, outside the threat
//   this protects against (a copied or stolen file). Both the compression and the cipher run in libuv's
//   thread pool (zlib's async API, WebCrypto), not on the main process's event loop: opening or writing
//   100,000 accounts keeps the app responsive, and while the main thread parses one part the pool already
//   opens the next (DESIGN.md §1 "Fast at any size": searchable within a blink of opening).
import { webcrypto } from 'node:crypto'
import { promisify } from 'node:util'
import { deflateRaw, inflateRaw } from 'node:zlib'

export const DATA_KEY_BYTES = 32
export const IV_BYTES = 12
export const TAG_BYTES = 16
const LABEL = 'truora-account-lookup/cache/part-v2/'

const deflate = promisify(deflateRaw)
const inflate = promisify(inflateRaw)
/**
 * Output buffer of the async zlib calls. With zlib's default of 16 KB, inflating a 2.5 MB shard
 * comes back to the main thread some 160 times and the pieces are then joined: several times slower
 * than one buffer of the right size, which the plaintext length (kept in the state part) allows.
 */
const ZLIB_CHUNK = 1 << 20
/** Larger than any part this app writes; a length beyond it is not used to size a buffer. */
const MAX_PART_BYTES = 1 << 30

/** The data key, imported once per open cache for WebCrypto. */
export type PartKey = webcrypto.CryptoKey

export function importPartKey(dataKey: Buffer): Promise<PartKey> {
  return webcrypto.subtle.importKey('raw', dataKey, 'AES-GCM', false, ['encrypt', 'decrypt'])
}

export interface SealedPart {
  /** As it sits in the file: IV, then ciphertext with GCM's tag at its end. */
  bytes: Buffer
  /** Length of the plaintext JSON (UTF-8), so that opening can size its buffer at once. */
  plainBytes: number
}

/** Format 2's additional data: the part's position in the one file. */
function aadOf(position: number): string {
  return `${LABEL}${position}`
}

export async function sealPart(json: string, position: number, key: PartKey): Promise<SealedPart> {
  return sealBytes(new TextEncoder().encode(json), aadOf(position), key)
}

/**
 * Compresses and seals any bytes under `aad`, the additional data that names what the bytes are
 * (format 3 binds the operator and the part's file name: part-names.ts).
 */
export async function sealBytes(plain: Uint8Array, aad: string, key: PartKey): Promise<SealedPart> {
  const compressed = await deflate(plain, { level: 1, chunkSize: ZLIB_CHUNK })
  const iv = webcrypto.getRandomValues(Buffer.alloc(IV_BYTES))
  const sealed = await webcrypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: Buffer.from(aad, 'utf8'), tagLength: TAG_BYTES * 8 },
    key,
    compressed
  )
  return { bytes: Buffer.concat([iv, Buffer.from(sealed)]), plainBytes: plain.length }
}

/** What binds a part to the file's first part (format 2) or the manifest (format 3): its IV and tag, base64. */
export function fingerprintOf(part: Uint8Array): string {
  const bytes = Buffer.from(part.buffer, part.byteOffset, part.byteLength)
  return Buffer.concat([bytes.subarray(0, IV_BYTES), bytes.subarray(bytes.length - TAG_BYTES)]).toString(
    'base64'
  )
}

export type OpenedPart =
  { ok: true; json: string } | { ok: false; reason: 'decrypt-failed' | 'invalid-content' }

export type OpenedBytes =
  { ok: true; bytes: Buffer } | { ok: false; reason: 'decrypt-failed' | 'invalid-content' }

/** The part's JSON text, or why it cannot be had. Never throws. */
export async function openPart(
  part: Buffer,
  position: number,
  key: PartKey,
  plainBytes?: number
): Promise<OpenedPart> {
  const opened = await openBytes(part, aadOf(position), key, plainBytes)
  return opened.ok ? { ok: true, json: new TextDecoder().decode(opened.bytes) } : opened
}

/** The plaintext of bytes sealed by `sealBytes` under the same `aad`, or why it cannot be had. Never throws. */
export async function openBytes(
  part: Uint8Array,
  aad: string,
  key: PartKey,
  plainBytes?: number
): Promise<OpenedBytes> {
  if (part.length < IV_BYTES + TAG_BYTES) return { ok: false, reason: 'decrypt-failed' }
  let compressed: ArrayBuffer
  try {
    compressed = await webcrypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: part.subarray(0, IV_BYTES),
        additionalData: Buffer.from(aad, 'utf8'),
        tagLength: TAG_BYTES * 8
      },
      key,
      part.subarray(IV_BYTES)
    )
  } catch {
    // The tag does not match: another operator's key or file, a part renamed or moved, or bytes
    // changed after writing.
    return { ok: false, reason: 'decrypt-failed' }
  }
  try {
    // One byte more than the plaintext: zlib then ends in one buffer, with nothing to join.
    const chunkSize = plainBytes !== undefined && plainBytes < MAX_PART_BYTES ? plainBytes + 1 : ZLIB_CHUNK
    return {
      ok: true,
      bytes: await inflate(Buffer.from(compressed), { chunkSize: Math.max(chunkSize, 64) })
    }
  } catch {
    return { ok: false, reason: 'invalid-content' }
  }
}
