// Live slots kept sorted two ways: in display order (newest creation date first, then by account ID:
// the one stable order of every rank tier and of an empty query, so a page never reshuffles) and by
// haystack, which starts with the folded account ID, so ID prefixes are a binary search. Newly added
// slots are merged in when a search needs them, not on every cached page of a mirror.
import type { SlotTable } from './slot-table'

export class SortedSlots {
  /** Sorted slots; may still hold slots killed since the last refresh (check `table.dead`). */
  order = new Int32Array(0)
  /** Position of each slot in `order` (display order only). */
  positions = new Int32Array(0)
  private pending: number[] = []

  constructor(
    private readonly table: SlotTable,
    private readonly compare: (table: SlotTable, a: number, b: number) => number,
    private readonly withPositions: boolean
  ) {}

  added(slot: number): void {
    this.pending.push(slot)
  }

  /**
   * Merges the slots added since the last call into `order`, dropping killed ones. Each added slot's
   * place is found by binary search, so a mirror's page of 100 costs about 100 × 17 comparisons and one
   * copy of `order`, not a comparison per account.
   */
  refresh(): void {
    if (this.pending.length === 0) return
    const { table, compare, order } = this
    const { dead } = table
    const added = Int32Array.from(this.pending.filter((slot) => dead[slot] === 0)).sort((a, b) =>
      compare(table, a, b)
    )
    this.pending = []
    const merged = new Int32Array(table.live)
    let n = 0
    let from = 0
    for (const slot of added) {
      // Killed slots keep their row until compaction, so `order` is still sorted with them in it.
      const to = this.upperBound(slot, from)
      for (let i = from; i < to; i++) if (dead[order[i] as number] === 0) merged[n++] = order[i] as number
      merged[n++] = slot
      from = to
    }
    for (let i = from; i < order.length; i++)
      if (dead[order[i] as number] === 0) merged[n++] = order[i] as number
    this.order = merged
    if (!this.withPositions) return
    if (this.positions.length < table.length) this.positions = new Int32Array(table.dead.length)
    for (let p = 0; p < merged.length; p++) this.positions[merged[p] as number] = p
  }

  /** The first position from `low` on whose slot sorts after `slot`. */
  private upperBound(slot: number, low: number): number {
    const { table, compare, order } = this
    let high = order.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (compare(table, order[middle] as number, slot) <= 0) low = middle + 1
      else high = middle
    }
    return low
  }

  /** Positions in `order` of the slots whose haystack starts with `prefix` (haystack order only). */
  prefixRange(prefix: string): [start: number, end: number] {
    // Every haystack starting with the prefix sorts between it and it followed by the last code unit.
    return [this.lowerBound(prefix), this.lowerBound(`${prefix}\uffff`)]
  }

  private lowerBound(text: string): number {
    const { order } = this
    const { hays } = this.table
    let low = 0
    let high = order.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((hays[order[middle] as number] as string) < text) low = middle + 1
      else high = middle
    }
    return low
  }
}

/** Newest first; accounts without a readable creation date last; then by account ID. */
export function displayOrder(table: SlotTable, a: number, b: number): number {
  const ta = timeOf(table.created[a] as number)
  const tb = timeOf(table.created[b] as number)
  if (ta !== tb) return tb - ta
  return compareText(table.ids[a] as string, table.ids[b] as string)
}

/** By haystack, that is by folded account ID first (the separator sorts before any ID character). */
export function haystackOrder(table: SlotTable, a: number, b: number): number {
  return compareText(table.hays[a] as string, table.hays[b] as string)
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function timeOf(ms: number): number {
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms
}
