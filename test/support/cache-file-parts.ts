// Cache files made to order for the tests that feed the reader damaged or foreign content: format 2
// built from chosen JSON with the app's own part sealing (src/main/cache/sealed-part.ts), and format 1
// (the earlier whole-file envelope) written here independently, as a file from an earlier build.
import { createCipheriv, randomBytes } from 'node:crypto'
import { deflateRawSync } from 'node:zlib'
import { layOut } from '../../src/main/cache/cache-file-format'
import { fingerprintOf, importPartKey, sealPart, type SealedPart } from '../../src/main/cache/sealed-part'

export const EMPTY_STATE = {
  schemaVersion: 1,
  outbox: [],
  mirror: { pages: 0, accounts: 0, inProgress: false }
}

export interface CraftedFile {
  /** JSON of each shard, sealed at positions 1…n. */
  shards?: string[]
  /** The state part's JSON, given the shards' entries; by default `{ shards, state: EMPTY_STATE }`. */
  head?: (shards: { seal: string; bytes: number }[]) => string
  /** Lays the sealed shards out in another order (or fewer of them) than they were sealed in. */
  arrange?: (sealed: SealedPart[]) => SealedPart[]
}

export async function craftCacheFile(dataKey: Buffer, crafted: CraftedFile = {}): Promise<Buffer> {
  const key = await importPartKey(dataKey)
  const sealed = await Promise.all((crafted.shards ?? []).map((json, i) => sealPart(json, i + 1, key)))
  const laidOut = crafted.arrange?.(sealed) ?? sealed
  const entries = laidOut.map((part) => ({ seal: fingerprintOf(part.bytes), bytes: part.plainBytes }))
  const head = crafted.head?.(entries) ?? JSON.stringify({ shards: entries, state: EMPTY_STATE })
  return Buffer.concat(layOut([(await sealPart(head, 0, key)).bytes, ...laidOut.map((part) => part.bytes)]))
}

/** A format-1 file: `{ version: 1, iv, tag, data }`, data the AES-256-GCM ciphertext of deflated JSON. */
export function sealLegacyEnvelope(json: string, key: Buffer): Buffer {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 })
  cipher.setAAD(Buffer.from('truora-account-lookup/cache/envelope-v1', 'utf8'))
  const data = Buffer.concat([cipher.update(deflateRawSync(Buffer.from(json, 'utf8'))), cipher.final()])
  const envelope = {
    version: 1,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64')
  }
  return Buffer.from(JSON.stringify(envelope), 'latin1')
}

/** Where the last part of a format-2 file starts (its 4-byte length first), to cut or alter it. */
export function lastPartStart(file: Buffer): number {
  let at = 9
  let last = at
  while (at < file.length) {
    last = at
    at += 4 + file.readUInt32BE(at)
  }
  return last
}

/** The file with one bit flipped inside its last part's ciphertext (its IV and tag left as listed). */
export function withDamagedLastPart(file: Buffer): Buffer {
  const damaged = Buffer.from(file)
  const at = lastPartStart(damaged) + 4 + 20
  damaged[at] = (damaged[at] ?? 0) ^ 0x01
  return damaged
}
