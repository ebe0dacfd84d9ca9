// Connectivity and the mirror's progress (DESIGN.md §5 "Mirror").

export type ConnectivityState = 'online' | 'offline' | 'unknown'

export interface SyncStatus {
  state: 'idle' | 'running' | 'cancelled' | 'failed' | 'done'
  pages: number
  accounts: number
  /**
   * Accounts per second over the current phase alone: account pages first, then histories (each
   * phase's pace differs by far, so one rate over both would mislead the ETA).
   */
  rate: number
  /** Seconds left in the current phase, when its total is known or can be estimated. */
  etaSeconds?: number
  /**
   * The accounts phase's expected total: the account count of the last finished sync, while this one
   * has not gone past it (Truora's list gives no total, docs/truora-api.md "Pagination").
   */
  estimatedTotal?: number
  /** When the last sync finished walking every account page. */
  lastSyncedAt?: string
  /** A mirror interrupted earlier resumes from here. */
  resumable: boolean
  /** First the account pages, then (throttled, in the background) each account's history. */
  phase?: 'accounts' | 'history'
  history?: { done: number; total: number }
  /** `reason` says more than the code (`disk`, `too_many_pages`…): the renderer's words come from it. */
  error?: { code: string; message: string; reason?: string }
}
