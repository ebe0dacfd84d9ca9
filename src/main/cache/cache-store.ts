// The operator's cache in memory (DESIGN.md §4): reads answer at once from memory; every change goes
// to the one write queue, which batches changes into one atomic, encrypted file write.
// What the getters return is the store's own object (no copy per read, for 100,000 accounts): treat
// it as read-only and change the cache through the put methods only. Each put stores a new record
// and never changes a stored one in place: the file adapter relies on it to serialize a write's shards
// after write() returns (sharded-file-adapter.ts).
import type { Low } from 'lowdb'
import type { Account, OutboxItem } from '@shared/domain'
import type { CacheStore } from './types'
import { emptyMap, emptyMirror, type CacheData } from './cache-data'
import { stripPresignedUrls } from './presigned-urls'
import type { WriteQueue } from './write-queue'
import type { ShardPlan } from './shard-plan'

export interface CacheStoreParts {
  db: Low<CacheData>
  queue: WriteQueue
  /** Told which records each change touched, so a write re-seals only their shards. */
  plan: ShardPlan
  /** Size of the cache file on disk as last read or written. */
  bytesOnDisk: () => number
}

export function createCacheStore({ db, queue, plan, bytesOnDisk }: CacheStoreParts): CacheStore {
  const data = db.data
  // Counted on first use rather than on open: opening does no per-record work (issue 4).
  let accountCount: number | undefined
  const listeners = new Set<(accountIds: string[]) => void>()
  let closed = false

  /** Applies a change; a change to a record also tells the plan (touch), so its shard is sealed again. */
  function change(apply: () => void): void {
    // A change after close() would never reach the disk: fail loudly rather than lose it.
    if (closed) throw new Error('The cache is closed.')
    apply()
    queue.changed()
  }

  function countAccounts(): number {
    return (accountCount ??= Object.keys(data.accounts).length)
  }

  function notify(accountIds: string[]): void {
    if (accountIds.length === 0) return
    for (const listener of listeners) listener(accountIds)
  }

  function putAccounts(accounts: readonly Account[], fetchedAt: string): void {
    change(() => {
      for (const account of accounts) {
        if (accountCount !== undefined && !Object.hasOwn(data.accounts, account.account_id)) accountCount++
        data.accounts[account.account_id] = { data: account, fetchedAt }
        plan.touch('account', account.account_id)
      }
    })
    notify(accounts.map((account) => account.account_id))
  }

  function findOutbox(id: string): number {
    return data.outbox.findIndex((item) => item.id === id)
  }

  return {
    accounts: {
      get: (accountId) => data.accounts[accountId],
      put: (account, fetchedAt) => putAccounts([account], fetchedAt),
      putMany: (accounts, fetchedAt) => {
        if (accounts.length > 0) putAccounts(accounts, fetchedAt)
      },
      all: () => Object.values(data.accounts),
      count: countAccounts
    },
    validations: {
      forAccount: (accountId) => data.validationsByAccount[accountId],
      putForAccount: (accountId, validations, fetchedAt) =>
        change(() => {
          plan.touch('account', accountId)
          data.validationsByAccount[accountId] = { data: stripPresignedUrls(validations), fetchedAt }
        }),
      get: (validationId) => data.validations[validationId],
      put: (validation, fetchedAt) =>
        change(() => {
          plan.touch('validation', validation.validation_id)
          data.validations[validation.validation_id] = { data: stripPresignedUrls(validation), fetchedAt }
        })
    },
    processes: {
      forAccount: (accountId) => data.processesByAccount[accountId],
      putForAccount: (accountId, processes, fetchedAt) =>
        change(() => {
          plan.touch('account', accountId)
          data.processesByAccount[accountId] = { data: stripPresignedUrls(processes), fetchedAt }
        }),
      result: (processId) => data.processResults[processId],
      putResult: (result, fetchedAt) =>
        change(() => {
          plan.touch('result', result.process_id)
          data.processResults[result.process_id] = { data: stripPresignedUrls(result), fetchedAt }
        })
    },
    outbox: {
      list: () => data.outbox.map((item) => ({ ...item })),
      add: (item) =>
        change(() => {
          const index = findOutbox(item.id)
          if (index === -1) data.outbox.push({ ...item })
          else data.outbox[index] = { ...item }
        }),
      update: (id, patch) => {
        const index = findOutbox(id)
        const item = data.outbox[index]
        if (item === undefined) return
        change(() => {
          const updated: OutboxItem = { ...item, ...patch, id }
          // `{ error: undefined }` clears a field: drop the key so memory matches what JSON writes.
          for (const key of Object.keys(patch) as (keyof OutboxItem)[]) {
            if (patch[key] === undefined) delete updated[key]
          }
          data.outbox[index] = updated
        })
      },
      remove: (id) => {
        const index = findOutbox(id)
        if (index !== -1) change(() => data.outbox.splice(index, 1))
      }
    },
    mirror: {
      get: () => ({ ...data.mirror }),
      set: (state) =>
        change(() => {
          data.mirror = { ...state }
        }),
      lastSyncedAt: () => data.lastSyncedAt,
      setLastSyncedAt: (at) =>
        change(() => {
          data.lastSyncedAt = at
        })
    },
    onAccountsChanged(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    stats(operatorId) {
      const validationIds = new Set(Object.keys(data.validations))
      for (const entry of Object.values(data.validationsByAccount)) {
        for (const validation of entry.data) validationIds.add(validation.validation_id)
      }
      const processIds = new Set(Object.keys(data.processResults))
      for (const entry of Object.values(data.processesByAccount)) {
        for (const process of entry.data) processIds.add(process.process_id)
      }
      const stats = {
        operatorId,
        accounts: countAccounts(),
        validations: validationIds.size,
        processes: processIds.size,
        outbox: data.outbox.length,
        bytes: bytesOnDisk()
      }
      return data.lastSyncedAt === undefined ? stats : { ...stats, lastSyncedAt: data.lastSyncedAt }
    },
    clear({ keepOutbox }) {
      const known = Object.keys(data.accounts)
      change(() => {
        plan.reset()
        data.accounts = emptyMap()
        data.validationsByAccount = emptyMap()
        data.validations = emptyMap()
        data.processesByAccount = emptyMap()
        data.processResults = emptyMap()
        data.mirror = emptyMirror()
        delete data.lastSyncedAt
        if (!keepOutbox) data.outbox = []
        accountCount = 0
      })
      notify(known)
    },
    forgetReceivedBefore(cutoff) {
      const limit = Date.parse(cutoff)
      const old = (entry: { fetchedAt: string } | undefined) =>
        entry === undefined || Date.parse(entry.fetchedAt) < limit
      const accounts = Object.keys(data.accounts).filter(
        (id) =>
          old(data.accounts[id]) && old(data.validationsByAccount[id]) && old(data.processesByAccount[id])
      )
      // History lists of accounts not cached themselves (fetched for an ID, the account never).
      const orphanHistory = [
        ...new Set([...Object.keys(data.validationsByAccount), ...Object.keys(data.processesByAccount)])
      ].filter(
        (id) =>
          data.accounts[id] === undefined &&
          old(data.validationsByAccount[id]) &&
          old(data.processesByAccount[id])
      )
      const validations = Object.keys(data.validations).filter((id) => old(data.validations[id]))
      const results = Object.keys(data.processResults).filter((id) => old(data.processResults[id]))
      const groups = accounts.length + orphanHistory.length
      if (groups + validations.length + results.length === 0)
        return { accounts: 0, validations: 0, results: 0 }
      change(() => {
        for (const id of [...accounts, ...orphanHistory]) {
          delete data.accounts[id]
          delete data.validationsByAccount[id]
          delete data.processesByAccount[id]
          plan.touch('account', id)
        }
        for (const id of validations) {
          delete data.validations[id]
          plan.touch('validation', id)
        }
        for (const id of results) {
          delete data.processResults[id]
          plan.touch('result', id)
        }
        if (accountCount !== undefined) accountCount -= accounts.length
      })
      notify(accounts)
      return { accounts: accounts.length, validations: validations.length, results: results.length }
    },
    flush: () => queue.flush(),
    async close() {
      // Closed first, so nothing can change between the flush and the stop and be left unwritten.
      closed = true
      try {
        await queue.flush()
      } catch (error) {
        closed = false
        throw error
      }
      queue.stop()
    }
  }
}
