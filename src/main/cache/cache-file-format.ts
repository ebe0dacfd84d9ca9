// The bytes of an operator's cache file, format 2 (DESIGN.md §4): a header, then sealed parts
// (sealed-part.ts), each preceded by its length:
//   "TALCACHE" (8 bytes) | format version (1 byte) | { length (uint32, big-endian) | part }…
// Part 0 is the state part: schema version, outbox, mirror cursor, last sync, and the IV and tag of
// every other part. Parts 1…n are shards, each holding a fixed group of records (shard-plan.ts).
// Why parts and not one sealed blob (format 1): a write re-seals only the shards that changed, and
// opening decrypts and decompresses the next parts in the thread pool while the main thread parses
// the one before (DESIGN.md §1 "Fast at any size": opening costs little more than a plain
// JSON.parse, and a lookup does not rewrite the whole cache). The file is still replaced whole and atomically (temp file, fsync, rename).
import type { CacheCorruptReason } from './types'

const FORMAT_VERSION = 2
const MAGIC = Buffer.from('TALCACHE', 'latin1')
const HEADER_BYTES = MAGIC.length + 1
const LENGTH_BYTES = 4

/** The file's bytes as a list of buffers to write in order (the parts are not copied). */
export function layOut(parts: readonly Buffer[]): Buffer[] {
  const header = Buffer.alloc(HEADER_BYTES)
  MAGIC.copy(header)
  header[MAGIC.length] = FORMAT_VERSION
  const out: Buffer[] = [header]
  for (const part of parts) {
    const length = Buffer.alloc(LENGTH_BYTES)
    length.writeUInt32BE(part.length)
    out.push(length, part)
  }
  return out
}

export type SplitFile =
  { ok: true; parts: Buffer[] } | { ok: false; reason: CacheCorruptReason; complete?: Buffer[] }

/**
 * The parts of a format-2 file (views into `bytes`), or why it is not one. A file cut short still
 * hands back its complete parts (`complete`): the state part comes first, and its outbox is worth
 * keeping even when the shards after it are lost.
 */
export function splitParts(bytes: Buffer): SplitFile {
  if (bytes.length < HEADER_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    return { ok: false, reason: 'not-an-envelope' }
  }
  if (bytes[MAGIC.length] !== FORMAT_VERSION) return { ok: false, reason: 'unsupported-version' }
  const parts: Buffer[] = []
  let at = HEADER_BYTES
  while (at < bytes.length) {
    const length = at + LENGTH_BYTES > bytes.length ? Number.POSITIVE_INFINITY : bytes.readUInt32BE(at)
    at += LENGTH_BYTES
    // A length past the end: the file was cut short.
    if (at + length > bytes.length) return { ok: false, reason: 'not-an-envelope', complete: parts }
    parts.push(bytes.subarray(at, at + length))
    at += length
  }
  return parts.length === 0 ? { ok: false, reason: 'not-an-envelope' } : { ok: true, parts }
}

/** True when the bytes start like a format-2 file (and so are not a format-1 JSON envelope). */
export function isFormat2(bytes: Buffer): boolean {
  return bytes.length >= MAGIC.length && bytes.subarray(0, MAGIC.length).equals(MAGIC)
}
