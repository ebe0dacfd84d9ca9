// What every part of the Backend shares: options, the Truora client, the keychain, the session (who is
// unlocked, with which secrets), the unlocked operator's workspace and activity log, and the event hub.
// Built once by createBackend and handed to each service.
import type { AppError, Result } from '@shared/result'
import type { Endpoints } from '../truora/endpoints'
import type { EventHub } from './event-hub'
import type { Keychain } from '../operators/keychain'
import { KeychainError } from '../operators/keychain'
import type { ProfilesFile } from '../operators/profiles-file'
import type { OutboxNotes } from '../operators/outbox-note'
import type { ActivityRecorder } from '../activity/activity-recorder'
import type { SessionState } from '../session/session-state'
import type { ScryptCost } from '../session/vault-crypto'
import type { Connectivity } from '../sync/connectivity'
import type { RequestRegistry } from '../requests/registry'
import type { CallContext, TruoraClient } from '../truora/types'
import type { Workspace } from '../workspace/workspace'

export interface BackendContext {
  dataDir: string
  endpoints: Endpoints
  now: () => Date
  log: (line: string) => void
  client: TruoraClient
  keychain: Keychain
  profiles: ProfilesFile
  /** Who is unlocked and their unwrapped secrets: the only place those live (DESIGN.md §6). */
  session: SessionState
  /** The unlocked operator's activity log. */
  activity: ActivityRecorder
  /** Each operator's count of queued creations, noted for when their cache is locked. */
  outboxNotes: OutboxNotes
  /** scrypt's cost for passphrases wrapped from now on (those stored keep their own). */
  vaultCost: ScryptCost
  events: EventHub
  connectivity: Connectivity
  requests: RequestRegistry
  /** Waits that a cancel signal ends (rejecting): polling, backoff. Tests pass a quicker one. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  /** The unlocked operator's workspace, opened on first use; `locked` while nobody is unlocked. */
  workspace(): Promise<Result<Workspace>>
  /** The workspace now open, if any, without opening one. */
  currentWorkspace(): Workspace | undefined
  /** Flushes and closes the open workspace (operator switch, removal, quit). */
  closeWorkspace(): Promise<void>
  /**
   * Runs `work` alone: one profile change at a time (add, select, remove), and no workspace opens
   * until it ends, so nothing reopens an operator that is being switched away from or removed.
   * `work` must not wait for `workspace()` itself.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T>
  /** Work whose end must be awaited before its workspace closes (a creation, an outbox send). */
  track<T>(work: Promise<T>): Promise<T>
  /** Resolves when every tracked piece of work has ended. */
  settled(): Promise<void>
  /** The call context for a Truora request on behalf of the unlocked operator; `locked` for anyone else. */
  callContext(operatorId: string, signal?: AbortSignal): Promise<Result<CallContext>>
  /** Runs a Truora call and teaches connectivity from its outcome. */
  observed<T>(call: Promise<Result<T>>): Promise<Result<T>>
}

/**
 * Turns a thrown keychain or I/O error into a contract error without leaking its text: a keychain
 * error keeps its details (why the keychain refused, for the renderer's words).
 */
export function asFailure(
  error: unknown,
  fallback: string
): [AppError['code'], string, Record<string, unknown>?] {
  if (error instanceof KeychainError) {
    const { code, message, details } = error.appError
    return details === undefined ? [code, message] : [code, message, details]
  }
  return ['internal', fallback]
}
