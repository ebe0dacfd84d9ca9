// What every part of the Backend shares: options, the Truora client, the keychain, the active
// operator's workspace and the event hub. Built once by createBackend and handed to each service.
import type { CacheCorrupt } from '@shared/domain'
import { fail, ok, type AppError, type Result } from '@shared/result'
import type { Endpoints } from './endpoints'
import type { EventHub } from './events'
import type { Keychain } from './operators/keychain'
import { KeychainError } from './operators/keychain'
import type { ProfilesFile } from './operators/profiles-file'
import type { Connectivity } from './sync/connectivity'
import type { RequestRegistry } from './requests'
import type { CallContext, TruoraClient } from './truora/types'
import { openWorkspace, type Workspace } from './workspace'

export interface BackendContext {
  dataDir: string
  endpoints: Endpoints
  now: () => Date
  log: (line: string) => void
  client: TruoraClient
  keychain: Keychain
  profiles: ProfilesFile
  events: EventHub
  connectivity: Connectivity
  requests: RequestRegistry
  /** The active operator's workspace, opened on first use; `no_operator` when there is none. */
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
  /** The call context for a Truora request on behalf of the active operator. */
  callContext(operatorId: string, signal?: AbortSignal): Promise<Result<CallContext>>
  /** Runs a Truora call and teaches connectivity from its outcome. */
  observed<T>(call: Promise<Result<T>>): Promise<Result<T>>
}

export interface WorkspaceHost {
  workspace: BackendContext['workspace']
  currentWorkspace: BackendContext['currentWorkspace']
  closeWorkspace: BackendContext['closeWorkspace']
  exclusive: BackendContext['exclusive']
  track: BackendContext['track']
  settled: BackendContext['settled']
  /** Closes the workspace for good: late background work (a drain, a refresh) cannot reopen it. */
  shutdown(): Promise<void>
}

/** Keeps at most one workspace open: the active operator's. Concurrent first uses share one open. */
export function createWorkspaceHost(
  deps: Pick<BackendContext, 'dataDir' | 'now' | 'keychain' | 'profiles'> & {
    writeDelayMs?: number
    /** The operator's cache file was damaged and moved aside as it opened. */
    onCorrupt: (event: CacheCorrupt) => void
    /** An operator's workspace has just opened (first use, or after a switch). */
    onOpened: () => void
  }
): WorkspaceHost {
  let current: Workspace | undefined
  let opening: Promise<Result<Workspace>> | undefined
  let shutDown = false
  /** Settles when the exclusive work queued so far has ended. */
  let gate: Promise<void> = Promise.resolve()
  const inFlight = new Set<Promise<unknown>>()

  async function open(): Promise<Result<Workspace>> {
    if (shutDown) return fail('internal', 'The app is closing.')
    const { activeId } = await deps.profiles.read()
    if (activeId === null) {
      return fail('no_operator', 'No operator is set up yet. Add an operator with their Truora API key.')
    }
    if (current?.operatorId === activeId) return ok(current)
    if (current) await closeCurrent()
    try {
      const workspace = await openWorkspace(activeId, {
        dataDir: deps.dataDir,
        dataKey: (id) => deps.keychain.existingDataKey(id),
        now: deps.now,
        ...(deps.writeDelayMs === undefined ? {} : { writeDelayMs: deps.writeDelayMs })
      })
      current = workspace
      if (workspace.corruptMovedTo !== undefined) {
        const { outboxKept } = workspace
        deps.onCorrupt({
          operatorId: activeId,
          movedTo: workspace.corruptMovedTo,
          ...(outboxKept === undefined ? {} : { outboxKept })
        })
      }
      deps.onOpened()
      return ok(workspace)
    } catch (error) {
      return fail(...asFailure(error, 'The local cache could not be opened.'))
    }
  }

  async function closeCurrent(): Promise<void> {
    const closing = current
    if (!closing) return
    current = undefined
    try {
      await closing.cache.close()
    } catch (error) {
      // The store stays open with its unsaved changes when its last write fails (a full disk):
      // keep it as the workspace, so nothing is dropped and the switch can be tried again.
      current = closing
      throw error
    }
  }

  return {
    async workspace() {
      await gate
      opening ??= open().finally(() => {
        opening = undefined
      })
      return opening
    },
    exclusive(work) {
      const run = gate.then(work)
      gate = run.then(
        () => undefined,
        () => undefined
      )
      return run
    },
    track(work) {
      inFlight.add(work)
      void work.finally(() => inFlight.delete(work)).catch(() => undefined)
      return work
    },
    async settled() {
      await Promise.allSettled([...inFlight])
    },
    currentWorkspace: () => current,
    async closeWorkspace() {
      await opening
      await closeCurrent()
    },
    async shutdown() {
      shutDown = true
      await opening
      await closeCurrent()
    }
  }
}

/** Turns a thrown keychain or I/O error into a contract error without leaking its text. */
export function asFailure(error: unknown, fallback: string): [AppError['code'], string] {
  if (error instanceof KeychainError) return [error.appError.code, error.appError.message]
  return ['internal', fallback]
}
