// The local search index over cached accounts (docs/architecture.md §3 "The index snapshot"): one folded haystack per account
// (haystack.ts), unigram/bigram/trigram posting lists packed as delta varints (gram-postings.ts), typed
// columns for the filters (slot-table.ts) and two sorted orders for ranking and ID prefixes
// (sorted-slots.ts). Why this and not a search library: the figures below, from `npm run bench`.
//
// 100,000 seeded accounts with 3 validations and 1 process each (259 MB of plaintext JSON), the same
// 1,000 queries for each candidate, Node 20 on a shared 2-core machine at a load average of about 4:
//
//                 p50      p95      max      build   memory   queries with hits
//   this index    0.38 ms  1.7 ms   5.5 ms   1.9 s    27 MB   963
//   MiniSearch    13.5 ms  260 ms   2.2 s    5.8 s   247 MB   847 (prefix matching only: no "arc" in
//                                                                  García, no middle digits)
//   Array.filter  60 ms    110 ms   271 ms   -          -     960 (no accents, digits or ranking)
//
// Array.filter ÷ this index: 107× on the mean, 66× at p95 (target ≥ 20×); p95 1.7 ms (target ≤ 5 ms).
// MiniSearch misses both targets by far and holds 9× the memory. With the cache open the backend holds
// 375 MB of heap and ArrayBuffers, 1.45× the plaintext (target ≤ 3×), 27 MB of it this index.
// Wall-clock times grow with the machine's load (a run at load 6 measured p95 8.8 ms wall but 2.7 ms
// of CPU time), so compare the benchmark's CPU columns across runs.
import type { IndexedAccount, SearchIndex } from './types'
import { haystackOf } from './haystack'
import { parseQuery } from './normalize'
import { compileFilters } from './filters'
import { matchTerms } from './match-terms'
import { pageOf } from './rank-page'
import { SlotTable, type SlotAttributes } from './slot-table'
import { GramPostings } from './gram-postings'
import { decodeIndexSnapshot, encodeIndexSnapshot } from './index-snapshot'
import { emptyIndexState, ordersOf, type IndexState } from './index-state'

/** Killed rows are dropped once there are this many and at least half as many as live ones. */
const COMPACT_MIN = 1024
/** A batch this large (opening a cache, a mirror's catch-up) has its grams packed in one go. */
const BULK = 4096

/** Every live slot that passes: the matches of an empty query. */
function liveSlots(table: SlotTable, pass: ((slot: number) => boolean) | null): Int32Array {
  const slots = new Int32Array(table.live)
  let n = 0
  for (let slot = 0; slot < table.length; slot++) {
    if (table.dead[slot] === 0 && (pass === null || pass(slot))) slots[n++] = slot
  }
  return slots.subarray(0, n)
}

/** The slots that pass, in place. */
function keep(slots: Int32Array, pass: (slot: number) => boolean): Int32Array {
  let n = 0
  for (const slot of slots) if (pass(slot)) slots[n++] = slot
  return slots.subarray(0, n)
}

/** An index restored from `encodeIndexSnapshot`'s bytes; undefined when they are not a valid snapshot. */
export function restoreSearchIndex(bytes: Uint8Array): SearchIndex | undefined {
  const state = decodeIndexSnapshot(bytes)
  return state === undefined ? undefined : createSearchIndex(state)
}

export function createSearchIndex(from: IndexState = emptyIndexState()): SearchIndex {
  let { table, postings, orders } = from
  // Built on the first change rather than on restore: a restored index answers searches without it,
  // and 100,000 map entries are a few milliseconds of the open (DESIGN.md §4 "Open").
  let byIdMap: Map<string, number> | undefined

  function byId(): Map<string, number> {
    if (byIdMap === undefined) {
      byIdMap = new Map()
      for (let slot = 0; slot < table.length; slot++) {
        if (table.dead[slot] === 0) byIdMap.set(table.ids[slot] as string, slot)
      }
    }
    return byIdMap
  }

  /** Adds a row; its grams are added by `index()` once the batch's size is known. */
  function insert(id: string, hay: string, attributes: SlotAttributes): void {
    const slot = table.add(id, hay, attributes)
    orders.display.added(slot)
    orders.byHaystack.added(slot)
    byId().set(id, slot)
  }

  /** Adds the grams of the rows from `first` on: packed at once for a bulk batch. */
  function index(first: number): void {
    const hays = table.hays.slice(first, table.length)
    if (hays.length >= BULK) postings.addMany(first, hays)
    else hays.forEach((hay, i) => postings.add(first + i, hay))
  }

  function kill(id: string): void {
    const slot = byId().get(id)
    if (slot === undefined) return
    table.kill(slot)
    byId().delete(id)
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
    byId().clear()
    for (const slot of order) {
      if (old.dead[slot] === 0)
        insert(old.ids[slot] as string, old.hays[slot] as string, old.attributesAt(slot))
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
        const existing = byId().get(id)
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
      byIdMap = new Map()
    },

    size(): number {
      return table.live
    },

    snapshot(): Uint8Array {
      return encodeIndexSnapshot({ table, postings, orders })
    },

    search({ text, filters, offset, limit }) {
      orders.display.refresh()
      orders.byHaystack.refresh()
      const start = Math.max(0, Math.floor(offset))
      const count = Math.max(0, Math.floor(limit))
      const pass = compileFilters(filters, table)
      if (pass === false) return { ids: [], total: 0 }
      const query = parseQuery(text)
      // An empty query lists every account that passes the filters: the operator browses, not only searches.
      if (query.terms.length === 0)
        return pageOf(liveSlots(table, pass), undefined, table, orders, start, count)
      const matches = matchTerms(query.terms, table, postings)
      return pageOf(pass === null ? matches : keep(matches, pass), query.idToken, table, orders, start, count)
    }
  }
}
