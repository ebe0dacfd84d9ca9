// "Sync all accounts" (DESIGN.md §5 "Mirror"): one run at a time, which walks the account pages
// (mirror-pages.ts) and then fetches each account's history (mirror-history.ts); reports progress,
// can be cancelled, and resumes after a lost network or a lock from where it stood.
import type { SyncStatus } from '@shared/domain/sync'
import { ok, type AppError, type Result } from '@shared/result'
import type { BackendContext } from '../backend/context'
import { defaultSleep } from '../truora/retry'
import type { Workspace } from '../workspace/workspace'
import { fetchHistories } from './mirror-history'
import { walkAccountPages } from './mirror-pages'
import type { LiveStatus, MirrorPhase } from './mirror-phase'
import { failureOf, statusError } from './run-failure'
import { WALK_BOUNDS, type WalkBounds } from './walk-bounds'

const PAGE_LIMIT = 100
const PROGRESS_EVERY_MS = 200
/** Pause between history requests, so a mirror never crowds out the operator's own lookups. */
const HISTORY_PAUSE_MS = 50

export interface Mirror {
  start(): Promise<Result<SyncStatus>>
  cancel(): Promise<Result<SyncStatus>>
  status(): Promise<Result<SyncStatus>>
  /** Aborts a running mirror and waits for it to stop (operator switch, quit). */
  stop(): Promise<void>
  /** Resumes a mirror that stopped because the network went away. */
  resumeIfInterrupted(): void
  /** Drops the last run's live figures (another operator's, or a cleared cache's). */
  forget(): void
  /** Whether a run is going, and in which phase: what a lock stops and the unlock starts again. */
  running(): { historyOnly: boolean } | undefined
  /** Starts again a run a lock stopped (from its saved cursor, or with the history alone). */
  resume(run: { historyOnly: boolean }): void
}

export interface MirrorOptions {
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>
  /** Accounts asked for per page (default 100). */
  pageSize?: number
  historyPauseMs?: number
  /** The walk's bounds (default WALK_BOUNDS, walk-bounds.ts); tests pass smaller ones. */
  bounds?: WalkBounds
}

export function createMirror(ctx: BackendContext, options: MirrorOptions = {}): Mirror {
  const sleep = options.sleep ?? defaultSleep
  const historyPauseMs = options.historyPauseMs ?? HISTORY_PAUSE_MS
  const pageSize = options.pageSize ?? PAGE_LIMIT
  const bounds = options.bounds ?? WALK_BOUNDS
  let running: { controller: AbortController; done: Promise<void> } | undefined
  /** Accounts the last finished sync counted, per workspace: the next sync's estimate of its total. */
  const lastTotals = new WeakMap<Workspace, number>()
  let live: LiveStatus = { state: 'idle', pages: 0, accounts: 0, rate: 0 }
  let lastEmit = 0

  function snapshot(workspace: Workspace): SyncStatus {
    const saved = workspace.cache.mirror.get()
    const lastSyncedAt = workspace.cache.mirror.lastSyncedAt()
    return {
      ...live,
      ...(lastSyncedAt === undefined ? {} : { lastSyncedAt }),
      resumable: saved.inProgress && live.state !== 'running'
    }
  }

  function publish(workspace: Workspace, force = false): void {
    const now = Date.now()
    if (!force && now - lastEmit < PROGRESS_EVERY_MS) return
    lastEmit = now
    ctx.events.emit('evt:sync-progress', snapshot(workspace))
  }

  async function run(workspace: Workspace, controller: AbortController, historyOnly: boolean): Promise<void> {
    let error: AppError | undefined
    const phase: MirrorPhase = {
      ctx,
      workspace,
      signal: controller.signal,
      callContext: () => ctx.callContext(workspace.operatorId, controller.signal),
      live: () => live,
      report(status, force) {
        live = status
        publish(workspace, force)
      }
    }
    try {
      error =
        (historyOnly ? undefined : await walkAccountPages(phase, { pageSize, bounds, lastTotals })) ??
        (await fetchHistories(phase, { sleep, pauseMs: historyPauseMs }))
    } catch (thrown) {
      // A keychain that locked mid-run, a disk that refused a write: the run ends as failed, saying
      // why, never "running" for ever.
      error = failureOf(thrown)
    }
    // "done" is said only once what was fetched is on disk: a write that fails here fails the run.
    await workspace.cache.flush().catch((thrown: unknown) => {
      error ??= failureOf(thrown)
    })
    if (controller.signal.aborted || error?.code === 'cancelled') live = { ...live, state: 'cancelled' }
    else if (error) live = { ...live, state: 'failed', error: statusError(error) }
    else live = { ...live, state: 'done' }
    delete live.etaSeconds
    if (live.state === 'done') delete live.estimatedTotal
    if (ctx.currentWorkspace() === workspace) publish(workspace, true)
  }

  async function withWorkspace(
    work: (ws: Workspace) => Promise<Result<SyncStatus>>
  ): Promise<Result<SyncStatus>> {
    const opened = await ctx.workspace()
    return opened.ok ? work(opened.data) : opened
  }

  function begin(workspace: Workspace, historyOnly: boolean): void {
    if (running) return
    const controller = new AbortController()
    live = historyOnly
      ? { ...live, state: 'running', phase: 'history' }
      : { state: 'running', phase: 'accounts', pages: 0, accounts: 0, rate: 0 }
    delete live.error
    const done = run(workspace, controller, historyOnly).finally(() => {
      if (running?.controller === controller) running = undefined
    })
    running = { controller, done }
  }

  const mirror: Mirror = {
    start: () =>
      withWorkspace(async (workspace) => {
        begin(workspace, false)
        return ok(snapshot(workspace))
      }),
    cancel: () =>
      withWorkspace(async (workspace) => {
        await mirror.stop()
        return ok(snapshot(workspace))
      }),
    status: () => withWorkspace(async (workspace) => ok(snapshot(workspace))),
    async stop() {
      const current = running
      if (!current) return
      current.controller.abort()
      await current.done
    },
    forget() {
      live = { state: 'idle', pages: 0, accounts: 0, rate: 0 }
    },
    running: () => (running ? { historyOnly: live.phase === 'history' } : undefined),
    resume({ historyOnly }) {
      void ctx.workspace().then((opened) => {
        if (opened.ok) begin(opened.data, historyOnly)
      })
    },
    resumeIfInterrupted() {
      if (running || live.state !== 'failed') return
      const code = live.error?.code
      if (code !== 'offline' && code !== 'timeout') return
      // Pages done, history interrupted: carry on with the history, don't walk every page again.
      const historyOnly = live.phase === 'history'
      void ctx.workspace().then((opened) => {
        if (opened.ok) begin(opened.data, historyOnly)
      })
    }
  }
  return mirror
}
