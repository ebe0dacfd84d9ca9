// Ranks matched slots and cuts one page, the order Truora's dashboard sets the bar with
// (DESIGN.md §9: exact match on IDs, partial on the rest): exact account ID first, then ID
// prefix, then every other match; within a tier, display order. Only the page is materialised: a
// large match set is walked in display order instead of being sorted.
import type { SlotTable } from './slot-table'
import type { SortedSlots } from './sorted-slots'

/** Up to this many matches are sorted; beyond it, one walk of the display order per tier is cheaper. */
const SORT_LIMIT = 4096
const EXACT = 1
const PREFIX = 2
const OTHER_MATCH = 3
/** Sort keys pack the tier above a display position (positions stay below 2^30). */
const TIER_SHIFT = 2 ** 30

interface Page {
  ids: string[]
  total: number
}

export interface Orders {
  display: SortedSlots
  byHaystack: SortedSlots
}

/**
 * `matches`: live slots that hold the query and pass the filters. `idToken`: the folded query when it
 * is one word; it is then one of the query's needles, so every ID it prefixes is among the matches.
 */
export function pageOf(
  matches: Int32Array,
  idToken: string | undefined,
  table: SlotTable,
  orders: Orders,
  offset: number,
  limit: number
): Page {
  const tiers = new Uint8Array(table.length)
  for (const slot of matches) tiers[slot] = OTHER_MATCH
  const counts = [0, 0, 0, 0]
  if (idToken !== undefined) markIdTiers(idToken, tiers, table, orders.byHaystack, counts)
  counts[OTHER_MATCH] = matches.length - (counts[EXACT] as number) - (counts[PREFIX] as number)
  const { display } = orders
  const ids: string[] = []
  if (matches.length <= SORT_LIMIT) {
    const keys = new Float64Array(matches.length)
    for (let i = 0; i < matches.length; i++) {
      const slot = matches[i] as number
      keys[i] = (tiers[slot] as number) * TIER_SHIFT + (display.positions[slot] as number)
    }
    keys.sort()
    for (let i = offset; i < Math.min(keys.length, offset + limit); i++) {
      ids.push(table.ids[display.order[(keys[i] as number) % TIER_SHIFT] as number] as string)
    }
    return { ids, total: matches.length }
  }
  let skip = offset
  for (let tier = EXACT; tier <= OTHER_MATCH && ids.length < limit; tier++) {
    const count = counts[tier] as number
    if (skip >= count) {
      skip -= count
      continue
    }
    for (const slot of display.order) {
      if (tiers[slot] !== tier) continue
      if (skip > 0) skip--
      else if (ids.length < limit) ids.push(table.ids[slot] as string)
      else break
    }
  }
  return { ids, total: matches.length }
}

/** The haystack starts with the folded account ID (haystack.ts): ID tiers are a prefix range. */
function markIdTiers(
  idToken: string,
  tiers: Uint8Array,
  table: SlotTable,
  byHaystack: SortedSlots,
  counts: number[]
): void {
  const [start, end] = byHaystack.prefixRange(idToken)
  const { idLength } = table
  for (let p = start; p < end; p++) {
    const slot = byHaystack.order[p] as number
    // Not a match: killed since the last refresh, or filtered out.
    if (tiers[slot] === 0) continue
    // A column, not the string: reading 100 000 haystacks in this order would miss the CPU cache.
    const tier = idLength[slot] === idToken.length ? EXACT : PREFIX
    tiers[slot] = tier
    counts[tier] = (counts[tier] as number) + 1
  }
}
