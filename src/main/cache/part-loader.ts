// Reads parts into memory (docs/architecture.md "The operator's cache"): accounts parts in the background
// after open, those not covered by the index snapshot first (their accounts go to the index as they come),
// and any part at once when a read or a change needs it; history parts only when needed, dropped again
// beyond HISTORY_PARTS_KEPT. A part that is missing, cut short, replaced or does not open costs only
// itself: it is moved aside, reported, and its accounts are refetched by the mirror (the Backend starts one
// on `evt:cache-corrupt`); the history part of a lost accounts part is kept and tells which accounts the
// slot held, so they come back to it with their history.
import { Low } from 'lowdb'
import { moveAside } from './move-aside'
import {
  decodeAccounts,
  decodeHistory,
  emptyAccountsContent,
  emptyHistoryContent,
  encodeJson,
  groupOfRecord,
  HISTORY_KINDS,
  type AccountsContent,
  type HistoryContent,
  type HistoryKind
} from './part-content'
import { partAad, partPathOf } from './part-names'
import { CacheDamage, PartAdapter } from './sealed-file'
import type { PartKey } from './sealed-part'
import { HistorySlot, type AccountSlot, type PartTable } from './part-table'
import { withProcesses, withRecord, withValidations, type HistorySummary } from './history-summary'
import type { ChangeQueue } from './change-queue'
import type { CacheCorruptReason, PartReadInfo } from './types'

/** Accounts parts read at once in the background: one is parsed while the next ones are decrypted. */
const READ_AHEAD = 3

export interface PartLoaderOptions {
  folder: string
  operatorId: string
  key: Promise<PartKey>
  table: PartTable
  changes: ChangeQueue
  now: () => Date
  /** Accounts that arrived in memory (or left it) and must be indexed again. */
  emit: (accountIds: string[]) => void
  /** A part was damaged and moved aside; the manifest must be written without it. */
  onDamage: (damage: { movedTo: string; reason: CacheCorruptReason }) => void
  onRead?: (info: PartReadInfo) => void
  log: (line: string) => void
}

export class PartLoader {
  /** Bumped by clear(): a read that started before must not put its part back. */
  epoch = 0
  /** Groups an out-of-date index snapshot listed for slots not covered (their rows may be in the index). */
  readonly staleGroups = new Map<number, string[]>()
  /** Reads asked for by a read or a change, under way; and who waits for there to be none. */
  #foreground = 0
  #idle: (() => void)[] = []
  /** The last read that failed for another reason than damage (I/O): given to those who wait. */
  #lastError: Error | undefined
  #background: Promise<void> | undefined

  constructor(private readonly options: PartLoaderOptions) {}

  /** Forgets every part (the cache was cleared): reads under way are dropped when they end. */
  reset(): void {
    this.epoch++
    this.staleGroups.clear()
  }

  /** Slot k's accounts part in memory (read now if it is not). */
  accounts(k: number): Promise<void> {
    return this.#accounts(k, false)
  }

  /**
   * Reads asked for by a read or a change go first: while any is under way the background waits, so
   * the first search's hits (a few dozen parts) do not queue behind the rest of the cache.
   */
  #accounts(k: number, background: boolean): Promise<void> {
    const slot = this.options.table.ensure(k).accounts
    if (slot.loaded) return Promise.resolve()
    if (slot.loading === undefined) {
      if (!background) this.#foreground++
      // Never settled within the call: a change that asks for a part is queued before it arrives.
      slot.loading = Promise.resolve()
        .then(() => this.#read(slot, 'accounts'))
        .finally(() => {
          slot.loading = undefined
          if (!background && --this.#foreground === 0) for (const wake of this.#idle.splice(0)) wake()
        })
    }
    return slot.loading
  }

  /** Resolves when no read asked for by a read or a change is under way. */
  #foregroundDone(): Promise<void> {
    return this.#foreground === 0 ? Promise.resolve() : new Promise((resolve) => this.#idle.push(resolve))
  }

  /** Slot k's history part in memory (read now if it is not). */
  history(k: number): Promise<void> {
    const slot = this.options.table.ensure(k).history
    this.options.table.touchHistory(slot)
    if (slot.loaded) return Promise.resolve()
    slot.loading ??= Promise.resolve()
      .then(() => this.#read(slot, 'history'))
      .finally(() => {
        slot.loading = undefined
      })
    return slot.loading
  }

  /** Resolves when every slot's groups are known, so an ID not found is not cached. */
  async membership(): Promise<void> {
    while (this.options.table.unknownSlots > 0) {
      const before = this.options.table.unknownSlots
      await this.background()
      if (this.options.table.unknownSlots >= before) {
        throw this.#lastError ?? new Error('Could not read the cache file (unknown).')
      }
    }
  }

  /** Reads every accounts part not in memory yet, uncovered ones first; resolves when all are in. */
  background(): Promise<void> {
    this.#background ??= this.#loadAll().finally(() => {
      this.#background = undefined
    })
    return this.#background
  }

  async #loadAll(): Promise<void> {
    const epoch = this.epoch
    for (;;) {
      const { accounts } = this.options.table
      const order = accounts
        .filter((slot) => !slot.loaded)
        .sort((a, b) => Number(a.covered) - Number(b.covered) || a.slot - b.slot)
      if (order.length === 0 || epoch !== this.epoch) return
      let next = 0
      const worker = async (): Promise<void> => {
        while (next < order.length && epoch === this.epoch) {
          const slot = order[next++] as AccountSlot
          // A turn of the event loop between parts: a search or a keystroke never waits behind all.
          await new Promise((resolve) => setImmediate(resolve))
          await this.#foregroundDone()
          await this.#accounts(slot.slot, true).catch((error: unknown) => {
            this.options.log(
              `cache: a part could not be read (${(error as { code?: string }).code ?? 'error'})`
            )
          })
        }
      }
      await Promise.all(Array.from({ length: READ_AHEAD }, worker))
      // One that failed to read (I/O) is tried again on demand, not in a loop here.
      if (this.options.table.accounts.every((slot) => slot.loaded || slot.loading === undefined)) return
    }
  }

  async #read(slot: AccountSlot | HistorySlot, role: 'accounts' | 'history'): Promise<void> {
    const { entry } = slot
    const epoch = this.epoch
    if (entry === null) {
      this.#take(slot, role, undefined)
      return
    }
    const adapter =
      role === 'accounts'
        ? new PartAdapter<AccountsContent>({
            ...this.#fileOf(entry.name),
            expected: entry,
            encode: encodeJson,
            decode: decodeAccounts
          })
        : new PartAdapter<HistoryContent>({
            ...this.#fileOf(entry.name),
            expected: entry,
            encode: encodeJson,
            decode: decodeHistory
          })
    const low = new Low<AccountsContent | HistoryContent>(
      adapter as PartAdapter<AccountsContent | HistoryContent>,
      role === 'accounts' ? emptyAccountsContent() : emptyHistoryContent()
    )
    try {
      await low.read()
    } catch (error) {
      if (!(error instanceof CacheDamage)) {
        this.#lastError = error as Error
        this.options.changes.fail(error as Error)
        throw error
      }
      if (epoch === this.epoch && slot.entry === entry) await this.#lose(slot, role, error.reason)
      return
    }
    this.options.onRead?.({ role, name: entry.name, bytes: entry.bytes })
    // Cleared meanwhile, or the slot was written anew: what was read is not the cache any more.
    if (epoch !== this.epoch || slot.entry !== entry || slot.loaded) return
    this.#take(slot, role, low.data)
  }

  #fileOf(name: string): { path: string; aad: string; key: Promise<PartKey> } {
    const { folder, operatorId, key } = this.options
    return { path: partPathOf(folder, name), aad: partAad(operatorId, name), key }
  }

  #take(slot: AccountSlot | HistorySlot, role: 'accounts' | 'history', content: unknown): void {
    const { table } = this.options
    if (slot instanceof HistorySlot) {
      slot.content = (content as HistoryContent | undefined) ?? emptyHistoryContent()
      table.touchHistory(slot)
      for (const evicted of table.evictableHistory()) evicted.content = undefined
    } else {
      const accounts = (content as AccountsContent | undefined) ?? emptyAccountsContent()
      slot.content = accounts
      const groups = Object.keys(accounts.accounts)
      for (const group of Object.keys(accounts.summaries))
        if (!(group in accounts.accounts)) groups.push(group)
      table.learnGroups(slot.slot, groups)
      for (const group of Object.keys(accounts.summaries)) {
        for (const record of Object.keys(accounts.summaries[group]?.records ?? {})) {
          table.recordGroup.set(record, group)
        }
      }
      slot.accountCount = Object.keys(accounts.accounts).length
      if (!slot.covered && role === 'accounts') this.options.emit(Object.keys(accounts.accounts))
    }
    this.options.changes.retry()
  }

  /** A damaged part: moved aside, reported, and what it held given up — no more than that. */
  async #lose(
    slot: AccountSlot | HistorySlot,
    role: 'accounts' | 'history',
    reason: CacheCorruptReason
  ): Promise<void> {
    const { table, folder } = this.options
    const name = (slot.entry as { name: string }).name
    const path = partPathOf(folder, name)
    const movedTo =
      reason === 'missing-part' ? path : await moveAside(path, this.options.now()).catch(() => path)
    slot.entry = null
    this.options.onDamage({ movedTo, reason })
    const k = slot.slot
    if (role === 'history') {
      this.#take(slot, role, undefined)
      this.#forgetHistory(k)
      return
    }
    const accountSlot = slot as AccountSlot
    const lostIds = accountSlot.groups ?? this.staleGroups.get(k) ?? []
    for (const id of lostIds) table.groupSlot.delete(id)
    accountSlot.covered = false
    accountSlot.groups = undefined
    // The slot's history part names its groups: they keep their slot and their history, and only
    // the accounts themselves are fetched again.
    const summaries = await this.#summariesFromHistory(k)
    accountSlot.dirty = true
    this.#take(accountSlot, role, { accounts: emptyAccountsContent().accounts, summaries })
    this.options.emit(lostIds)
  }

  async #summariesFromHistory(k: number): Promise<Record<string, HistorySummary>> {
    const summaries = Object.create(null) as Record<string, HistorySummary>
    await this.history(k).catch(() => undefined)
    const content = this.options.table.history[k]?.content
    if (content === undefined) return summaries
    for (const [id, stamped] of Object.entries(content.validationsByAccount)) {
      summaries[id] = withValidations(summaries[id], stamped.data, stamped.fetchedAt)
    }
    for (const [id, stamped] of Object.entries(content.processesByAccount)) {
      summaries[id] = withProcesses(summaries[id], stamped.data, stamped.fetchedAt)
    }
    for (const kind of Object.keys(HISTORY_KINDS) as HistoryKind[]) {
      if (HISTORY_KINDS[kind].byAccount) continue
      const records = content[kind] as Record<string, { data: { account_id?: unknown }; fetchedAt: string }>
      for (const [id, stamped] of Object.entries(records)) {
        const group = groupOfRecord(stamped.data)
        summaries[group] = withRecord(summaries[group], `${kind}:${id}`, stamped.fetchedAt)
      }
    }
    return summaries
  }

  /** A lost history part: its groups' summaries forget it, so nothing claims a history that is gone. */
  #forgetHistory(k: number): void {
    const { table, changes } = this.options
    changes.push({
      ready: () => {
        const slot = table.ensure(k).accounts
        if (slot.loaded) return true
        void this.accounts(k).catch(() => undefined)
        return false
      },
      apply: () => {
        const slot = table.ensure(k).accounts
        const content = slot.content as AccountsContent
        const changed: string[] = []
        for (const group of Object.keys(content.summaries)) {
          for (const record of Object.keys(content.summaries[group]?.records ?? {})) {
            table.recordGroup.delete(record)
          }
          delete content.summaries[group]
          if (group in content.accounts) changed.push(group)
        }
        slot.dirty = true
        this.options.emit(changed)
      }
    })
  }
}
