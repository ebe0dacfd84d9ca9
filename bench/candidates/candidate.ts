// What the search section measures: something built from the indexed accounts that answers a query
// with one page of IDs and the total, like SearchIndex.search.
import type { IndexedAccount } from '../../src/main/search/types'
import type { BenchQuery } from '../queries'

export const PAGE = 50

export interface Candidate {
  name: string
  /** What the figures should say about how it differs from the app's search rules (src/main/search). */
  note: string
  build(entries: IndexedAccount[]): void
  search(query: BenchQuery): { ids: string[]; total: number }
}
