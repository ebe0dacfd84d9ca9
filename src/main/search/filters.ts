// Search filters (the contract's SearchFilters in src/shared/domain.ts): country, document type, latest status and an inclusive creation-date range,
// compiled once per search into one test over the slot table's columns.
import type { SearchFilters } from '@shared/domain/search'
import type { SlotTable } from './slot-table'

const DAY_MS = 86_400_000

/** A test for one slot; `null` when there is no filter, `false` when nothing can pass. */
type SlotFilter = ((slot: number) => boolean) | null | false

export function compileFilters(filters: SearchFilters | undefined, table: SlotTable): SlotFilter {
  if (filters === undefined) return null
  const { dictionaries } = table
  const country =
    filters.country === undefined ? 0 : dictionaries.country.find(filters.country.trim().toUpperCase())
  const documentType =
    filters.documentType === undefined ? 0 : dictionaries.documentType.find(filters.documentType)
  const status = filters.status === undefined ? 0 : dictionaries.status.find(filters.status)
  // A value no account has: nothing can pass.
  if (country < 0 || documentType < 0 || status < 0) return false
  // Inclusive dates (SearchFilters): from the first millisecond of `createdFrom` to the last of
  // `createdTo`, in UTC like Truora's timestamps (TRUORA_API.md "IDs and times"). An account without
  // a creation date has NaN there and fails any date bound.
  const from = filters.createdFrom === undefined ? -Infinity : Date.parse(`${filters.createdFrom}T00:00:00Z`)
  const to =
    filters.createdTo === undefined ? Infinity : Date.parse(`${filters.createdTo}T00:00:00Z`) + DAY_MS
  const dated = filters.createdFrom !== undefined || filters.createdTo !== undefined
  if (country === 0 && documentType === 0 && status === 0 && !dated) return null
  // The columns as they are now: a search never runs while rows are added.
  const countries = table.country
  const documentTypes = table.documentType
  const statuses = table.status
  const created = table.created
  return (slot) =>
    (country === 0 || countries[slot] === country) &&
    (documentType === 0 || documentTypes[slot] === documentType) &&
    (status === 0 || statuses[slot] === status) &&
    (!dated || ((created[slot] as number) >= from && (created[slot] as number) < to))
}
