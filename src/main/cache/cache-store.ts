// The operator's cache as the Backend uses it (types.ts; docs/architecture.md "The operator's cache").
// Reads of accounts answer from memory once their part is in (parts load in the background after open, and
// at once when a read needs one); history is read from its part on demand. Every change goes through the
// change queue (applied once its parts are in memory, in order) and the one write queue (batched into one
// copy-on-write commit). What the getters return is the store's own object (no copy per read): treat it as
// read-only. Each change stores a new record and never changes one in place, so a write can capture a part
// by copying its maps only.
import type { OutboxItem } from '@shared/domain/outbox'
import type { CacheStore } from './types'
import { emptyMirror } from './cache-data'
import type { WriteQueue } from './write-queue'
import type { ChangeQueue } from './change-queue'
import type { Committer, ManifestState } from './committer'
import type { PartLoader } from './part-loader'
import type { PartTable } from './part-table'
import { countHistory } from './part-content'
import { summaryStatus, withProcesses, withValidations } from './history-summary'
import { createForget } from './forget'
import { createRecords } from './records'

export interface CacheStoreParts {
  table: PartTable
  changes: ChangeQueue
  loader: PartLoader
  committer: Committer
  state: ManifestState
  queue: WriteQueue
  listeners: Set<(accountIds: string[]) => void>
  /** The manifest file's size as last read or written. */
  manifestBytes: () => number
}

export function createCacheStore(parts: CacheStoreParts): CacheStore {
  const { table, changes, loader, committer, state, queue, listeners } = parts
  let closed = false

  function notify(accountIds: string[]): void {
    if (accountIds.length === 0) return
    for (const listener of listeners) listener(accountIds)
  }

  const forget = createForget({ table, changes, loader, queue, notify })
  const { locate, putAccounts, putList, putRecord, readList, readRecord, peek } = createRecords({
    table,
    changes,
    loader,
    queue,
    notify,
    isClosed: () => closed
  })

  function manifestChanged(): void {
    if (closed) throw new Error('The cache is closed.')
    state.dirty = true
    queue.changed()
  }

  function findOutbox(id: string): number {
    return state.outbox.findIndex((item) => item.id === id)
  }

  return {
    accounts: {
      async get(accountId) {
        const k = await locate(accountId, false)
        return k === undefined ? undefined : table.accounts[k]?.content?.accounts[accountId]
      },
      peek,
      put: (account, fetchedAt) => putAccounts([account], fetchedAt),
      putMany: (accounts, fetchedAt) => {
        if (accounts.length > 0) putAccounts(accounts, fetchedAt)
      },
      async *all() {
        await changes.applied()
        for (let k = 0; k < table.accounts.length; k++) {
          await loader.accounts(k)
          const content = table.accounts[k]?.content
          if (content === undefined) continue
          yield* Object.values(content.accounts)
        }
      },
      count: () => table.accountCount,
      async withoutHistory() {
        await changes.applied()
        await loader.background()
        const ids: string[] = []
        for (const slot of table.accounts) {
          const content = slot.content
          if (content === undefined) continue
          for (const id of Object.keys(content.accounts)) {
            const summary = content.summaries[id]
            if (summary?.validationsAt === undefined || summary.processesAt === undefined) ids.push(id)
          }
        }
        return ids
      }
    },
    latestStatus(accountId) {
      const k = table.groupSlot.get(accountId)
      return k === undefined ? undefined : summaryStatus(table.accounts[k]?.content?.summaries[accountId])
    },
    summaryOf(accountId) {
      const k = table.groupSlot.get(accountId)
      return k === undefined ? undefined : table.accounts[k]?.content?.summaries[accountId]
    },
    async history(accountId) {
      const k = await locate(accountId, true)
      const content = k === undefined ? undefined : table.history[k]?.content
      const validations = content?.validationsByAccount[accountId]
      const processes = content?.processesByAccount[accountId]
      return { ...(validations ? { validations } : {}), ...(processes ? { processes } : {}) }
    },
    validations: {
      forAccount: (accountId) => readList('validationsByAccount', accountId),
      putForAccount: (accountId, validations, fetchedAt, options) =>
        putList('validationsByAccount', accountId, validations, fetchedAt, options, withValidations),
      get: (validationId) => readRecord('validations', validationId),
      put: (validation, fetchedAt) =>
        putRecord('validations', validation.validation_id, validation, fetchedAt)
    },
    processes: {
      forAccount: (accountId) => readList('processesByAccount', accountId),
      putForAccount: (accountId, processes, fetchedAt, options) =>
        putList('processesByAccount', accountId, processes, fetchedAt, options, withProcesses),
      result: (processId) => readRecord('processResults', processId),
      putResult: (result, fetchedAt) => putRecord('processResults', result.process_id, result, fetchedAt)
    },
    outbox: {
      list: () => state.outbox.map((item) => ({ ...item })),
      add(item) {
        const index = findOutbox(item.id)
        manifestChanged()
        if (index === -1) state.outbox.push({ ...item })
        else state.outbox[index] = { ...item }
      },
      update(id, patch) {
        const index = findOutbox(id)
        const item = state.outbox[index]
        if (item === undefined) return
        manifestChanged()
        const updated: OutboxItem = { ...item, ...patch, id }
        // `{ error: undefined }` clears a field: drop the key so memory matches what JSON writes.
        for (const key of Object.keys(patch) as (keyof OutboxItem)[]) {
          if (patch[key] === undefined) delete updated[key]
        }
        state.outbox[index] = updated
      },
      remove(id) {
        const index = findOutbox(id)
        if (index === -1) return
        manifestChanged()
        state.outbox.splice(index, 1)
      }
    },
    mirror: {
      get: () => ({ ...state.mirror }),
      set(mirror) {
        manifestChanged()
        state.mirror = { ...mirror }
      },
      lastSyncedAt: () => state.lastSyncedAt,
      setLastSyncedAt(at) {
        manifestChanged()
        state.lastSyncedAt = at
      }
    },
    onAccountsChanged(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    setIndexSnapshot(source) {
      committer.snapshotSource = source
    },
    stats(operatorId) {
      let validations = 0
      let processes = 0
      let bytes = parts.manifestBytes() + (state.index?.bytes ?? 0)
      for (const slot of table.history) {
        const counts = slot.content ? countHistory(slot.content) : slot
        validations += counts.validations
        processes += counts.processes
        bytes += slot.entry?.bytes ?? 0
      }
      for (const slot of table.accounts) bytes += slot.entry?.bytes ?? 0
      const stats = {
        operatorId,
        accounts: table.accountCount,
        validations,
        processes,
        outbox: state.outbox.length,
        bytes
      }
      return state.lastSyncedAt === undefined ? stats : { ...stats, lastSyncedAt: state.lastSyncedAt }
    },
    clear({ keepOutbox }) {
      const known = new Set(table.groupSlot.keys())
      for (const groups of loader.staleGroups.values()) for (const id of groups) known.add(id)
      manifestChanged()
      loader.reset()
      changes.clear()
      table.reset()
      state.mirror = emptyMirror()
      delete state.lastSyncedAt
      delete state.index
      if (!keepOutbox) state.outbox = []
      notify([...known])
    },
    loaded: () => loader.background(),
    async uncoveredLoaded() {
      const uncovered = table.accounts.filter((slot) => !slot.covered && !slot.loaded)
      await Promise.all(uncovered.map((slot) => loader.accounts(slot.slot).catch(() => undefined)))
    },
    forgetReceivedBefore: (cutoff) => forget(cutoff),
    flush: () => queue.flush(),
    async close() {
      // Closed first, so nothing can change between the flush and the stop and be left unwritten.
      closed = true
      committer.closing = true
      try {
        if (committer.needed) queue.changed()
        await queue.flush()
      } catch (error) {
        closed = false
        committer.closing = false
        throw error
      }
      queue.stop()
    }
  }
}
