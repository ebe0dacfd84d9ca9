// Opens an operator's cache (DESIGN.md §4, docs/architecture.md "The operator's cache"):
//  1. the manifest (one small sealed file). None: a first start, or a cache of an earlier format,
//     migrated now (migrate-legacy.ts). Damaged: the whole folder is moved aside as it is and the
//     operator starts empty, told by `corruptMovedTo`.
//  2. the index snapshot: its directory says which accounts part holds which account, and the search
//     index answers from it at once (`useIndexSnapshot`). Out of date for some part, or damaged: the
//     accounts of those parts are indexed as they load.
//  3. the open returns; accounts parts load in the background (uncovered ones first), history parts
//     when needed; files no manifest names (left by a crash) are removed before the first write.
import { randomBytes } from 'node:crypto'
import { readdir, rm, unlink } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { Low } from 'lowdb'
import { syncFolder } from '../fs/atomic-file'
import { createCacheStore } from './cache-store'
import { ChangeQueue } from './change-queue'
import { Committer, type ManifestState } from './committer'
import { LegacyCorrupt, readLegacyFile } from './legacy-file'
import { emptyManifest, namesIn, type Manifest } from './manifest'
import { migrateInto } from './migrate-legacy'
import { moveAside } from './move-aside'
import { decodeSnapshotPart, type SnapshotPart } from './snapshot-part'
import { encodeJson } from './part-content'
import { PartLoader } from './part-loader'
import { MANIFEST_FILE, partAad, partsFolderOf, partPathOf } from './part-names'
import { PartTable } from './part-table'
import { CacheDamage, ManifestAdapter, PartAdapter } from './sealed-file'
import { DATA_KEY_BYTES, importPartKey, type PartKey } from './sealed-part'
import type { OpenCacheOptions, OpenedCache } from './types'
import { createWriteQueue } from './write-queue'

const DEFAULT_WRITE_DELAY_MS = 250

/** A new per-operator data key, to be kept in the keychain beside the operator's API key. */
export function generateDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES)
}

/**
 * Reads (or starts) the cache. Rejects only when its manifest or old file cannot be read at all
 * (permissions, I/O) or cannot be moved aside: then it may be intact, and an empty cache would later
 * overwrite it.
 */
export async function openCache(options: OpenCacheOptions): Promise<OpenedCache> {
  if (options.dataKey.length !== DATA_KEY_BYTES) {
    throw new Error(`The cache data key must be ${DATA_KEY_BYTES} bytes.`)
  }
  const now = options.now ?? (() => new Date())
  const log = options.log ?? (() => undefined)
  const { folder, operatorId } = options
  const key = importPartKey(options.dataKey)
  const adapter = new ManifestAdapter(folder, operatorId, key)
  const manifestLow = new Low<Manifest>(adapter, emptyManifest(operatorId))
  const opened: Omit<OpenedCache, 'store'> = {}
  let found = false
  try {
    await manifestLow.read()
    found = adapter.bytesOnDisk > 0
  } catch (error) {
    if (!(error instanceof CacheDamage)) throw error
    // The manifest names and fingerprints every part: without it none can be trusted. The folder
    // goes aside whole, as it is (it opens again with the right key or a newer version).
    opened.corruptMovedTo = await moveAside(folder, now())
    opened.corruptReason = error.reason
  }
  // No manifest, yet parts beside it: not a first start but a manifest deleted or lost. Those parts
  // (and the outbox the manifest named) are not orphans to delete: the folder goes aside whole, as
  // with a damaged manifest, and the operator is told.
  if (!found && opened.corruptMovedTo === undefined && (await holdsParts(folder))) {
    opened.corruptMovedTo = await moveAside(folder, now())
    opened.corruptReason = 'missing-manifest'
  }
  const manifest = manifestLow.data
  const state: ManifestState = {
    onDisk: manifest,
    outbox: manifest.outbox,
    mirror: manifest.mirror,
    ...(manifest.lastSyncedAt === undefined ? {} : { lastSyncedAt: manifest.lastSyncedAt }),
    ...(manifest.index === undefined ? {} : { index: manifest.index }),
    dirty: false
  }
  const table = new PartTable()
  const changes = new ChangeQueue()
  const listeners = new Set<(accountIds: string[]) => void>()
  if (options.onAccountsChanged) listeners.add(options.onAccountsChanged)
  const emit = (ids: string[]): void => {
    if (ids.length > 0) for (const listener of listeners) listener(ids)
  }
  let queueChanged = (): void => undefined
  const loader = new PartLoader({
    folder,
    operatorId,
    key,
    table,
    changes,
    now,
    emit,
    log,
    onDamage(damage) {
      log(`cache: a part was damaged (${damage.reason}) and moved aside`)
      state.dirty = true
      queueChanged()
      options.onCorrupt?.(damage)
    },
    ...(options.onRead === undefined ? {} : { onRead: options.onRead })
  })
  for (const [k, entry] of manifest.accounts.entries()) {
    const slot = table.ensure(k).accounts
    slot.entry = entry
    slot.accountCount = entry?.accounts ?? 0
  }
  for (const [k, entry] of manifest.history.entries()) {
    const slot = table.ensure(k).history
    slot.entry = entry
    slot.validations = entry?.validations ?? 0
    slot.processes = entry?.processes ?? 0
  }
  if (found) await useSnapshot(manifest, table, loader, key, options)

  // Before anything else is written: files left by a crash, which no manifest names, go.
  let cleanedUp = false
  const cleaned = removeOrphans(folder, namesIn(manifest))
    .catch(() => undefined)
    .finally(() => {
      cleanedUp = true
    })
  let legacyToRemove: string | undefined
  const { legacyFile } = options
  if (legacyFile !== undefined) {
    if (found || opened.corruptMovedTo !== undefined) {
      // Migrated already (a crash came before its removal), or superseded by a damaged newer
      // cache: an old file must never be read over a manifest.
      if (found) await rm(legacyFile, { force: true })
      else await moveAside(legacyFile, now()).catch(() => undefined)
    } else {
      try {
        const data = await readLegacyFile(legacyFile, options.dataKey)
        if (data !== null) {
          migrateInto(data, table, state)
          legacyToRemove = legacyFile
        }
      } catch (error) {
        if (!(error instanceof LegacyCorrupt)) throw error
        opened.corruptMovedTo = await moveAside(legacyFile, now())
        opened.corruptReason = error.reason
        if (error.outbox !== undefined) {
          state.outbox = error.outbox
          state.dirty = true
          opened.outboxKept = error.outbox.length
        }
      }
    }
  }

  const committer = new Committer({
    folder,
    operatorId,
    key,
    table,
    changes,
    state,
    manifest: manifestLow as Low<Manifest> & { adapter: ManifestAdapter },
    ready: () => cleaned,
    isReady: () => cleanedUp,
    now,
    ...(options.onWrite === undefined ? {} : { onWrite: options.onWrite }),
    ...(options.onCommitStep === undefined ? {} : { onCommitStep: options.onCommitStep }),
    async afterCommit() {
      if (legacyToRemove === undefined) return
      // The new manifest is durable: only now may the old file go.
      await unlink(legacyToRemove).catch(() => undefined)
      await syncFolder(dirname(legacyToRemove)).catch(() => undefined)
      legacyToRemove = undefined
    }
  })
  const queue = createWriteQueue({
    write: () => committer.commit(),
    delayMs: options.writeDelayMs ?? DEFAULT_WRITE_DELAY_MS,
    // Without a listener the failure still surfaces: flush() and close() reject with it.
    onError: options.onWriteError ?? (() => undefined)
  })
  queueChanged = () => queue.changed()
  const store = createCacheStore({
    table,
    changes,
    loader,
    committer,
    state,
    queue,
    listeners,
    manifestBytes: () => adapter.bytesOnDisk
  })
  // Migrated accounts are in memory and in no snapshot: the index takes them now.
  const migrated: string[] = []
  for (const slot of table.accounts) {
    if (!slot.covered) migrated.push(...Object.keys(slot.content?.accounts ?? {}))
  }
  emit(migrated)
  if (state.dirty || committer.needed) queue.changed()
  if (opened.outboxKept !== undefined) {
    // The damaged file is already aside: the kept creations reach the new cache before anyone is
    // told. If that write fails they stay in memory (and in the file aside), and the next one tries.
    await store.flush().catch(() => undefined)
  }
  void loader.background()
  return { store, ...opened }
}

/**
 * Reads the index snapshot: its directory makes the groups of every covered part known at once, and
 * its index goes to `useIndexSnapshot`. A damaged snapshot is moved aside and rebuilt; nothing is lost.
 */
async function useSnapshot(
  manifest: Manifest,
  table: PartTable,
  loader: PartLoader,
  key: Promise<PartKey>,
  options: OpenCacheOptions
): Promise<void> {
  const entry = manifest.index
  if (entry === undefined) return
  const path = partPathOf(options.folder, entry.name)
  const adapter = new PartAdapter<SnapshotPart>({
    path,
    aad: partAad(options.operatorId, entry.name),
    key,
    expected: entry,
    encode: () => encodeJson(null),
    decode: decodeSnapshotPart
  })
  let snapshot: SnapshotPart
  try {
    snapshot = await adapter.read()
  } catch (error) {
    const reason = error instanceof CacheDamage ? error.reason : 'unreadable'
    options.log?.(`cache: the index snapshot cannot be used (${reason}); it is rebuilt`)
    if (error instanceof CacheDamage && reason !== 'missing-part') {
      await moveAside(path, options.now?.() ?? new Date()).catch(() => undefined)
    }
    return
  }
  options.onRead?.({ role: 'index', name: entry.name, bytes: entry.bytes })
  const covers = new Set(entry.covers)
  for (const [k, name, groups] of snapshot.directory.slots) {
    if (manifest.accounts[k]?.name === name && covers.has(name)) {
      table.learnGroups(k, groups)
      table.ensure(k).accounts.covered = true
    } else {
      loader.staleGroups.set(k, groups)
    }
  }
  if (options.useIndexSnapshot?.(snapshot.index) !== true) {
    // Without an index built from it, every account must reach the index as its part loads.
    for (const slot of table.accounts) {
      if (slot.covered) loader.staleGroups.set(slot.slot, slot.groups ?? [])
      slot.covered = false
    }
  }
}

/** Removes what no manifest names: parts written by a write a crash cut short, and its temp file. */
/** Whether the cache folder holds any part file (damaged ones set aside do not count). */
async function holdsParts(folder: string): Promise<boolean> {
  const names = await readdir(partsFolderOf(folder)).catch(() => [] as string[])
  return names.some((name) => !name.includes('.corrupt-'))
}

async function removeOrphans(folder: string, keep: Set<string>): Promise<void> {
  // The manifest's temp files (`.manifest.<id>.tmp`: src/main/fs/atomic-file.ts) of writes cut short.
  const entries = await readdir(folder).catch(() => [] as string[])
  await Promise.all(
    entries
      .filter((name) => name.startsWith(`.${MANIFEST_FILE}.`) && name.endsWith('.tmp'))
      .map((name) => rm(join(folder, name), { recursive: true, force: true }).catch(() => undefined))
  )
  let names: string[]
  try {
    names = await readdir(partsFolderOf(folder))
  } catch {
    return
  }
  // Parts moved aside as damaged keep their bytes for support: never removed here.
  const orphans = names.filter((name) => !keep.has(name) && !name.includes('.corrupt-'))
  await Promise.all(orphans.map((name) => unlink(partPathOf(folder, name)).catch(() => undefined)))
}
