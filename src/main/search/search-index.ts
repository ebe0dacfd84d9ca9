// The local search index over cached accounts (issue 4 "Local search"): one folded haystack per account
// (haystack.ts), unigram/bigram/trigram posting lists packed as delta varints (gram-postings.ts), typed
// columns for the filters (slot-table.ts) and two sorted orders for ranking and ID prefixes
// (sorted-slots.ts). Why this and not a search library: see the figures below, from `npm run bench`.
import type { IndexedAccount, SearchIndex } from './types'
import { haystackOf } from './haystack'
import { parseQuery } from './normalize'
import { compileFilters } from './filters'
import { matchTerms } from './match-terms'
import { pageOf, type Orders } from './rank-page'
import { SortedSlots, displayOrder, haystackOrder } from './sorted-slots'
import { SlotTable, type SlotAttributes } from './slot-table'
import { GramPostings } from './gram-postings'

/** Killed rows are dropped once there are this many and at least half as many as live ones. */
const COMPACT_MIN = 1024
/** A batch this large (opening a cache, a mirror's catch-up) has its grams packed in one go. */
const BULK = 4096

function ordersOf(table: SlotTable): Orders {
  return {
    display: new SortedSlots(table, displayOrder, true),
    byHaystack: new SortedSlots(table, haystackOrder, false)
  }
}

function liveSlots(table: SlotTable): Int32Array {
  const slots = new Int32Array(table.live)
  let n = 0
  for (let slot = 0; slot < table.length; slot++) if (table.dead[slot] === 0) slots[n++] = slot
  return slots
}

/** The slots that pass, in place. */
function keep(slots: Int32Array, pass: (slot: number) => boolean): Int32Array {
  let n = 0
  for (const slot of slots) if (pass(slot)) slots[n++] = slot
  return slots.subarray(0, n)
}

export function createSearchIndex(): SearchIndex {
  let table = new SlotTable()
  let postings = new GramPostings()
  let orders = ordersOf(table)
  const byId = new Map<string, number>()

  /** Adds a row; its grams are added by `index()` once the batch's size is known. */
  function insert(id: string, hay: string, attributes: SlotAttributes): void {
    const slot = table.add(id, hay, attributes)
    orders.display.added(slot)
    orders.byHaystack.added(slot)
    byId.set(id, slot)
  }

  /** Adds the grams of the rows from `first` on: packed at once for a bulk batch. */
  function index(first: number): void {
    const hays = table.hays.slice(first, table.length)
    if (hays.length >= BULK) postings.addMany(first, hays)
    else hays.forEach((hay, i) => postings.add(first + i, hay))
  }

  function kill(id: string): void {
    const slot = byId.get(id)
    if (slot === undefined) return
    table.kill(slot)
    byId.delete(id)
  }

  /** Rebuilds the rows without the killed ones, in display order (so the merge is a no-op). */
  function compactIfWorthIt(): void {
    if (table.deadCount < COMPACT_MIN || table.deadCount * 2 < table.live) return
    orders.display.refresh()
    const old = table
    const { order } = orders.display
    table = new SlotTable(old.dictionaries)
    postings = new GramPostings()
    orders = ordersOf(table)
    table.reserve(old.live)
    byId.clear()
    for (const slot of order) {
      if (old.dead[slot] === 0) insert(old.ids[slot] as string, old.hays[slot] as string, old.attributesAt(slot))
    }
    index(0)
  }

  return {
    upsert(entries: Iterable<IndexedAccount>): void {
      const first = table.length
      for (const entry of entries) {
        const id = entry.account.account_id
        if (typeof id !== 'string' || id === '') continue
        const hay = haystackOf(entry.account)
        const attributes = table.attributesOf(entry)
        const existing = byId.get(id)
        if (existing !== undefined) {
          // Same text and date: only the filter columns change (a new status), the row stays.
          if (table.hays[existing] === hay && Object.is(table.created[existing], attributes.created)) {
            table.setAttributes(existing, attributes)
            continue
          }
          kill(id)
        }
        insert(id, hay, attributes)
      }
      index(first)
      compactIfWorthIt()
    },

    remove(accountIds: Iterable<string>): void {
      for (const id of accountIds) kill(id)
      compactIfWorthIt()
    },

    clear(): void {
      table = new SlotTable()
      postings = new GramPostings()
      orders = ordersOf(table)
      byId.clear()
    },

    size(): number {
      return byId.size
    },

    search({ text, filters, offset, limit }) {
      orders.display.refresh()
      orders.byHaystack.refresh()
      const start = Math.max(0, Math.floor(offset))
      const count = Math.max(0, Math.floor(limit))
      const pass = compileFilters(filters, table)
      if (pass === false) return { ids: [], total: 0 }
      const query = parseQuery(text)
      // An empty query lists every account that passes the filters (issue 4).
      const matches = query.terms.length === 0 ? liveSlots(table) : matchTerms(query.terms, table, postings)
      return pageOf(pass === null ? matches : keep(matches, pass), query.idToken, table, orders, start, count)
    }
  }
}
