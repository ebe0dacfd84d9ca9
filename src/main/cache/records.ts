// Where the cache's records are and how they change (docs/architecture.md "The operator's cache"): each
// change names the groups (accounts) it touches and waits in the change queue until their slots are known
// and their parts are in memory, then applies in order; each read finds its group's slot, reads its parts
// if they are not in memory yet, and answers from them. An answer equal to what is cached changes nothing
// but its time, kept in memory (nothing is written for it).
import type { Account } from '@shared/domain/truora-records'
import type { ChangeQueue } from './change-queue'
import type { PartLoader } from './part-loader'
import { GROUPS_PER_PART, type PartTable } from './part-table'
import { groupOfRecord, recordKey, type HistoryContent, type HistoryKind } from './part-content'
import { summaryStatus, withRecord, type HistorySummary } from './history-summary'
import { stripPresignedUrls } from './presigned-urls'
import type { HistoryPutOptions, Stamped } from './types'
import type { WriteQueue } from './write-queue'

export interface RecordsParts {
  table: PartTable
  changes: ChangeQueue
  loader: PartLoader
  queue: WriteQueue
  notify: (accountIds: string[]) => void
  isClosed: () => boolean
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

export function createRecords({ table, changes, loader, queue, notify, isClosed }: RecordsParts) {
  const ignore = (): void => undefined

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
    if (isClosed()) throw new Error('The cache is closed.')
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
            // for it now; it reaches the disk with the part's next change, or on close (retimed).
            if (existing.fetchedAt < fetchedAt) {
              slot.content.accounts[id] = { data: existing.data, fetchedAt }
              slot.retimed = true
            }
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
      // The summary's time moved at least: written with the part's next change, or on close.
      accounts.retimed = true
      if (existing !== undefined && sameJson(existing.data, stripped)) {
        if (existing.fetchedAt < fetchedAt) {
          map[accountId] = { data: existing.data, fetchedAt }
          history.retimed = true
        }
        return
      }
      map[accountId] = { data: stripped, fetchedAt }
      history.dirty = true
      // The accounts part is written again at once only when what it says changes: the list is new,
      // or its newest entry (the latest status) is another.
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
      const summary = summaries[group]
      const known = summary?.records?.[key] !== undefined
      // When it came goes in the summary (retention reads it there); a new key is written at once.
      summaries[group] = withRecord(summary, key, fetchedAt)
      table.recordGroup.set(key, group)
      if (known) accounts.retimed = true
      else accounts.dirty = true
      if (existing !== undefined && sameJson(existing.data, stripped)) {
        if (existing.fetchedAt < fetchedAt) {
          map[id] = { data: existing.data, fetchedAt }
          history.retimed = true
        }
        return
      }
      map[id] = { data: stripped, fetchedAt }
      history.dirty = true
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

  return { change, locate, putAccounts, putList, putRecord, readList, readRecord, peek }
}
