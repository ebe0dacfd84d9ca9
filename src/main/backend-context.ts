// What every part of the Backend shares: options, the Truora client, the keychain, the active
// operator's workspace and the event hub. Built once by createBackend and handed to each service.
import type { CacheCorrupt } from '@shared/domain'
import { appError, fail, ok, type AppError, type Result } from '@shared/result'
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
  openWorkspaceNow(): Workspace | undefined
  /** Flushes and closes the open workspace (operator switch, removal, quit). */
  closeWorkspace(): Promise<void>
  /** The call context for a Truora request on behalf of the active operator. */
  callContext(operatorId: string, signal?: AbortSignal): Promise<Result<CallContext>>
  /** Runs a Truora call and teaches connectivity from its outcome. */
  observed<T>(call: Promise<Result<T>>): Promise<Result<T>>
}

export interface WorkspaceHost {
  workspace: BackendContext['workspace']
  openWorkspaceNow: BackendContext['openWorkspaceNow']
  closeWorkspace: BackendContext['closeWorkspace']
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
        dataKey: (id) => deps.keychain.dataKey(id),
        now: deps.now,
        ...(deps.writeDelayMs === undefined ? {} : { writeDelayMs: deps.writeDelayMs })
      })
      current = workspace
      if (workspace.corruptMovedTo !== undefined) {
        deps.onCorrupt({ operatorId: activeId, movedTo: workspace.corruptMovedTo })
      }
      deps.onOpened()
      return ok(workspace)
    } catch (error) {
      return fail(...asFailure(error, 'The local cache could not be opened.'))
    }
  }

  async function closeCurrent(): Promise<void> {
    const closing = current
    current = undefined
    await closing?.cache.close()
  }

  return {
    workspace() {
      opening ??= open().finally(() => {
        opening = undefined
      })
      return opening
    },
    openWorkspaceNow: () => current,
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

export function keychainErrorOf(error: unknown): AppError {
  if (error instanceof KeychainError) return error.appError
  return appError('internal', 'The keychain gave an unexpected answer.')
}
