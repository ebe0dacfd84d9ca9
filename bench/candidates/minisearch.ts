// MiniSearch, the well-kept library the app's own index is weighed against (DESIGN.md §8 "Prefer a well-kept
// library"), set up as close to the app's search rules (src/main/search) as it allows: the same accent
// folding, every word required, prefix matching. It has no substring matching (a document number's middle
// digits, "arc" in García) and ranks by relevance, not exact ID → prefix → newest first.
import MiniSearch from 'minisearch'
import type { Account } from '@shared/domain/truora-records'
import { fold } from '../../src/main/search/normalize'
import type { IndexedAccount } from '../../src/main/search/types'
import { PAGE, type Candidate } from './candidate'

export function miniSearch(): Candidate {
  let engine: MiniSearch<IndexedAccount> | undefined
  const byId = new Map<string, IndexedAccount>()
  return {
    name: 'minisearch',
    note: 'prefix matching only, relevance order',
    build(entries) {
      engine = new MiniSearch<IndexedAccount>({
        idField: 'id',
        fields: ['account_id', 'first_name', 'last_name', 'email', 'document_number', 'phone'],
        extractField: (entry, field) =>
          field === 'id' ? entry.account.account_id : fieldOf(entry.account, field),
        processTerm: (term) => fold(term),
        searchOptions: { prefix: true, combineWith: 'AND' }
      })
      engine.addAll(entries)
      for (const entry of entries) byId.set(entry.account.account_id, entry)
    },
    search({ text, filters }) {
      if (engine === undefined) throw new Error('build first')
      const filter = filters
        ? (result: { id: string }) => {
            const entry = byId.get(result.id)
            if (entry === undefined) return false
            const { account } = entry
            const day = (account.creation_date ?? '').slice(0, 10)
            return (
              (filters.country === undefined || account.country === filters.country) &&
              (filters.documentType === undefined || account.document_type === filters.documentType) &&
              (filters.status === undefined || entry.latestStatus === filters.status) &&
              (filters.createdFrom === undefined || day >= filters.createdFrom) &&
              (filters.createdTo === undefined || (day !== '' && day <= filters.createdTo))
            )
          }
        : undefined
      const query = text.trim() === '' ? MiniSearch.wildcard : text
      const results = engine.search(query, filter ? { filter } : {})
      return { ids: results.slice(0, PAGE).map((result) => String(result.id)), total: results.length }
    }
  }
}

function fieldOf(account: Account, field: string): string {
  if (field === 'phone') return (account.phone_number ?? '').replace(/\D/g, '')
  const value = account[field]
  return typeof value === 'string' ? value : ''
}
