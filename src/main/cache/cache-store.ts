// The operator's cache as the Backend uses it (types.ts; docs/architecture.md "Storage"). Reads of
// accounts answer from memory once their part is in (parts load in the background after open, and at
// once when a read needs one); history is read from its part on demand. Every change goes through the
// change queue (applied once its parts are in memory, in order) and the one write queue (batched
// into one copy-on-write commit). What the getters return is the store's own object (no copy per
// read): treat it as read-only. Each change stores a new record and never changes one in place, so a
// write can capture a part by copying its maps only.
import type { Account, OutboxItem } from '@shared/domain'
import type { CacheStore, HistoryPutOptions, Stamped } from './types'
import { emptyMirror } from './cache-data'
import { stripPresignedUrls } from './presigned-urls'
import type { WriteQueue } from './write-queue'
import type { ChangeQueue } from './change-queue'
import type { Committer, ManifestState } from './committer'
import type { PartLoader } from './part-loader'
import { GROUPS_PER_PART, type PartTable } from './part-table'
import { countHistory, groupOfRecord, recordKey, type HistoryContent, type HistoryKind } from './part-content'
import {
  summaryStatus,
  withProcesses,
  withRecord,
  withValidations,
  type HistorySummary
} from './history-summary'

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

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

export function createCacheStore(parts: CacheStoreParts): CacheStore {
  const { table, changes, loader, committer, state, queue, listeners } = parts
  let closed = false
  const ignore = (): void => undefined

  function notify(accountIds: string[]): void {
    if (accountIds.length === 0) return
    for (const listener of listeners) listener(accountIds)
  }

  function manifestChanged(): void {
    if (closed) throw new Error('The cache is closed.')
    state.dirty = true
    queue.changed()
  }

  /** A new group's slot, once the last slot (where it may go) is in memory. */
  function place(group: string): number {
    const k = table.slotForNewGroup()
    table.place(group, k)
    return k
  }

  /**
   * Queues a change to these groups; it applies once each group's slot is known (a new group is
   * placed then) and its accounts part (and history part, with `history`) is in memory.
   */
  function change(groups: string[], history: boolean, apply: (slots: number[]) => void): void {
    // A change after close() would never reach the disk: fail loudly rather than lose it.
    if (closed) throw new Error('The cache is closed.')
    let slots: number[] | undefined
    const epoch = loader.epoch
    changes.push({
      ready: () => {
        if (epoch !== loader.epoch) return true
        if (slots === undefined) {
          const fresh = groups.some((group) => !table.groupSlot.has(group))
          if (fresh && table.unknownSlots > 0) {
            // Until every slot's groups are known, a "new" group may be in one not read yet.
            void loader.background()
            return false
          }
          const last = table.accounts[table.accounts.length - 1]
          if (fresh && last && !last.loaded && (last.groups?.length ?? 0) < GROUPS_PER_PART) {
            void loader.accounts(last.slot).catch(ignore)
            return false
          }
          slots = groups.map((group) => table.groupSlot.get(group) ?? place(group))
        }
        let ready = true
        for (const k of new Set(slots)) {
          if (!table.ensure(k).accounts.loaded) {
            ready = false
            void loader.accounts(k).catch(ignore)
          }
          if (history && !table.ensure(k).history.loaded) {
            ready = false
            void loader.history(k).catch(ignore)
          }
        }
        return ready
      },
      apply: () => {
        if (epoch === loader.epoch) apply(slots as number[])
      }
    })
    queue.changed()
  }

  /** Where a group is, with its parts in memory; undefined when the cache does not hold it. */
  async function locate(group: string, history: boolean): Promise<number | undefined> {
    await changes.applied()
    if (!table.groupSlot.has(group) && table.unknownSlots > 0) await loader.membership()
    for (;;) {
      const k = table.groupSlot.get(group)
      if (k === undefined) return undefined
      const { accounts, history: historySlot } = table.ensure(k)
      if (accounts.loaded && (!history || historySlot.loaded)) return k
      await loader.accounts(k)
      if (history) await loader.history(k)
    }
  }

  function putAccounts(accounts: readonly Account[], fetchedAt: string): void {
    change(
      accounts.map((account) => account.account_id),
      false,
      (slots) => {
        const changed: string[] = []
        accounts.forEach((account, i) => {
          const slot = table.accounts[slots[i] as number]
          if (slot?.content === undefined) return
          const id = account.account_id
          const existing = slot.content.accounts[id]
          if (existing !== undefined && sameJson(existing.data, account)) {
            // Truora said nothing new: the newer time is kept in memory and nothing is written
            // for it; it reaches the disk with the part's next real change.
            if (existing.fetchedAt < fetchedAt) slot.content.accounts[id] = { data: existing.data, fetchedAt }
            return
          }
          if (existing === undefined) slot.accountCount++
          slot.content.accounts[id] = { data: account, fetchedAt }
          slot.dirty = true
          changed.push(id)
        })
        notify(changed)
      }
    )
  }

  /** Puts a list kept per account (validations, processes) and updates the account's summary. */
  function putList<T>(
    kind: 'validationsByAccount' | 'processesByAccount',
    accountId: string,
    list: T[],
    fetchedAt: string,
    options: HistoryPutOptions | undefined,
    summarize: (summary: HistorySummary | undefined, list: T[], at: string) => HistorySummary
  ): void {
    const stripped = stripPresignedUrls(list)
    change([accountId], true, ([k]) => {
      const { accounts, history } = table.ensure(k as number)
      const map = (history.content as HistoryContent)[kind] as Record<string, Stamped<T[]>>
      const summaries = (accounts.content as NonNullable<typeof accounts.content>).summaries
      const existing = map[accountId]
      if (options?.keepNewer && existing !== undefined && existing.fetchedAt > fetchedAt) return
      const before = summaries[accountId]
      const after = summarize(before, stripped, fetchedAt)
      summaries[accountId] = after
      if (existing !== undefined && sameJson(existing.data, stripped)) {
        if (existing.fetchedAt < fetchedAt) map[accountId] = { data: existing.data, fetchedAt }
        return
      }
      map[accountId] = { data: stripped, fetchedAt }
      history.dirty = true
      // The accounts part is written again only when what it says changes: the list is new, or
      // its newest entry (the latest status) is another.
      const key = kind === 'validationsByAccount' ? 'newestValidation' : 'newestProcess'
      if (existing === undefined || !sameJson(before?.[key], after[key])) accounts.dirty = true
      if (summaryStatus(before) !== summaryStatus(after)) notify([accountId])
    })
  }

  /** Puts a record kept by its own ID in its account's history part, named in the summary. */
  function putRecord<T extends { account_id?: unknown }>(
    kind: HistoryKind,
    id: string,
    record: T,
    fetchedAt: string
  ): void {
    const stripped = stripPresignedUrls(record)
    const group = groupOfRecord(stripped)
    const key = recordKey(kind, id)
    change([group], true, ([k]) => {
      const { accounts, history } = table.ensure(k as number)
      const map = (history.content as HistoryContent)[kind] as unknown as Record<string, Stamped<T>>
      const summaries = (accounts.content as NonNullable<typeof accounts.content>).summaries
      const existing = map[id]
      if (existing !== undefined && sameJson(existing.data, stripped)) {
        if (existing.fetchedAt < fetchedAt) map[id] = { data: existing.data, fetchedAt }
        return
      }
      map[id] = { data: stripped, fetchedAt }
      history.dirty = true
      const summary = summaries[group]
      if (!summary?.records?.includes(key)) {
        summaries[group] = withRecord(summary, key)
        accounts.dirty = true
      }
      table.recordGroup.set(key, group)
    })
  }

  async function readList<T>(
    kind: 'validationsByAccount' | 'processesByAccount',
    accountId: string
  ): Promise<Stamped<T[]> | undefined> {
    const k = await locate(accountId, true)
    if (k === undefined) return undefined
    return (table.history[k]?.content?.[kind] as Record<string, Stamped<T[]>> | undefined)?.[accountId]
  }

  async function readRecord<T>(kind: HistoryKind, id: string): Promise<Stamped<T> | undefined> {
    const key = recordKey(kind, id)
    await changes.applied()
    // Records are listed in the summaries, which come with the accounts parts.
    if (!table.recordGroup.has(key)) await loader.background()
    const group = table.recordGroup.get(key)
    if (group === undefined) return undefined
    const k = await locate(group, true)
    if (k === undefined) return undefined
    return (table.history[k]?.content?.[kind] as Record<string, Stamped<T>> | undefined)?.[id]
  }

  function peek(accountId: string): Stamped<Account> | undefined {
    const k = table.groupSlot.get(accountId)
    return k === undefined ? undefined : table.accounts[k]?.content?.accounts[accountId]
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
