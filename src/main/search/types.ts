// The in-memory index over cached accounts (docs/architecture.md §3 "The index snapshot"). Built from the cache when it
// opens and kept current as accounts are cached.
import type { SearchFilters } from '@shared/domain/search'
import type { Account } from '@shared/domain/truora-records'

export interface IndexedAccount {
  account: Account
  /** Latest validation or process status known for the account, for the status filter. */
  latestStatus?: string
}

export interface SearchIndex {
  /** Adds or replaces accounts (by `account_id`). */
  upsert(entries: Iterable<IndexedAccount>): void
  remove(accountIds: Iterable<string>): void
  clear(): void
  size(): number
  /**
   * The whole index as bytes (index-snapshot.ts), for the cache to keep with the parts it covers
   * (DESIGN.md §4): `restoreSearchIndex` turns them back into an index that answers at once.
   */
  snapshot(): Uint8Array
  /**
   * Ranked ids (exact ID first, then ID prefix, then partial matches on names, email, document
   * number and phone digits), filtered, then paged. An empty text lists everything that passes the
   * filters, newest first.
   */
  search(query: { text: string; filters?: SearchFilters; offset: number; limit: number }): {
    ids: string[]
    total: number
  }
}
