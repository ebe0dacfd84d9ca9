// The images of on-site validations while they wait to reach Truora (DESIGN.md §4: personal data,
// sealed at once, never plaintext on disk, deleted once Truora has them and by retention). One file per
// image in `operators/<id>/captures/`, `<item-id>.<side>.sealed`, written atomically (temp, fsync,
// rename): AES-256-GCM with a fresh 96-bit IV under a key derived with HKDF from the operator's data key
// (the cache, the activity log and the images never share a key). The additional authenticated data
// names the operator, the item, the side and the image type, so a file copied under another item's or
// side's name, or from another operator's folder, does not open. Images are kept out of the cache's
// parts: megabytes that never change would be sealed again with every change of the outbox.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { CAPTURE_SIDES, type CaptureSide, type ImageContentType } from '@shared/onsite'
import { replaceFile } from '../fs/atomic-file'
import { makePrivateFolder } from '../fs/private-folder'
import { capturesFolderOf } from '../workspace/operator-paths'

const LABEL = 'truora-account-lookup/captures/v1'
const IV_BYTES = 12
const TAG_BYTES = 16
/** Outbox item ids (`outboxIdSchema`): the only names a capture file may have. */
const ITEM_ID = /^[A-Za-z0-9-]{1,64}$/
/** A sealed image, or the temp file of a write of one (`.<name>.<pid>-<random>.tmp`, atomic-file.ts). */
const FILE_NAME = /^\.?([A-Za-z0-9-]{1,64})\.(front|reverse|face)\.sealed(?:\.[A-Za-z0-9-]+\.tmp)?$/

export interface CaptureStore {
  /** Seals one image durably (on disk when this resolves). */
  put(itemId: string, side: CaptureSide, contentType: ImageContentType, bytes: Uint8Array): Promise<void>
  /** The image's bytes, or undefined when it is gone or does not open with this operator's key. */
  get(itemId: string, side: CaptureSide, contentType: ImageContentType): Promise<Uint8Array | undefined>
  /** Deletes every image of an item. */
  remove(itemId: string): Promise<void>
  /**
   * Deletes the images of items not in `keep` (a crash between sealing and queueing, an item sent or
   * discarded before its files went), except those being written now. Returns how many files went.
   */
  sweep(keep: ReadonlySet<string>): Promise<number>
  /** Marks an item whose images are being written, so a sweep leaves them alone. */
  writing(itemId: string): () => void
}

export function openCaptureStore(options: {
  dataDir: string
  operatorId: string
  dataKey: Buffer
}): CaptureStore {
  const { dataDir, operatorId } = options
  const folder = capturesFolderOf(dataDir, operatorId)
  const key = Buffer.from(hkdfSync('sha256', options.dataKey, Buffer.alloc(0), LABEL, 32))
  const inProgress = new Set<string>()

  function fileOf(itemId: string, side: CaptureSide): string {
    // Checked here as everywhere a path is built (DESIGN.md §6 "Bounds"): an id is never a path.
    if (!ITEM_ID.test(itemId) || !(CAPTURE_SIDES as readonly string[]).includes(side))
      throw new Error('Not a valid capture name.')
    return join(folder, `${itemId}.${side}.sealed`)
  }

  const aadOf = (itemId: string, side: CaptureSide, contentType: ImageContentType): Buffer =>
    Buffer.from(`${LABEL}/${operatorId}/${itemId}/${side}/${contentType}`)

  return {
    async put(itemId, side, contentType, bytes) {
      const file = fileOf(itemId, side)
      const iv = randomBytes(IV_BYTES)
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
      cipher.setAAD(aadOf(itemId, side, contentType))
      const sealed = Buffer.concat([cipher.update(bytes), cipher.final()])
      await makePrivateFolder(folder, dataDir)
      await replaceFile(file, [iv, sealed, cipher.getAuthTag()])
    },
    async get(itemId, side, contentType) {
      let sealed: Buffer
      try {
        sealed = await readFile(fileOf(itemId, side))
      } catch {
        return undefined
      }
      if (sealed.length < IV_BYTES + TAG_BYTES) return undefined
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES), {
          authTagLength: TAG_BYTES
        })
        decipher.setAAD(aadOf(itemId, side, contentType))
        decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES))
        const plain = Buffer.concat([
          decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)),
          decipher.final()
        ])
        return new Uint8Array(plain.buffer, plain.byteOffset, plain.byteLength)
      } catch {
        // Another key, another item's file, or damaged bytes: as if it were not there.
        return undefined
      }
    },
    async remove(itemId) {
      for (const side of CAPTURE_SIDES) await rm(fileOf(itemId, side), { force: true })
    },
    async sweep(keep) {
      const entries = await readdir(folder).catch(() => [] as string[])
      let removed = 0
      for (const entry of entries) {
        // Temp files of writes a crash cut short hold only sealed bytes, but go with their item too.
        const match = FILE_NAME.exec(entry)
        if (!match?.[1]) continue
        if (keep.has(match[1]) || inProgress.has(match[1])) continue
        await rm(join(folder, entry), { force: true })
        removed++
      }
      return removed
    },
    writing(itemId) {
      inProgress.add(itemId)
      return () => inProgress.delete(itemId)
    }
  }
}
