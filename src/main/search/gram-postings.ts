// Posting lists of character unigrams, bigrams and trigrams: for each gram, the slots whose haystack
// holds it, ascending, as delta varints packed into byte buffers (about 1.2 bytes per entry for
// 100 000 accounts, where a JS array takes eight bytes per number and a typed array per list ~200
// bytes of object each). Accounts cached one by one go to small per-list tails first; bulk loads are
// packed in two passes over the text, without allocating anything per entry.
//
// Packed lists live in a few segments, each holding every list's entries for a run of slots, its
// deltas continuing from the segment before: a list is read segment after segment. A bulk load adds a
// segment instead of rewriting all that was packed before; a segment is merged into the one before
// it once it is at least half that one's size, so there are O(log n) of them and a mirror of 100,000
// accounts in slices of 4,096 copies each entry a few times, not once per slice (it was 0.6 s of a
// mirror's CPU: npm run bench, mirror section).
import { GRAM_KEYS, gramKeys } from './char-codes'

/**
 * Tails are packed once they hold this many entries and a quarter as many as the pool: tails take
 * eight bytes an entry, so this bounds them to about twice the pool's size while a mirror adds pages.
 */
const PACK_MIN = 1 << 16

interface Batch {
  first: number
  texts: readonly string[]
}

/** One run of packed entries: list `key` is pool[offsets[key]] up to pool[offsets[key + 1]]. */
interface Segment {
  pool: Uint8Array<ArrayBuffer>
  offsets: Uint32Array<ArrayBuffer>
}

/** The packed lists as a snapshot keeps them (index-snapshot.ts): no tails, so `last` is each list's end. */
export interface PackedPostings {
  pool: Uint8Array<ArrayBuffer>
  offsets: Uint32Array<ArrayBuffer>
  counts: Uint32Array<ArrayBuffer>
  last: Int32Array<ArrayBuffer>
  entries: number
}

export class GramPostings {
  private segments: Segment[] = []
  private packedEntries = 0
  /** Last slot of each list in the segments: the base of the first delta of the next segment. */
  private lastPacked = new Int32Array(GRAM_KEYS).fill(-1)
  /** Slots added one by one since the last pack. */
  private tails: (number[] | undefined)[] = new Array<number[] | undefined>(GRAM_KEYS)
  private tailEntries = 0
  private scratch = new Int32Array(256)

  constructor(
    private readonly counts = new Uint32Array(GRAM_KEYS),
    /** Last slot of each list, packed or not: how a slot's repeated grams are skipped. */
    private readonly last = new Int32Array(GRAM_KEYS).fill(-1)
  ) {}

  /** Packs the tails and merges every segment into one, then hands the lists out uncopied. */
  packed(): PackedPostings {
    this.pack()
    while (this.segments.length > 1) this.mergeLast()
    const segment = this.segments[0] ?? { pool: new Uint8Array(0), offsets: new Uint32Array(GRAM_KEYS + 1) }
    return {
      pool: segment.pool,
      offsets: segment.offsets,
      counts: this.counts,
      last: this.last,
      entries: this.packedEntries
    }
  }

  /** Postings that continue from a snapshot's packed lists (which they take over, uncopied). */
  static fromPacked(packed: PackedPostings): GramPostings {
    const postings = new GramPostings(packed.counts, packed.last)
    if (packed.pool.length > 0) postings.segments = [{ pool: packed.pool, offsets: packed.offsets }]
    postings.lastPacked = packed.last.slice()
    postings.packedEntries = packed.entries
    return postings
  }

  /** Adds the grams of one slot; slots must come in increasing order. */
  add(slot: number, text: string): void {
    if (this.tailEntries >= PACK_MIN && this.tailEntries * 4 >= this.packedEntries) this.pack()
    const n = this.keysOf(text)
    for (let i = 0; i < n; i++) {
      const key = this.scratch[i] as number
      if (this.last[key] === slot) continue
      this.last[key] = slot
      this.counts[key] = (this.counts[key] as number) + 1
      const tail = this.tails[key]
      if (tail === undefined) this.tails[key] = [slot]
      else tail.push(slot)
      this.tailEntries++
    }
  }

  /** Adds slots `first`, `first + 1`, … with these texts, then packs everything. */
  addMany(first: number, texts: readonly string[]): void {
    this.pack({ first, texts })
  }

  count(key: number): number {
    return this.counts[key] as number
  }

  /** The slots of one list, ascending, without those `dead` marks. */
  decode(key: number, dead: Uint8Array): Int32Array {
    const out = new Int32Array(this.counts[key] as number)
    let slot = -1
    let n = 0
    for (const { pool, offsets } of this.segments) {
      const end = offsets[key + 1] as number
      // The same loop as walk(), inlined: one-letter words decode lists of nearly every account.
      for (let i = offsets[key] as number; i < end;) {
        let delta = 0
        let shift = 0
        let byte: number
        do {
          byte = pool[i++] as number
          delta |= (byte & 0x7f) << shift
          shift += 7
        } while (byte >= 0x80)
        slot += delta
        if (dead[slot] === 0) out[n++] = slot
      }
    }
    for (const tailSlot of this.tails[key] ?? NONE) if (dead[tailSlot] === 0) out[n++] = tailSlot
    return out.subarray(0, n)
  }

  /** Keeps, in place, the slots of `slots` (ascending) that are also in the list of `key`. */
  retain(key: number, slots: Int32Array): Int32Array {
    let n = 0
    let i = 0
    this.walk(key, (slot) => {
      while (i < slots.length && (slots[i] as number) < slot) i++
      if (i === slots.length) return false
      if (slots[i] === slot) slots[n++] = slots[i++] as number
      return true
    })
    return slots.subarray(0, n)
  }

  /** Visits a list's slots in ascending order until `visit` returns false. */
  private walk(key: number, visit: (slot: number) => boolean): void {
    let slot = -1
    for (const { pool, offsets } of this.segments) {
      const end = offsets[key + 1] as number
      for (let i = offsets[key] as number; i < end;) {
        let delta = 0
        let shift = 0
        let byte: number
        do {
          byte = pool[i++] as number
          // Slots stay below 2^31, so five 7-bit groups fit a 32-bit integer.
          delta |= (byte & 0x7f) << shift
          shift += 7
        } while (byte >= 0x80)
        slot += delta
        if (!visit(slot)) return
      }
    }
    for (const tailSlot of this.tails[key] ?? NONE) if (!visit(tailSlot)) return
  }

  /** Packs every tail, then the batch if any, into a new segment; merges segments as they grow. */
  pack(batch?: Batch): void {
    if (this.tailEntries === 0 && batch === undefined) return
    const { tails, lastPacked } = this
    const sizes = new Uint32Array(GRAM_KEYS)
    for (let key = 0; key < GRAM_KEYS; key++) {
      const tail = tails[key]
      if (tail === undefined) continue
      let size = 0
      let before = lastPacked[key] as number
      for (const slot of tail) {
        size += varintLength(slot - before)
        before = slot
      }
      sizes[key] = size
    }
    // Each list's last slot before the batch: the base of its first batch delta.
    const bases = this.last.slice()
    const batchEntries = batch === undefined ? 0 : this.measure(batch, sizes)
    const offsets = new Uint32Array(GRAM_KEYS + 1)
    let total = 0
    for (let key = 0; key < GRAM_KEYS; key++) {
      offsets[key] = total
      total += sizes[key] as number
    }
    offsets[GRAM_KEYS] = total
    const pool = new Uint8Array(total)
    // Where each list's batch entries go.
    const cursors = new Uint32Array(GRAM_KEYS)
    for (let key = 0; key < GRAM_KEYS; key++) {
      let cursor = offsets[key] as number
      let before = lastPacked[key] as number
      for (const slot of tails[key] ?? NONE) {
        cursor = writeVarint(pool, cursor, slot - before)
        before = slot
      }
      cursors[key] = cursor
    }
    if (batch !== undefined) this.write(batch, pool, cursors, bases)
    this.segments.push({ pool, offsets })
    this.lastPacked = this.last.slice()
    this.packedEntries += this.tailEntries + batchEntries
    this.tails = new Array<number[] | undefined>(GRAM_KEYS)
    this.tailEntries = 0
    for (;;) {
      const last = this.segments[this.segments.length - 1]
      const before = this.segments[this.segments.length - 2]
      if (last === undefined || before === undefined || last.pool.length * 2 < before.pool.length) break
      this.mergeLast()
    }
  }

  /** Merges the last segment into the one before it: each list's bytes, one run after the other. */
  private mergeLast(): void {
    const b = this.segments.pop() as Segment
    const a = this.segments.pop() as Segment
    const pool = new Uint8Array(a.pool.length + b.pool.length)
    const offsets = new Uint32Array(GRAM_KEYS + 1)
    let at = 0
    for (let key = 0; key < GRAM_KEYS; key++) {
      offsets[key] = at
      const aStart = a.offsets[key] as number
      const aEnd = a.offsets[key + 1] as number
      if (aEnd > aStart) pool.set(a.pool.subarray(aStart, aEnd), at)
      at += aEnd - aStart
      const bStart = b.offsets[key] as number
      const bEnd = b.offsets[key + 1] as number
      if (bEnd > bStart) pool.set(b.pool.subarray(bStart, bEnd), at)
      at += bEnd - bStart
    }
    offsets[GRAM_KEYS] = at
    this.segments.push({ pool, offsets })
  }

  /** First walk of a batch: its entries' bytes into `sizes`, and `counts`/`last` brought up to date. */
  private measure({ first, texts }: Batch, sizes: Uint32Array): number {
    let entries = 0
    for (let t = 0; t < texts.length; t++) {
      const slot = first + t
      const n = this.keysOf(texts[t] as string)
      for (let i = 0; i < n; i++) {
        const key = this.scratch[i] as number
        const before = this.last[key] as number
        if (before === slot) continue
        sizes[key] = (sizes[key] as number) + varintLength(slot - before)
        this.last[key] = slot
        this.counts[key] = (this.counts[key] as number) + 1
        entries++
      }
    }
    return entries
  }

  /** Second walk: each entry written at its list's cursor, as a delta from `bases`. */
  private write({ first, texts }: Batch, pool: Uint8Array, cursors: Uint32Array, bases: Int32Array): void {
    for (let t = 0; t < texts.length; t++) {
      const slot = first + t
      const n = this.keysOf(texts[t] as string)
      for (let i = 0; i < n; i++) {
        const key = this.scratch[i] as number
        const before = bases[key] as number
        if (before === slot) continue
        cursors[key] = writeVarint(pool, cursors[key] as number, slot - before)
        bases[key] = slot
      }
    }
  }

  /** The gram keys of `text`, into the reused scratch buffer. */
  private keysOf(text: string): number {
    if (this.scratch.length < text.length * 3) this.scratch = new Int32Array(text.length * 6)
    return gramKeys(text, this.scratch)
  }
}

const NONE: readonly number[] = []

function varintLength(value: number): number {
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5
}

function writeVarint(into: Uint8Array, at: number, value: number): number {
  let rest = value
  while (rest >= 0x80) {
    into[at++] = (rest & 0x7f) | 0x80
    rest >>>= 7
  }
  into[at++] = rest
  return at
}
