// What a search index is made of (search-index.ts): the slot table, the gram lists and the two sorted
// orders. Kept apart so that the index and its snapshot (index-snapshot.ts) share it without
// importing each other.
import { GramPostings } from './gram-postings'
import type { Orders } from './rank-page'
import { SlotTable } from './slot-table'
import { SortedSlots, displayOrder, haystackOrder } from './sorted-slots'

export interface IndexState {
  table: SlotTable
  postings: GramPostings
  orders: Orders
}

export function ordersOf(table: SlotTable): Orders {
  return {
    display: new SortedSlots(table, displayOrder, true),
    byHaystack: new SortedSlots(table, haystackOrder, false)
  }
}

export function emptyIndexState(): IndexState {
  const table = new SlotTable()
  return { table, postings: new GramPostings(), orders: ordersOf(table) }
}
