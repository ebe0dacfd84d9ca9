// Opens an operator's cache (DESIGN.md §4, issue 4): lowdb's `Low` over the encrypted file adapter,
// with one write queue. A missing file is a first start (empty cache). A file that fails to decrypt,
// parse or validate, or comes from a newer schema, is moved aside as `cache.json.corrupt-<time>` and
// the operator gets an empty cache to refetch into; `corruptMovedTo` says so, for the event and the
// visible notice. It is never silently overwritten.
import { randomBytes } from 'node:crypto'
import { Low } from 'lowdb'
import { emptyCacheData, validateCacheData, type CacheData } from './cache-data'
import { createCacheStore } from './cache-store'
import { CacheCorruptError, ShardedFileAdapter, type Decoded } from './sharded-file-adapter'
import { DATA_KEY_BYTES } from './sealed-part'
import { ShardPlan } from './shard-plan'
import { migrate } from './migrations'
import { moveAside } from './move-aside'
import type { OpenCacheOptions, OpenedCache } from './types'
import { createWriteQueue } from './write-queue'

const DEFAULT_WRITE_DELAY_MS = 250

/** A new per-operator data key, to be kept in the keychain beside the operator's API key. */
export function generateDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES)
}

/**
 * Reads (or starts) the cache. Rejects only when the file cannot be read at all (permissions, I/O)
 * or cannot be moved aside: then it may be intact, and an empty cache would later overwrite it.
 */
export async function openCache(options: OpenCacheOptions): Promise<OpenedCache> {
  if (options.dataKey.length !== DATA_KEY_BYTES) {
    throw new Error(`The cache data key must be ${DATA_KEY_BYTES} bytes.`)
  }
  const plan = new ShardPlan()
  const adapter = new ShardedFileAdapter({
    file: options.file,
    key: options.dataKey,
    plan,
    decode: decodeCacheData,
    ...(options.onWrite === undefined ? {} : { onWrite: options.onWrite })
  })
  const db = new Low<CacheData>(adapter, emptyCacheData())
  const opened: Omit<OpenedCache, 'store'> = {}
  try {
    await db.read()
  } catch (error) {
    if (!(error instanceof CacheCorruptError)) throw error
    const now = options.now?.() ?? new Date()
    opened.corruptMovedTo = await moveAside(options.file, now)
    opened.corruptReason = error.reason
    // What was read before the damage showed is dropped with it, but for queued creations from an
    // intact state part: they are written to the new file before the open returns.
    db.data = emptyCacheData()
    plan.reset()
    if (error.outbox !== undefined) {
      db.data.outbox = error.outbox
      opened.outboxKept = error.outbox.length
    }
  }
  const queue = createWriteQueue({
    write: () => db.write(),
    delayMs: options.writeDelayMs ?? DEFAULT_WRITE_DELAY_MS,
    // Without a listener the failure still surfaces: flush() and close() reject with it.
    onError: options.onWriteError ?? (() => undefined)
  })
  const store = createCacheStore({ db, queue, plan, bytesOnDisk: () => adapter.bytesOnDisk })
  if (adapter.needsWrite) queue.changed()
  if (opened.outboxKept !== undefined) {
    // The damaged file is already aside: the kept creations reach the new file before anyone is told.
    // If that write fails they stay in memory (and in the file aside), and the next write tries again.
    queue.changed()
    await store.flush().catch(() => undefined)
  }
  return { store, ...opened }
}

function decodeCacheData(value: unknown): Decoded<CacheData> {
  const migrated = migrate(value)
  if (!migrated.ok) return migrated
  const data = validateCacheData(migrated.data)
  return data === undefined ? { ok: false, reason: 'invalid-content' } : { ok: true, data }
}

/**
 * The decrypted content of a cache file, without opening a store over it (nothing is moved aside or
 * written): for the benchmark's plaintext copy and for tests that look inside a file.
 */
export async function readCacheData(file: string, dataKey: Buffer): Promise<CacheData | null> {
  return new ShardedFileAdapter({ file, key: dataKey, plan: new ShardPlan(), decode: decodeCacheData }).read()
}
