// Keeps at most one operator's workspace open (DESIGN.md §4 "One writer"): opened on first use, shared
// by concurrent first uses, closed (flushed) before the active operator changes or the app quits.
import type { CacheCorrupt } from '@shared/domain/cache'
import { fail, ok, type Result } from '@shared/result'
import { asFailure, type BackendContext } from '../backend/context'
import { makePrivateFolder } from '../fs/private-folder'
import { lockedResult } from '../session/session-state'
import { operatorFolderOf } from './operator-paths'
import { openWorkspace, type Workspace } from './workspace'

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

/**
 * Keeps at most one workspace open: the unlocked operator's, opened with the data key their unlock put
 * in the session (nothing else can open one). Concurrent first uses share one open.
 */
export function createWorkspaceHost(
  deps: Pick<BackendContext, 'dataDir' | 'now' | 'session' | 'log'> & {
    writeDelayMs?: number
    /** The operator's cache was damaged and moved aside as it opened, or a part of it later. */
    onCorrupt: (event: CacheCorrupt) => void
    /** An operator's workspace has just opened (first use, or after an unlock); awaited before the open resolves. */
    onOpened: (workspace: Workspace) => Promise<void>
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
    const activeId = deps.session.unlockedId()
    const secrets = activeId === null ? undefined : deps.session.secretsOf(activeId)
    if (activeId === null || secrets === undefined) return lockedResult()
    if (current?.operatorId === activeId) return ok(current)
    if (current) await closeCurrent()
    try {
      // The data folder, `operators/` and this operator's folder: 0700, tightened if an earlier
      // version left them open (fs/private-folder.ts).
      await makePrivateFolder(operatorFolderOf(deps.dataDir, activeId), deps.dataDir)
      // The workspace, once open: a damage found later reports how many queued creations it kept.
      const opened: { workspace?: Workspace } = {}
      const workspace = await openWorkspace(activeId, {
        dataDir: deps.dataDir,
        // A copy: the session overwrites its own bytes when it locks, while the cache may still be
        // writing its last changes with the key it was opened with.
        dataKey: async () => Buffer.from(secrets.dataKey),
        now: deps.now,
        log: deps.log,
        // A damaged part costs only its accounts: the outbox lives in the manifest and is all kept.
        onCorrupt(movedTo) {
          const kept = opened.workspace?.cache.outbox.list().length ?? 0
          deps.onCorrupt({ operatorId: activeId, movedTo, ...(kept > 0 ? { outboxKept: kept } : {}) })
        },
        ...(deps.writeDelayMs === undefined ? {} : { writeDelayMs: deps.writeDelayMs })
      })
      opened.workspace = workspace
      current = workspace
      if (workspace.corruptMovedTo !== undefined) {
        const { outboxKept } = workspace
        deps.onCorrupt({
          operatorId: activeId,
          movedTo: workspace.corruptMovedTo,
          ...(outboxKept === undefined ? {} : { outboxKept })
        })
      }
      await deps.onOpened(workspace)
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
