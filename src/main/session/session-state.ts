// Who is unlocked, with which secrets, and since when nobody has used the app (DESIGN.md §6 "Session
// lock"). The only place the unwrapped API key and data key live: unlocking puts them here, locking
// drops them (the data key's bytes are overwritten; a JavaScript string cannot be, so the API key is
// only let go of). The Backend's clock (`now`) decides the idle time, so tests can move it.
import type { LockReason, SessionStatus } from '@shared/domain/session'
import { fail, ok, type Result } from '@shared/result'
import type { CallContext } from '../truora/types'
import type { VaultSecrets } from './vault-crypto'

export interface SessionState {
  /** The unlocked operator's id, or null. */
  unlockedId(): string | null
  /** The secrets of `operatorId` if that operator is the one unlocked; undefined otherwise. */
  secretsOf(operatorId: string): VaultSecrets | undefined
  status(): SessionStatus
  /** Holds the operator's secrets from now on (the caller has dropped any other session first). */
  begin(operatorId: string, secrets: VaultSecrets, lockAfterMs: number): void
  /** Drops the secrets. */
  end(reason: LockReason): void
  /** The operator used the app now. */
  touch(): void
  setLockAfter(ms: number): void
  /** True when the unlocked operator has not used the app for their idle time. */
  idleExpired(): boolean
}

export function createSessionState(now: () => Date, defaultLockAfterMs: number): SessionState {
  let current: { operatorId: string; secrets: VaultSecrets; lockAfterMs: number; lastUse: number } | undefined
  let lockedBy: LockReason = 'start'

  return {
    unlockedId: () => current?.operatorId ?? null,
    secretsOf: (operatorId) => (current?.operatorId === operatorId ? current.secrets : undefined),
    status: () =>
      current
        ? { state: 'unlocked', operatorId: current.operatorId, lockAfterMs: current.lockAfterMs }
        : { state: 'locked', operatorId: null, lockAfterMs: defaultLockAfterMs, lockedBy },
    begin(operatorId, secrets, lockAfterMs) {
      current = { operatorId, secrets, lockAfterMs, lastUse: now().getTime() }
    },
    end(reason) {
      if (current) current.secrets.dataKey.fill(0)
      current = undefined
      lockedBy = reason
    },
    touch() {
      if (current) current.lastUse = now().getTime()
    },
    setLockAfter(ms) {
      if (current) current.lockAfterMs = ms
    },
    idleExpired() {
      if (!current) return false
      const at = now().getTime()
      // A clock set back since the last use: idle time counts from now, or the session would stay
      // unlocked until the clock caught up again (hours, or a year).
      if (at < current.lastUse) current.lastUse = at
      return at - current.lastUse >= current.lockAfterMs
    }
  }
}

/** What every call that needs an operator's data or key answers while nobody is unlocked. */
export function lockedResult<T = never>(): Result<T> {
  return fail('locked', 'The session is locked: unlock an operator with their passphrase first.')
}

/**
 * The call context for a Truora request on behalf of `operatorId`: the key the unlock unwrapped, from
 * the session's memory, and only for the operator unlocked now. A lock answers the next request
 * `locked`, and the outbox keeps its item for after the unlock.
 */
export async function callContextOf(
  session: SessionState,
  operatorId: string,
  signal?: AbortSignal
): Promise<Result<CallContext>> {
  const secrets = session.secretsOf(operatorId)
  if (secrets === undefined) return lockedResult()
  return ok(signal ? { apiKey: secrets.apiKey, signal } : { apiKey: secrets.apiKey })
}
