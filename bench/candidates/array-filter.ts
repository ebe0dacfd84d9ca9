// The naive baseline of the search target (README "Performance": ≥ 20× faster than it): `Array.filter` over
// the accounts, lower-casing each field and looking for each word with `includes` (no accent folding, no
// ranking: cheaper than the rules).
import type { SearchFilters } from '@shared/domain/search'
import type { Account } from '@shared/domain/truora-records'
import type { IndexedAccount } from '../../src/main/search/types'
import { PAGE, type Candidate } from './candidate'

const FIELDS = ['account_id', 'first_name', 'last_name', 'email', 'document_number', 'phone_number'] as const

export function arrayFilter(): Candidate {
  let entries: IndexedAccount[] = []
  return {
    name: 'Array.filter',
    note: 'lowercase + includes per field; no accents, digits or ranking',
    build(all) {
      entries = all
    },
    search({ text, filters }) {
      const words = text
        .toLowerCase()
        .split(/\s+/)
        .filter((word) => word !== '')
      const hits = entries.filter(
        (entry) =>
          passes(entry, filters) &&
          words.every((word) => FIELDS.some((field) => holds(entry.account, field, word)))
      )
      return { ids: hits.slice(0, PAGE).map((entry) => entry.account.account_id), total: hits.length }
    }
  }
}

function holds(account: Account, field: (typeof FIELDS)[number], word: string): boolean {
  const value = account[field]
  return typeof value === 'string' && value.toLowerCase().includes(word)
}

function passes({ account, latestStatus }: IndexedAccount, filters: SearchFilters | undefined): boolean {
  if (filters === undefined) return true
  if (filters.country !== undefined && account.country !== filters.country) return false
  if (filters.documentType !== undefined && account.document_type !== filters.documentType) return false
  if (filters.status !== undefined && latestStatus !== filters.status) return false
  const day = (account.creation_date ?? '').slice(0, 10)
  if (filters.createdFrom !== undefined && !(day >= filters.createdFrom)) return false
  if (filters.createdTo !== undefined && !(day !== '' && day <= filters.createdTo)) return false
  return true
}
