// The session lock's state as main tells it to the renderer (DESIGN.md §6 "Session lock").

/** Why the session is locked (DESIGN.md §6 "Session lock"). */
export type LockReason = 'start' | 'operator' | 'idle' | 'system' | 'removed' | 'quit'

/** `session.status()` and `evt:session-changed`. */
export interface SessionStatus {
  state: 'locked' | 'unlocked'
  /** The unlocked operator; null while locked. */
  operatorId: string | null
  /** Idle time after which the session locks: the unlocked operator's choice (the default while locked). */
  lockAfterMs: number
  /** Why it is locked; absent while unlocked. */
  lockedBy?: LockReason
}
