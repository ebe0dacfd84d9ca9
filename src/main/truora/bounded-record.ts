// What the app keeps of a record Truora sends (DESIGN.md §6 "Bounds": cached fields capped, free text
// stripped of control and bidi characters, ids validated wherever they are read). Whatever passes
// here is cached, indexed for search, shown and exported, so it is bounded once, as it arrives:
// - every string loses its hidden characters (src/shared/hidden-chars.ts);
// - a string longer than its field's limit is cut, ending in "…", and the record is kept: a long
//   name is still the person's account, and dropping it would hide them from search;
// - a record is refused (read as "not an item") when its ID is not a plain ID, when it nests deeper
//   than any answer of Truora's, or when all its text together, once cut, still passes the record's
//   limit (thousands of fields): a record like that is not data anyone can use.
// The body caps (read-body.ts) bound what is read before any of this runs.
import { hasHiddenChars, stripHiddenChars } from '@shared/hidden-chars'
import { ACCOUNT_FIELDS } from '@shared/schemas'

export const FIELD_LIMITS = {
  /**
   * Characters of a top-level field people search and read: names, e-mail, document, phone, dates,
   * statuses. The create form allows at most 200 (schemas.ts); the search index holds these.
   */
  short: 256,
  /** Characters of any other string: a free-form detail, a presigned media URL (1–2 KB)… */
  text: 8 * 1024,
  /** Characters of an ID (`account_id`, `validation_id`, `process_id`). */
  id: 256,
  /** Nesting of objects and arrays; Truora's deepest answers (process results) nest a handful. */
  depth: 32
} as const

/**
 * Characters of all keys and (cut) strings, and one per array item, in one record: an account of
 * the simulator's is under 1,000, a process result with its validations a few thousand.
 */
export const RECORD_LIMITS = {
  account: 64 * 1024,
  /** A validation or process as listed in an account's history. */
  listed: 256 * 1024,
  /** One validation with details, one process result. */
  detail: 1024 * 1024
} as const

/** Top-level fields held to FIELD_LIMITS.short. */
const SHORT_FIELDS: ReadonlySet<string> = new Set<string>([
  ...ACCOUNT_FIELDS,
  'client_id',
  'creation_date',
  'update_date',
  'type',
  'status',
  'validation_status',
  'failure_status',
  'declined_reason',
  'created_via',
  'flow_id',
  'identity_process_id'
])

/** What `bound` returns for a value that makes its record refused; anything else is the kept value. */
const REFUSED = Symbol('refused')

/** A plain ID: not empty, not too long, no whitespace and nothing hidden. */
function isPlainId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= FIELD_LIMITS.id &&
    !/\s/.test(value) &&
    !hasHiddenChars(value)
  )
}

/** `text` cut to `limit` characters, the last one an ellipsis, never splitting a surrogate pair. */
function cut(text: string, limit: number): string {
  if (text.length <= limit) return text
  let end = limit - 1
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end -= 1
  return `${text.slice(0, end)}…`
}

/** `value` within its limits, the same object when nothing had to change (no copy per account). */
function bound(value: unknown, limit: number, depth: number, budget: { left: number }): unknown {
  if (typeof value === 'string') {
    const kept = cut(stripHiddenChars(value), limit)
    budget.left -= kept.length
    return budget.left < 0 ? REFUSED : kept
  }
  if (value === null || typeof value !== 'object') return value
  if (depth >= FIELD_LIMITS.depth) return REFUSED
  if (Array.isArray(value)) {
    budget.left -= value.length
    let copy: unknown[] | undefined
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index]
      const kept = bound(item, FIELD_LIMITS.text, depth + 1, budget)
      if (kept === REFUSED) return REFUSED
      if (kept !== item) (copy ??= value.slice())[index] = kept
    }
    return copy ?? value
  }
  const entries = Object.entries(value)
  let changed = false
  for (const entry of entries) {
    budget.left -= entry[0].length
    const fieldLimit = depth === 0 && SHORT_FIELDS.has(entry[0]) ? FIELD_LIMITS.short : FIELD_LIMITS.text
    const kept = bound(entry[1], fieldLimit, depth + 1, budget)
    if (kept === REFUSED) return REFUSED
    if (kept !== entry[1]) {
      entry[1] = kept
      changed = true
    }
  }
  // fromEntries defines own properties, so a `__proto__` key in Truora's JSON stays plain data.
  return changed ? Object.fromEntries(entries) : value
}

/** What a list's records have cost so far, for a bound on the whole list (pagination.ts). */
export interface Spent {
  chars: number
}

/** Reads one record of a kind; `spent`, when given, is charged with the kept record's size. */
export type RecordReader<T> = (value: unknown, spent?: Spent) => T | undefined

/**
 * A reader for records identified by `idField`: the record within its limits, or undefined when it
 * is not a record of that kind or is refused (see the top of this file).
 */
export function boundedRecordReader<T>(idField: string, recordLimit: number): RecordReader<T> {
  return (value, spent) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
    if (!isPlainId((value as Record<string, unknown>)[idField])) return undefined
    const budget = { left: recordLimit }
    const kept = bound(value, FIELD_LIMITS.text, 0, budget)
    if (kept === REFUSED) return undefined
    if (spent) spent.chars += recordLimit - budget.left
    return kept as T
  }
}
