// Searching the cache (DESIGN.md §1 "Fast at any size") and the create form's duplicate warning.
import type { Account, DocumentType, ProcessStatus } from './truora-records'
import type { OutboxItem } from './outbox'

export interface SearchFilters {
  country?: string
  documentType?: DocumentType
  status?: ProcessStatus
  /** Inclusive ISO dates (YYYY-MM-DD) on the account's creation date. */
  createdFrom?: string
  createdTo?: string
}

export interface SearchQuery {
  text: string
  filters?: SearchFilters
  offset?: number
  limit?: number
}

/** Where a search row matched: a field of the account, or a Truora ID in its history. */
export type HitMatchField =
  'account_id' | 'name' | 'email' | 'document_number' | 'phone_number' | 'process' | 'validation' | 'flow'

export interface HitMatch {
  field: HitMatchField
  /** `[start, end)` ranges of the field's value as shown (names joined by a space) that matched. */
  ranges?: [number, number][]
  /** The Truora ID that matched, for `process`, `validation` and `flow`. */
  id?: string
}

export interface SearchHit {
  account: Account
  /** Latest validation or process status known in the cache, if any, and when it was made. */
  latestStatus?: string
  latestStatusAt?: string
  fetchedAt: string
  match?: HitMatch
  /**
   * A creation still in the outbox (DESIGN.md §5): not at Truora yet, found so that it is not
   * created twice. Its `account` is the queued input; `account_id` is '' when Truora will name it.
   */
  pending?: { itemId: string; state: OutboxItem['state'] }
}

export interface SearchPage {
  hits: SearchHit[]
  total: number
  offset: number
  limit: number
  /**
   * Set when the text is a whole Truora process (`IDP…`), validation (`VLD…`) or flow (`IPF…`) ID:
   * matched exactly against the cached histories, never partially.
   */
  truoraId?: { kind: 'process' | 'validation' | 'flow'; id: string }
}

/** An account (or a queued creation) that shares a person's key with the create form's input. */
export interface DuplicateMatch {
  /** The cached account's ID; absent for a queued creation Truora will name. */
  accountId?: string
  /** The outbox item, for a queued creation. */
  itemId?: string
  name?: string
  country?: string
  /** Which keys are the same: normalized document number, E.164 phone, case-folded e-mail. */
  fields: ('document' | 'phone' | 'email')[]
  fetchedAt?: string
}
