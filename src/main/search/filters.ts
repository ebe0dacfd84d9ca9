// Search filters (issue 4): country, document type, latest status and an inclusive creation-date range,
// compiled once per search into a test over the slot table's columns.
import type { SearchFilters } from '@shared/domain'
import type { SlotTable } from './slot-table'

const DAY_MS = 86_400_000

/** A test for one slot; `null` when there is no filter, `false` when nothing can pass. */
export type SlotFilter = ((slot: number) => boolean) | null | false

export function compileFilters(filters: SearchFilters | undefined, table: SlotTable): SlotFilter {
  if (filters === undefined) return null
  const tests: ((slot: number) => boolean)[] = []
  const { dictionaries } = table
  if (filters.country !== undefined) {
    const code = dictionaries.country.find(filters.country.trim().toUpperCase())
    if (code < 0) return false
    tests.push((slot) => table.country[slot] === code)
  }
  if (filters.documentType !== undefined) {
    const code = dictionaries.documentType.find(filters.documentType)
    if (code < 0) return false
    tests.push((slot) => table.documentType[slot] === code)
  }
  if (filters.status !== undefined) {
    const code = dictionaries.status.find(filters.status)
    if (code < 0) return false
    tests.push((slot) => table.status[slot] === code)
  }
  // Inclusive dates (SearchFilters): from the first millisecond of `createdFrom` to the last of
  // `createdTo`, in UTC like Truora's timestamps (TRUORA_API.md "IDs and times"). An account without
  // a creation date has NaN there and fails any date bound.
  const from = filters.createdFrom === undefined ? undefined : Date.parse(`${filters.createdFrom}T00:00:00Z`)
  const to = filters.createdTo === undefined ? undefined : Date.parse(`${filters.createdTo}T00:00:00Z`) + DAY_MS
  if (from !== undefined) tests.push((slot) => (table.created[slot] as number) >= from)
  if (to !== undefined) tests.push((slot) => (table.created[slot] as number) < to)
  if (tests.length === 0) return null
  return (slot) => {
    for (const test of tests) if (!test(slot)) return false
    return true
  }
}
