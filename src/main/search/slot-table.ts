// The index's per-account columns: one typed array per filter attribute rather than one object per
// account, so 100 000 accounts cost a few bytes each beyond their haystack (DESIGN.md §1 "Fast at any
// size": the whole index stays in the Backend's heap). A slot is an account's row; replacing an account kills its row and adds a new one.
import type { IndexedAccount } from './types'
import { FIELD_SEPARATOR } from './haystack'

/** Small value ↔ code tables for the filter columns (country, document type, status); 0 = absent. */
class Dictionary {
  private codes = new Map<string, number>()

  intern(value: string): number {
    if (value === '') return 0
    let code = this.codes.get(value)
    if (code === undefined) {
      code = this.codes.size + 1
      this.codes.set(value, code)
    }
    return code
  }

  /** The code of a value, or -1 when no account has it (a filter on it matches nothing). */
  find(value: string): number {
    return this.codes.get(value) ?? -1
  }

  /** Every value, in code order (code 1 first): what a snapshot keeps to rebuild the same codes. */
  values(): string[] {
    return [...this.codes.keys()]
  }

  /** A dictionary whose codes are 1, 2, … for `values` in that order (from a snapshot). */
  static of(values: readonly string[]): Dictionary {
    const dictionary = new Dictionary()
    for (const value of values) dictionary.intern(value)
    return dictionary
  }
}

export interface Dictionaries {
  country: Dictionary
  documentType: Dictionary
  status: Dictionary
}

export function dictionariesOf(values: Record<keyof Dictionaries, readonly string[]>): Dictionaries {
  return {
    country: Dictionary.of(values.country),
    documentType: Dictionary.of(values.documentType),
    status: Dictionary.of(values.status)
  }
}

function newDictionaries(): Dictionaries {
  return { country: new Dictionary(), documentType: new Dictionary(), status: new Dictionary() }
}

export interface SlotAttributes {
  /** Creation time in ms; NaN when the account has no (readable) creation date. */
  created: number
  country: number
  documentType: number
  status: number
}

export class SlotTable {
  ids: string[] = []
  hays: string[] = []
  created = new Float64Array(0)
  country = new Uint32Array(0)
  documentType = new Uint32Array(0)
  status = new Uint32Array(0)
  dead = new Uint8Array(0)
  /** Length of the folded account ID that starts the haystack: tells an exact ID from a prefix. */
  idLength = new Uint32Array(0)
  length = 0
  deadCount = 0

  /** A compacted table keeps the dictionaries of the one it replaces, so codes stay valid. */
  constructor(readonly dictionaries: Dictionaries = newDictionaries()) {}

  attributesOf(entry: IndexedAccount): SlotAttributes {
    const { account } = entry
    return {
      created: typeof account.creation_date === 'string' ? Date.parse(account.creation_date) : Number.NaN,
      country: this.dictionaries.country.intern(stringOf(account.country).toUpperCase()),
      documentType: this.dictionaries.documentType.intern(stringOf(account.document_type)),
      status: this.dictionaries.status.intern(stringOf(entry.latestStatus))
    }
  }

  add(id: string, hay: string, attributes: SlotAttributes): number {
    if (this.length === this.dead.length) this.grow(Math.max(1024, this.length * 2))
    const slot = this.length++
    this.ids[slot] = id
    this.hays[slot] = hay
    const separator = hay.indexOf(FIELD_SEPARATOR)
    this.idLength[slot] = separator < 0 ? hay.length : separator
    this.setAttributes(slot, attributes)
    this.dead[slot] = 0
    return slot
  }

  attributesAt(slot: number): SlotAttributes {
    return {
      created: this.created[slot] as number,
      country: this.country[slot] as number,
      documentType: this.documentType[slot] as number,
      status: this.status[slot] as number
    }
  }

  setAttributes(slot: number, attributes: SlotAttributes): void {
    this.created[slot] = attributes.created
    this.country[slot] = attributes.country
    this.documentType[slot] = attributes.documentType
    this.status[slot] = attributes.status
  }

  /** The row stays (strings included: sorted orders still compare it) until the next compaction. */
  kill(slot: number): void {
    this.dead[slot] = 1
    this.deadCount++
  }

  get live(): number {
    return this.length - this.deadCount
  }

  /** Room for `capacity` rows without growing: compaction and bulk loads size the table once. */
  reserve(capacity: number): void {
    if (capacity > this.dead.length) this.grow(capacity)
  }

  private grow(capacity: number): void {
    this.created = resized(this.created, capacity, Float64Array)
    this.country = resized(this.country, capacity, Uint32Array)
    this.documentType = resized(this.documentType, capacity, Uint32Array)
    this.status = resized(this.status, capacity, Uint32Array)
    this.dead = resized(this.dead, capacity, Uint8Array)
    this.idLength = resized(this.idLength, capacity, Uint32Array)
  }
}

type Column = Float64Array | Uint8Array | Uint32Array

function resized<T extends Column>(column: T, length: number, Make: new (length: number) => T): T {
  const next = new Make(length)
  next.set(column.subarray(0, Math.min(length, column.length)))
  return next
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}
