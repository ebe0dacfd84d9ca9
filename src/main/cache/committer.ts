// Writes what changed, copy-on-write (DESIGN.md §4, docs/architecture.md "The operator's cache"):
//  1. every change made before the write has applied (its parts are in memory);
//  2. the changed parts are captured, and each is written under a new name and fsynced, then the
//     parts folder is fsynced;
//  3. the manifest naming them is replaced atomically (temp file, fsync, rename, folder fsync);
//  4. the files the old manifest named and the new one does not are removed.
// A crash before 3 leaves the previous manifest and all its parts untouched (the new files are
// orphans, removed at the next open); after 3, the new ones. Nothing changed, nothing written.
import { mkdir, unlink } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Low } from 'lowdb'
import type { OutboxItem } from '@shared/domain/outbox'
import { syncFolder } from '../fs/atomic-file'
import { accountsJob, historyJob, snapshotJob, type PartJob } from './commit-jobs'
import { emptyManifest, namesIn, type IndexEntry, type Manifest, type PartEntry } from './manifest'
import type { ChangeQueue } from './change-queue'
import { partPathOf, partsFolderOf } from './part-names'
import type { PartTable } from './part-table'
import { ioError, type ManifestAdapter } from './sealed-file'
import type { PartKey } from './sealed-part'
import type { CommitStep, MirrorState, WriteInfo } from './types'

/**
 * When a write also saves the search index snapshot (about 20 MB sealed at 100,000 accounts, so not
 * with every lookup): once the accounts it does not cover reach this share of all and this many (or
 * all of them, in a smaller cache), at most once a minute while the app runs, and on close. Until
 * then the next open reads the uncovered parts first and indexes their accounts, a few milliseconds
 * per part.
 */
const SNAPSHOT_MIN_UNCOVERED = 2000
const SNAPSHOT_SHARE = 0.1
const SNAPSHOT_EVERY_MS = 60_000
/** Part files written at once: their fsyncs overlap. */
const WRITES_IN_FLIGHT = 4

/** What lives in the manifest and changes without any part changing. */
export interface ManifestState {
  /** The manifest as it is on disk (or empty, before the first write). */
  onDisk: Manifest
  outbox: OutboxItem[]
  mirror: MirrorState
  lastSyncedAt?: string
  /** The index snapshot the next manifest names (carried over until a new one is written). */
  index?: IndexEntry
  /** The outbox, mirror or last sync changed, or a part was dropped, since the last write. */
  dirty: boolean
}

export interface CommitterOptions {
  folder: string
  operatorId: string
  key: Promise<PartKey>
  table: PartTable
  changes: ChangeQueue
  state: ManifestState
  manifest: Low<Manifest> & { adapter: ManifestAdapter }
  /** Orphans of an earlier crash are gone: new files may be written. */
  ready: () => Promise<void>
  isReady: () => boolean
  now: () => Date
  onWrite?: (info: WriteInfo) => void
  onCommitStep?: (step: CommitStep) => void
  /** After the first manifest is durable (the old-format file can go). */
  afterCommit?: () => Promise<void>
}

export class Committer {
  /** The search index's snapshot, when the workspace supplies one. */
  snapshotSource: (() => Uint8Array) | undefined
  /** Set while the store closes: a snapshot then waits for no timer. */
  closing = false
  #lastSnapshotAt: number

  constructor(private readonly options: CommitterOptions) {
    this.#lastSnapshotAt = options.now().getTime()
  }

  /** Accounts whose part is not covered by the index snapshot on disk. */
  uncovered(): number {
    let count = 0
    for (const slot of this.options.table.accounts)
      if (!slot.covered || slot.dirty) count += slot.accountCount
    return count
  }

  #snapshotDue(): boolean {
    if (this.snapshotSource === undefined) return false
    const uncovered = this.uncovered()
    const total = this.options.table.accountCount
    const threshold = Math.max(SNAPSHOT_SHARE * total, Math.min(SNAPSHOT_MIN_UNCOVERED, total))
    if (uncovered === 0 || uncovered < threshold) return false
    return this.closing || this.options.now().getTime() - this.#lastSnapshotAt >= SNAPSHOT_EVERY_MS
  }

  /** True when a write now would save something. */
  get needed(): boolean {
    const { table, state } = this.options
    // On close, parts whose times alone moved are written too (part-table.ts `retimed`).
    const due = (slot: { dirty: boolean; retimed: boolean }): boolean =>
      slot.dirty || (this.closing && slot.retimed)
    return state.dirty || table.accounts.some(due) || table.history.some(due) || this.#snapshotDue()
  }

  async commit(): Promise<void> {
    const started = performance.now()
    // Without waiting when nothing is to wait for: the state is then captured at the moment of the
    // call, and changes made while this write is in flight go out together in the next one.
    if (!this.options.isReady()) await this.options.ready()
    if (this.options.changes.pending > 0) await this.options.changes.applied()
    if (!this.needed) return
    const { table, state } = this.options
    const generation = state.onDisk.generation + 1
    const due = (slot: { dirty: boolean; retimed: boolean; loaded: boolean }): boolean =>
      slot.loaded && (slot.dirty || (this.closing && slot.retimed))
    const accounts = table.accounts.filter(due)
    const history = table.history.filter(due)
    const jobs: PartJob[] = [
      ...accounts.map((slot) => accountsJob(this.options, slot, generation)),
      ...history.map((slot) => historyJob(this.options, slot, generation))
    ]
    const snapshot = this.#snapshotDue()
      ? snapshotJob(this.options, this.snapshotSource as () => Uint8Array, generation, new Set(accounts))
      : undefined
    if (snapshot) jobs.push(snapshot.job)
    for (const slot of [...accounts, ...history]) {
      slot.dirty = false
      slot.retimed = false
      slot.pinned++
    }
    state.dirty = false
    const manifest: Manifest = {
      ...emptyManifest(this.options.operatorId),
      generation,
      outbox: state.outbox.map((item) => ({ ...item })),
      mirror: { ...state.mirror },
      ...(state.lastSyncedAt === undefined ? {} : { lastSyncedAt: state.lastSyncedAt }),
      accounts: table.accounts.map((slot) => slot.entry),
      history: table.history.map((slot) => slot.entry)
    }
    if (!snapshot && state.index !== undefined) manifest.index = state.index
    let bytes = 0
    const written: string[] = []
    try {
      await this.#makeFolders()
      await inParallel(jobs, WRITES_IN_FLIGHT, async (job) => {
        written.push(job.name)
        const entry = { name: job.name, ...(await job.write()) }
        this.options.onCommitStep?.('part')
        bytes += entry.bytes
        job.done(entry)
      })
      if (jobs.length > 0) {
        await syncFolder(partsFolderOf(this.options.folder)).catch((error: unknown) => {
          throw ioError('write', error)
        })
        this.options.onCommitStep?.('parts-synced')
      }
      for (const slot of accounts) manifest.accounts[slot.slot] = slot.pendingEntry ?? null
      for (const slot of history) manifest.history[slot.slot] = slot.pendingEntry ?? null
      if (snapshot) manifest.index = { ...(snapshot.entry() as PartEntry), covers: snapshot.covers }
      this.options.manifest.data = manifest
      await this.options.manifest.write()
      this.options.onCommitStep?.('manifest')
    } catch (error) {
      for (const slot of [...accounts, ...history]) {
        slot.dirty = true
        slot.pinned--
        delete slot.pendingEntry
      }
      // Not on disk: whatever this write was to save is saved by the next one.
      state.dirty = true
      await Promise.all(
        written.map((name) => unlink(partPathOf(this.options.folder, name)).catch(() => undefined))
      )
      throw error
    }
    bytes += this.options.manifest.adapter.bytesOnDisk
    for (const slot of [...accounts, ...history]) {
      slot.entry = slot.pendingEntry ?? null
      delete slot.pendingEntry
      slot.pinned--
    }
    if (snapshot) {
      const covered = new Set(snapshot.covers)
      for (const slot of table.accounts) slot.covered = slot.entry !== null && covered.has(slot.entry.name)
      this.#lastSnapshotAt = this.options.now().getTime()
      state.index = manifest.index
    } else {
      for (const slot of accounts) slot.covered = false
    }
    const old = state.onDisk
    state.onDisk = manifest
    await this.options.afterCommit?.()
    const keep = namesIn(manifest)
    await Promise.all(
      [...namesIn(old)]
        .filter((name) => !keep.has(name))
        .map((name) => unlink(partPathOf(this.options.folder, name)).catch(() => undefined))
    )
    this.options.onCommitStep?.('cleaned')
    this.options.onWrite?.({ bytes, files: jobs.length + 1, ms: performance.now() - started })
  }

  /** The cache's folders, made (0700) and made durable when missing: on a first write, or removed. */
  async #makeFolders(): Promise<void> {
    const { folder } = this.options
    try {
      const created = await mkdir(partsFolderOf(folder), { recursive: true, mode: 0o700 })
      if (created !== undefined) {
        await syncFolder(folder)
        await syncFolder(dirname(folder))
      }
    } catch (error) {
      throw ioError('write', error)
    }
  }
}

async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  let failure: Error | undefined
  const worker = async (): Promise<void> => {
    while (next < items.length && failure === undefined) {
      const item = items[next++] as T
      try {
        await work(item)
      } catch (error) {
        // The jobs throw ioError()s (sealed-file.ts): Errors that name no path.
        failure ??= error as Error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure !== undefined) throw failure
}
