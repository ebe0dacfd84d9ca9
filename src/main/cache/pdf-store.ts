// The process PDFs kept for offline (DESIGN.md §4 "history shards … PDFs"): each sealed with
// AES-256-GCM under the operator's data key, one file per process in `operators/<id>/pdfs/`. A PDF is
// hundreds of KB and never changes once made, so it is kept out of the history parts that are sealed
// again whenever a list changes. The file's name is a hash of the process ID (IDs may hold dots); the
// additional authenticated data names the operator and the file, and the sealed content names the
// process, so a file copied under another process's name, or from another operator's folder, does not
// open. Retention forgets a PDF fetched before its cutoff, as it does the rest of the cache.
import { createHash, webcrypto } from 'node:crypto'
import { readdir, readFile, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { replaceFile } from '../fs/atomic-file'
import { makePrivateFolder } from '../fs/private-folder'
import { IV_BYTES, TAG_BYTES } from './sealed-part'

const LABEL = 'truora-account-lookup/pdf-v1/'

export interface StoredPdf {
  processId: string
  accountId?: string
  fetchedAt: string
  bytes: Buffer
}

export interface PdfStore {
  get(processId: string): Promise<StoredPdf | undefined>
  put(pdf: StoredPdf): Promise<void>
  clear(): Promise<void>
  /** Removes the PDFs fetched before `cutoff` (ISO time; retention); resolves to how many went. */
  forgetFetchedBefore(cutoff: string): Promise<number>
}

export function createPdfStore(options: {
  folder: string
  dataDir: string
  operatorId: string
  dataKey: Buffer
}): PdfStore {
  const folder = join(options.folder, 'pdfs')
  const keyPromise = webcrypto.subtle.importKey('raw', options.dataKey, 'AES-GCM', false, [
    'encrypt',
    'decrypt'
  ])
  const fileOf = (processId: string): string =>
    join(folder, `${createHash('sha256').update(processId).digest('hex')}.pdf.sealed`)
  const aadOf = (file: string): Buffer => Buffer.from(`${LABEL}${options.operatorId}/${basename(file)}`)

  /** The sealed file's content, whichever process it says it is; undefined if it does not open. */
  async function openFile(file: string): Promise<(StoredPdf & { processId: string }) | undefined> {
    let sealed: Buffer
    try {
      sealed = await readFile(file)
    } catch {
      return undefined
    }
    if (sealed.length < IV_BYTES + TAG_BYTES) return undefined
    try {
      const plain = Buffer.from(
        await webcrypto.subtle.decrypt(
          { name: 'AES-GCM', iv: sealed.subarray(0, IV_BYTES), additionalData: aadOf(file) },
          await keyPromise,
          sealed.subarray(IV_BYTES)
        )
      )
      const metaLength = plain.readUInt32BE(0)
      const meta = JSON.parse(plain.subarray(4, 4 + metaLength).toString('utf8')) as Partial<StoredPdf>
      if (typeof meta.processId !== 'string') return undefined
      return {
        processId: meta.processId,
        ...(typeof meta.accountId === 'string' ? { accountId: meta.accountId } : {}),
        fetchedAt: typeof meta.fetchedAt === 'string' ? meta.fetchedAt : new Date(0).toISOString(),
        bytes: plain.subarray(4 + metaLength)
      }
    } catch {
      // Another key, another process's file, or damaged bytes: as if not kept; fetching again replaces it.
      return undefined
    }
  }

  async function open(processId: string): Promise<StoredPdf | undefined> {
    const found = await openFile(fileOf(processId))
    // Another process's PDF under this name (a file copied over) is not this one.
    return found?.processId === processId ? found : undefined
  }

  return {
    get: open,
    async put(pdf) {
      const meta = Buffer.from(
        JSON.stringify({
          processId: pdf.processId,
          fetchedAt: pdf.fetchedAt,
          ...(pdf.accountId ? { accountId: pdf.accountId } : {})
        })
      )
      const length = Buffer.alloc(4)
      length.writeUInt32BE(meta.length)
      const iv = webcrypto.getRandomValues(Buffer.alloc(IV_BYTES))
      const sealed = await webcrypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: aadOf(fileOf(pdf.processId)) },
        await keyPromise,
        Buffer.concat([length, meta, pdf.bytes])
      )
      await makePrivateFolder(folder, options.dataDir)
      await replaceFile(fileOf(pdf.processId), [iv, Buffer.from(sealed)])
    },
    async clear() {
      await rm(folder, { recursive: true, force: true })
    },
    async forgetFetchedBefore(cutoff) {
      const names = await readdir(folder).catch(() => [] as string[])
      let forgotten = 0
      for (const name of names.filter((entry) => entry.endsWith('.pdf.sealed'))) {
        const file = join(folder, name)
        const found = await openFile(file)
        // One that no longer opens is of no use either: it goes too.
        if (found === undefined || found.fetchedAt < cutoff) {
          await rm(file, { force: true })
          forgotten++
        }
      }
      return forgotten
    }
  }
}
