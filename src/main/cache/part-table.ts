// Which part holds which group of records, and what of each part is in memory (docs/architecture.md "The
// operator's cache"). A group is an account with its history, keyed by account ID. Groups are placed in
// slots in the order they arrive: a slot holds up to GROUPS_PER_PART groups, new groups fill the last slot,
// and a group keeps its slot for as long as the cache holds it. So a lookup rewrites the one slot of its
// account, and a mirror's new accounts land in new slots instead of touching old ones. Slot k has two
// parts: its accounts part (accounts + history summaries, loaded in the background at open) and its history
// part (read when one of its accounts is opened, and dropped again under a bound).
import type { PartEntry } from './manifest'
import {
  emptyAccountsContent,
  emptyHistoryContent,
  type AccountsContent,
  type HistoryContent
} from './part-content'

/**
 * A slot's accounts part is about 0.1 MB of plaintext and its history part about 0.65 MB (the bench's
 * data set: three validations and a process per account), so one revalidated lookup writes about
 * 0.25 % of a 100,000-account cache, opening an account parses one history part in a few
 * milliseconds, and the first search after open reads its hits' parts in tens of milliseconds. Smaller
 * slots made that faster still but the manifest (written with every change, the outbox's too) larger:
 * 90 KB at 100 a slot, 37 KB at 250, 19 KB at 500 (npm run bench, open and writes sections).
 */
export const GROUPS_PER_PART = 250

/** History parts kept in memory once read, beyond those with unsaved changes (least recently used go). */
export const HISTORY_PARTS_KEPT = 8

abstract class Slot<C> {
  /** The part file as the manifest on disk names it; null when it has none yet (or it was lost). */
  entry: PartEntry | null = null
  content: C | undefined
  loading: Promise<void> | undefined
  /** Changed since the last write. */
  dirty = false
  /** Held by a write in flight: not dropped from memory until it ends. */
  pinned = 0
  /**
   * Only times moved (an answer equal to what is cached, at a later time): not worth a write of its
   * own, so written with the part's next change, or when the cache closes.
   */
  retimed = false
  /** The entry a write in flight made for it, until its manifest is on disk. */
  pendingEntry?: PartEntry

  constructor(readonly slot: number) {}

  get loaded(): boolean {
    return this.content !== undefined
  }
}

export class AccountSlot extends Slot<AccountsContent> {
  /** Its groups, once known (from the index snapshot's directory or from loading it). */
  groups: string[] | undefined
  /** The index snapshot on disk holds every account of this part as they are in `entry`. */
  covered = false
  /** Accounts in it: counted while loaded, else the manifest's figure. */
  accountCount = 0
}

export class HistorySlot extends Slot<HistoryContent> {
  lastUsed = 0
  validations = 0
  processes = 0
}

export class PartTable {
  accounts: AccountSlot[] = []
  history: HistorySlot[] = []
  /** The slot of every group whose slot is known. */
  readonly groupSlot = new Map<string, number>()
  /** The group of every record kept by its own ID (recordKey()), from the loaded summaries. */
  readonly recordGroup = new Map<string, string>()
  #useClock = 0

  /** Slots whose groups are not known yet: until none is left, an unknown ID may still be cached. */
  get unknownSlots(): number {
    let unknown = 0
    for (const slot of this.accounts) if (slot.groups === undefined) unknown++
    return unknown
  }

  get accountCount(): number {
    let total = 0
    for (const slot of this.accounts) total += slot.accountCount
    return total
  }

  /** The slot pair `k`, created (empty, in memory) if it is new. */
  ensure(k: number): { accounts: AccountSlot; history: HistorySlot } {
    while (this.accounts.length <= k) {
      const slot = this.accounts.length
      this.accounts.push(new AccountSlot(slot))
      this.history.push(new HistorySlot(slot))
    }
    return { accounts: this.accounts[k] as AccountSlot, history: this.history[k] as HistorySlot }
  }

  /** Records the groups of slot `k` (known before its part is read, or read from it). */
  learnGroups(k: number, groups: string[]): void {
    const slot = this.ensure(k).accounts
    slot.groups = groups
    for (const group of groups) this.groupSlot.set(group, k)
  }

  /**
   * The slot a new group goes to: the last one while it has room, else a new one. The caller must
   * have the last slot loaded before it adds the group (its part is written whole).
   */
  slotForNewGroup(): number {
    const last = this.accounts[this.accounts.length - 1]
    if (last !== undefined && last.groups !== undefined && last.groups.length < GROUPS_PER_PART) {
      return last.slot
    }
    const k = this.accounts.length
    const { accounts, history } = this.ensure(k)
    accounts.groups = []
    accounts.content = emptyAccountsContent()
    history.content = emptyHistoryContent()
    return k
  }

  place(group: string, k: number): void {
    const slot = this.ensure(k).accounts
    ;(slot.groups ??= []).push(group)
    this.groupSlot.set(group, k)
  }

  touchHistory(slot: HistorySlot): void {
    slot.lastUsed = ++this.#useClock
  }

  /** History parts that may leave memory: clean, not being written, least recently used first. */
  evictableHistory(): HistorySlot[] {
    const clean = this.history.filter((slot) => slot.loaded && !slot.dirty && slot.pinned === 0)
    clean.sort((a, b) => a.lastUsed - b.lastUsed)
    return clean.slice(0, Math.max(0, clean.length - HISTORY_PARTS_KEPT))
  }

  reset(): void {
    this.accounts = []
    this.history = []
    this.groupSlot.clear()
    this.recordGroup.clear()
  }
}
