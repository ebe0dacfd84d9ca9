// The operator's encrypted cache as the renderer sees it: counts, exports and change events (DESIGN.md §4).
import type { Freshness } from './freshness'

export interface CacheStats {
  operatorId: string
  accounts: number
  validations: number
  processes: number
  outbox: number
  bytes: number
  lastSyncedAt?: string
}

/** An export written to the file the operator chose in the save dialog. */
export interface CacheExport {
  format: 'csv' | 'json'
  /** The file's name, without its folder (a path names the user: it is not shown or logged). */
  fileName: string
  accounts: number
  bytes: number
}

export interface CacheUpdated {
  kind: 'account' | 'validations' | 'processes' | 'validation' | 'process-result' | 'accounts'
  id?: string
  /**
   * False when Truora confirmed the cached copy as it was: only its age moved, nothing to re-read.
   * Absent or true: the data changed.
   */
  changed?: boolean
  /**
   * The item's freshness after a revalidation succeeded (DESIGN.md §3 "a revalidation that succeeds
   * pushes the new freshness"), so every view showing it says "from Truora just now" at once.
   */
  freshness?: Freshness
}

export interface CacheCorrupt {
  operatorId: string
  movedTo: string
  /** Queued creations kept from the damaged file (its outbox was intact); absent when none. */
  outboxKept?: number
}
