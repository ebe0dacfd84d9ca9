// The search index as bytes, so that opening a cache answers its first search from the saved index instead
// of indexing every account again (DESIGN.md §4 "Open reads the manifest and the index snapshot";
// docs/architecture.md "The operator's cache"). The columns, posting lists and sorted orders are typed
// arrays already: they are written as they are. Account IDs and haystacks are written as one UTF-8 text
// each with the end of every entry, and restored as slices of one decoded string, which costs one native
// decode instead of 200,000 small ones.
//
// Layout (little-endian): "TSI1" | header length (uint32) | header JSON | sections, each starting on a
// multiple of 8 bytes, in the order the header lists them with their byte lengths. The cache seals these
// bytes like any other part, so they are checked here for shape only: a snapshot of another version or of
// inconsistent lengths is refused (undefined) and the index is built again instead.
import { GRAM_KEYS } from './char-codes'
import { GramPostings } from './gram-postings'
import { ordersOf, type IndexState } from './index-state'
import { SlotTable, dictionariesOf } from './slot-table'

const MAGIC = 'TSI1'
const VERSION = 1
const ALIGN = 8

type SectionName = (typeof SECTIONS)[number]
const SECTIONS = [
  'created',
  'country',
  'documentType',
  'status',
  'dead',
  'idLength',
  'idEnds',
  'idText',
  'hayEnds',
  'hayText',
  'pool',
  'offsets',
  'counts',
  'last',
  'display',
  'byHaystack'
] as const

interface Header {
  version: number
  length: number
  deadCount: number
  entries: number
  dictionaries: { country: string[]; documentType: string[]; status: string[] }
  sections: [SectionName, number][]
}

type Bytes = Uint8Array

function bytesOf(view: ArrayBufferView): Bytes {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength)
}

/** One text of every string, and where each ends (in UTF-16 code units, as `slice` counts). */
function joined(strings: readonly string[], length: number): { ends: Uint32Array; text: Bytes } {
  const ends = new Uint32Array(length)
  let at = 0
  for (let i = 0; i < length; i++) {
    at += (strings[i] as string).length
    ends[i] = at
  }
  return { ends, text: new TextEncoder().encode(strings.slice(0, length).join('')) }
}

export function encodeIndexSnapshot(state: IndexState): Uint8Array {
  const { table, orders } = state
  // Everything added since the last search goes into the orders and the packed lists first: a
  // snapshot has no pending slots and no tails.
  orders.display.refresh()
  orders.byHaystack.refresh()
  const packed = state.postings.packed()
  const n = table.length
  const ids = joined(table.ids, n)
  const hays = joined(table.hays, n)
  const sections: Record<SectionName, Bytes> = {
    created: bytesOf(table.created.subarray(0, n)),
    country: bytesOf(table.country.subarray(0, n)),
    documentType: bytesOf(table.documentType.subarray(0, n)),
    status: bytesOf(table.status.subarray(0, n)),
    dead: bytesOf(table.dead.subarray(0, n)),
    idLength: bytesOf(table.idLength.subarray(0, n)),
    idEnds: bytesOf(ids.ends),
    idText: ids.text,
    hayEnds: bytesOf(hays.ends),
    hayText: hays.text,
    pool: bytesOf(packed.pool),
    offsets: bytesOf(packed.offsets),
    counts: bytesOf(packed.counts),
    last: bytesOf(packed.last),
    display: bytesOf(liveOnly(orders.display.order, table.dead)),
    byHaystack: bytesOf(liveOnly(orders.byHaystack.order, table.dead))
  }
  const header: Header = {
    version: VERSION,
    length: n,
    deadCount: table.deadCount,
    entries: packed.entries,
    dictionaries: {
      country: table.dictionaries.country.values(),
      documentType: table.dictionaries.documentType.values(),
      status: table.dictionaries.status.values()
    },
    sections: SECTIONS.map((name) => [name, sections[name].byteLength])
  }
  const headerBytes = new TextEncoder().encode(JSON.stringify(header))
  let size = align(8 + headerBytes.length)
  for (const name of SECTIONS) size = align(size + sections[name].byteLength)
  const out = new Uint8Array(size)
  out.set(new TextEncoder().encode(MAGIC), 0)
  new DataView(out.buffer).setUint32(4, headerBytes.length, true)
  out.set(headerBytes, 8)
  let at = align(8 + headerBytes.length)
  for (const name of SECTIONS) {
    out.set(sections[name], at)
    at = align(at + sections[name].byteLength)
  }
  return out
}

/** An order without the slots killed since it was last merged (a refresh with nothing added keeps them). */
function liveOnly(order: Int32Array, dead: Uint8Array): Int32Array {
  let killed = 0
  for (const slot of order) killed += dead[slot] as number
  if (killed === 0) return order
  const live = new Int32Array(order.length - killed)
  let n = 0
  for (const slot of order) if (dead[slot] === 0) live[n++] = slot
  return live
}

function align(at: number): number {
  return Math.ceil(at / ALIGN) * ALIGN
}

/** The index's state from a snapshot, or undefined when the bytes are not one this version reads. */
export function decodeIndexSnapshot(bytes: Uint8Array): IndexState | undefined {
  try {
    return decode(bytes)
  } catch {
    // A RangeError from a typed array over a length that does not fit: not a snapshot of ours.
    return undefined
  }
}

function decode(bytes: Uint8Array): IndexState | undefined {
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) return undefined
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 8).getUint32(4, true)
  const header = parseHeader(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength)))
  if (header === undefined) return undefined
  const raw = {} as Record<SectionName, Bytes>
  let at = align(8 + headerLength)
  for (const [name, byteLength] of header.sections) {
    if (at + byteLength > bytes.length) return undefined
    raw[name] = bytes.subarray(at, at + byteLength)
    at = align(at + byteLength)
  }
  const n = header.length
  // Copies into arrays of their own: the decompressed buffer is then free to go, and each array is
  // aligned for its element size whatever offset the sections had.
  const column = <T>(name: SectionName, Make: TypedArrayOf<T>, count: number): T | undefined => {
    const section = raw[name]
    if (section.byteLength !== count * Make.BYTES_PER_ELEMENT) return undefined
    const copy = new Uint8Array(section.byteLength)
    copy.set(section)
    return new Make(copy.buffer, 0, count)
  }
  const table = new SlotTable(dictionariesOf(header.dictionaries))
  const created = column('created', Float64Array, n)
  const country = column('country', Uint32Array, n)
  const documentType = column('documentType', Uint32Array, n)
  const status = column('status', Uint32Array, n)
  const dead = column('dead', Uint8Array, n)
  const idLength = column('idLength', Uint32Array, n)
  const idEnds = column('idEnds', Uint32Array, n)
  const hayEnds = column('hayEnds', Uint32Array, n)
  const offsets = column('offsets', Uint32Array, GRAM_KEYS + 1)
  const counts = column('counts', Uint32Array, GRAM_KEYS)
  const last = column('last', Int32Array, GRAM_KEYS)
  const live = n - header.deadCount
  const display = column('display', Int32Array, live)
  const byHaystack = column('byHaystack', Int32Array, live)
  if (
    !created ||
    !country ||
    !documentType ||
    !status ||
    !dead ||
    !idLength ||
    !idEnds ||
    !hayEnds ||
    !offsets ||
    !counts ||
    !last ||
    !display ||
    !byHaystack
  ) {
    return undefined
  }
  const ids = split(new TextDecoder().decode(raw.idText), idEnds)
  const hays = split(new TextDecoder().decode(raw.hayText), hayEnds)
  const pool = raw.pool.slice()
  if (ids === undefined || hays === undefined || offsets[GRAM_KEYS] !== pool.length) return undefined
  if (!inRange(display, n) || !inRange(byHaystack, n) || countDead(dead) !== header.deadCount)
    return undefined
  Object.assign(table, {
    ids,
    hays,
    created,
    country,
    documentType,
    status,
    dead,
    idLength,
    length: n,
    deadCount: header.deadCount
  })
  const postings = GramPostings.fromPacked({ pool, offsets, counts, last, entries: header.entries })
  const orders = ordersOf(table)
  orders.display.order = display
  orders.display.positions = new Int32Array(n)
  for (let p = 0; p < display.length; p++) orders.display.positions[display[p] as number] = p
  orders.byHaystack.order = byHaystack
  return { table, postings, orders }
}

interface TypedArrayOf<T> {
  new (buffer: ArrayBuffer, byteOffset: number, length: number): T
  readonly BYTES_PER_ELEMENT: number
}

function split(text: string, ends: Uint32Array): string[] | undefined {
  const out = new Array<string>(ends.length)
  let start = 0
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i] as number
    if (end < start || end > text.length) return undefined
    out[i] = text.slice(start, end)
    start = end
  }
  return start === text.length ? out : undefined
}

function inRange(slots: Int32Array, length: number): boolean {
  for (const slot of slots) if (slot < 0 || slot >= length) return false
  return true
}

function countDead(dead: Uint8Array): number {
  let count = 0
  for (const mark of dead) count += mark
  return count
}

function parseHeader(json: string): Header | undefined {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null) return undefined
  const header = value as Partial<Header>
  const counts = [header.length, header.deadCount, header.entries]
  if (header.version !== VERSION || !counts.every((count) => Number.isSafeInteger(count) && count! >= 0))
    return undefined
  if ((header.deadCount as number) > (header.length as number)) return undefined
  const { dictionaries, sections } = header
  if (
    typeof dictionaries !== 'object' ||
    dictionaries === null ||
    !(['country', 'documentType', 'status'] as const).every(
      (name) => Array.isArray(dictionaries[name]) && dictionaries[name].every((v) => typeof v === 'string')
    )
  ) {
    return undefined
  }
  if (
    !Array.isArray(sections) ||
    sections.length !== SECTIONS.length ||
    !sections.every(
      (entry, i) =>
        Array.isArray(entry) && entry[0] === SECTIONS[i] && Number.isSafeInteger(entry[1]) && entry[1] >= 0
    )
  ) {
    return undefined
  }
  return header as Header
}
