// Which live slots hold every term of a query. The rarest term is looked up in the gram lists and its
// candidates are then checked against the haystacks themselves, so grams only ever narrow the search;
// they decide it alone only where they are exact (a word of one to three known characters).
import type { SlotTable } from './slot-table'
import type { GramPostings } from './gram-postings'
import { OTHER, codeOf, gramOf, trigramsOf } from './char-codes'

/** Below this many candidates, checking each haystack beats decoding another gram list. */
const FEW_CANDIDATES = 64
/** A list is worth intersecting while it is at most this many times longer than the candidates… */
const INTERSECT_RATIO = 8
/** …and while the previous list ruled out at least this share of them (else the rest will not either). */
const WORTHWHILE_CUT = 0.1

/** Live slots, ascending, whose haystack holds every term (a term: any of its needles). */
export function matchTerms(terms: string[][], table: SlotTable, postings: GramPostings): Int32Array {
  const ranked = terms
    .map((needles) => ({
      needles,
      cost: needles.reduce((sum, needle) => sum + estimate(needle, postings), 0)
    }))
    .sort((a, b) => a.cost - b.cost)
  const [first, ...rest] = ranked
  if (first === undefined) return new Int32Array(0)
  let slots = first.needles.map((needle) => needleSlots(needle, table, postings)).reduce(unite)
  const { hays } = table
  for (const { needles } of rest) {
    // In place: the write position never passes the read position.
    let n = 0
    for (const slot of slots) if (holdsAny(hays[slot] as string, needles)) slots[n++] = slot
    slots = slots.subarray(0, n)
  }
  return slots
}

/** How many slots looking a needle up would visit. */
function estimate(needle: string, postings: GramPostings): number {
  if (needle.length <= 3) return postings.count(gramOf(needle))
  return Math.min(...trigramsOf(needle).map((key) => postings.count(key)))
}

/** Live slots whose haystack contains `needle`, ascending. */
function needleSlots(needle: string, table: SlotTable, postings: GramPostings): Int32Array {
  const { dead, hays } = table
  let candidates: Int32Array
  if (needle.length <= 3) {
    candidates = postings.decode(gramOf(needle), dead)
  } else {
    const keys = trigramsOf(needle).sort((a, b) => postings.count(a) - postings.count(b))
    candidates = postings.decode(keys[0] as number, dead)
    for (const key of keys.slice(1)) {
      if (candidates.length <= FEW_CANDIDATES || postings.count(key) > candidates.length * INTERSECT_RATIO)
        break
      const before = candidates.length
      candidates = postings.retain(key, candidates)
      if (candidates.length > before * (1 - WORTHWHILE_CUT)) break
    }
  }
  // A needle of one to three known characters is exactly its gram: no need to read the text.
  if (needle.length <= 3 && !hasOther(needle)) return candidates
  let n = 0
  for (const slot of candidates) if ((hays[slot] as string).includes(needle)) candidates[n++] = slot
  return candidates.subarray(0, n)
}

function holdsAny(hay: string, needles: string[]): boolean {
  for (const needle of needles) if (hay.includes(needle)) return true
  return false
}

function hasOther(needle: string): boolean {
  for (let i = 0; i < needle.length; i++) if (codeOf(needle.charCodeAt(i)) === OTHER) return true
  return false
}

/** Union of two ascending slot lists (a term's alternative needles). */
function unite(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length)
  let n = 0
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY
    const y = j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY
    out[n++] = Math.min(x, y)
    if (x <= y) i++
    if (y <= x) j++
  }
  return out.subarray(0, n)
}
