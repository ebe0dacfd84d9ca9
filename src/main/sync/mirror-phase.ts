// What the two phases of a mirror run (mirror-pages.ts, then mirror-history.ts) are handed by the
// mirror (mirror.ts): the workspace and signal of the run, the key per request, and the live status
// they report as they go.
import type { SyncStatus } from '@shared/domain/sync'
import type { Result } from '@shared/result'
import type { BackendContext } from '../backend/context'
import type { CallContext } from '../truora/types'
import type { Workspace } from '../workspace/workspace'

/** The run's figures; `lastSyncedAt` and `resumable` come from the saved state (mirror.ts). */
export type LiveStatus = Omit<SyncStatus, 'lastSyncedAt' | 'resumable'>

export interface MirrorPhase {
  ctx: BackendContext
  workspace: Workspace
  signal: AbortSignal
  /**
   * Asked for per request: the key is in the session's memory while the operator is unlocked, and a
   * lock answers the next request `locked`, which ends the run (it resumes after the unlock).
   */
  callContext: () => Promise<Result<CallContext>>
  /** The live status as it stands. */
  live: () => LiveStatus
  /** Sets the live status and tells the renderer (throttled unless `force`). */
  report: (status: LiveStatus, force?: boolean) => void
}

/** A call nobody waits for: the client's longer retry policy, not a lookup's time budget. */
export function background(call: CallContext): CallContext {
  return { ...call, background: true }
}
