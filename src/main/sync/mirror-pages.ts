// The mirror's first phase (DESIGN.md §5 "Mirror"): walks `GET /v1/accounts` page by page, caching the
// accounts with the cursor that follows them, so a crash or a lost network resumes from the last saved
// page; reports pages, accounts, rate and, where a former sync counted them, the total and ETA.
import type { Account } from '@shared/domain/truora-records'
import type { AppError, Result } from '@shared/result'
import type { Page } from '../truora/types'
import type { Workspace } from '../workspace/workspace'
import { background, type MirrorPhase } from './mirror-phase'
import { walkGuard, walkStopped, type WalkBounds } from './walk-bounds'

/**
 * Longest fetched pages wait before they are cached (and so written and indexed) together. A write writes
 * only the parts that changed (docs/architecture.md "The operator's cache"), so a second's worth of pages
 * costs a few new accounts parts, sealed in the thread pool while the next pages arrive, and the manifest;
 * what is left when the last page comes is that second's parts (npm run bench, mirror section). The pages
 * of the last second, lost in a crash, are simply fetched again on resume.
 */
const COMMIT_EVERY_MS = 1000

export interface PageWalk {
  /** Accounts asked for per page. */
  pageSize: number
  bounds: WalkBounds
  /** Accounts the last finished sync counted, per workspace: the next sync's estimate of its total. */
  lastTotals: WeakMap<Workspace, number>
}

/**
 * Truora's list has no total (TRUORA_API.md "Pagination"): the last finished sync's count is the
 * estimate, read before a new run resets the saved state, and kept for a resume in this session.
 */
function estimateTotal(workspace: Workspace, lastTotals: WeakMap<Workspace, number>): number | undefined {
  const saved = workspace.cache.mirror.get()
  if (!saved.inProgress && workspace.cache.mirror.lastSyncedAt() !== undefined && saved.accounts > 0)
    lastTotals.set(workspace, saved.accounts)
  return lastTotals.get(workspace)
}

export async function walkAccountPages(phase: MirrorPhase, walk: PageWalk): Promise<AppError | undefined> {
  const { ctx, workspace } = phase
  const { cache } = workspace
  const estimate = estimateTotal(workspace, walk.lastTotals)
  let state = cache.mirror.get()
  if (!state.inProgress) {
    state = { pages: 0, accounts: 0, inProgress: true, startedAt: ctx.now().toISOString() }
    cache.mirror.set(state)
  }
  const startedAt = Date.now()
  let fetchedThisRun = 0
  phase.report(
    { state: 'running', phase: 'accounts', pages: state.pages, accounts: state.accounts, rate: 0 },
    true
  )
  const fetchPage = async (cursor: string | undefined): Promise<Result<Page<Account>>> => {
    const call = await phase.callContext()
    if (!call.ok) return call
    return ctx.observed(
      ctx.client.accounts.listPage(background(call.data), {
        limit: walk.pageSize,
        ...(cursor === undefined ? {} : { startKey: cursor })
      })
    )
  }
  // Fetched pages wait here and go into the cache together, with the cursor that follows the last
  // of them, in one snapshot: a resume never skips an account, and a mirror costs a few file writes
  // and a few bulk index updates instead of one of each per page (npm run bench, mirror section).
  // `counted`: the accounts among them this walk had not seen (a server repeating accounts across
  // pages must not make the status, and the next sync's estimate, say more than the cache holds).
  let held:
    { accounts: Account[]; counted: number; pages: number; cursor?: string; fetchedAt: string } | undefined
  let committedAt = Date.now()
  const commit = (): void => {
    if (held === undefined) return
    cache.accounts.putMany(held.accounts, held.fetchedAt)
    state = { ...state, pages: state.pages + held.pages, accounts: state.accounts + held.counted }
    if (held.cursor === undefined) delete state.cursor
    else state.cursor = held.cursor
    cache.mirror.set(state)
    held = undefined
    committedAt = Date.now()
  }
  let next = fetchPage(state.cursor)
  // Stops a server that hands back a cursor it already gave, or hands out new ones for ever.
  const guard = walkGuard(walk.bounds, state.cursor)
  for (;;) {
    const page = await next
    if (!page.ok) {
      // Cancelled, offline, refused: what was fetched is kept, and the mirror resumes after it.
      commit()
      return page.error
    }
    const { items, nextKey } = page.data
    const stop = guard.observe(items, nextKey, state.pages + (held?.pages ?? 0) + 1)
    // The next page is asked for before this one is handled, so Truora prepares it meanwhile.
    if (nextKey && stop === undefined) next = fetchPage(nextKey)
    held ??= { accounts: [], counted: 0, pages: 0, fetchedAt: ctx.now().toISOString() }
    held.counted += guard.lastNew
    for (const account of items) held.accounts.push(account)
    held.pages += 1
    if (nextKey) held.cursor = nextKey
    else delete held.cursor
    fetchedThisRun += items.length
    const pages = state.pages + held.pages
    const accounts = state.accounts + held.counted
    if (!nextKey || stop !== undefined || Date.now() - committedAt >= COMMIT_EVERY_MS) commit()
    const seconds = (Date.now() - startedAt) / 1000
    const rate = seconds > 0 ? fetchedThisRun / seconds : 0
    // Past the estimate, the total is simply unknown again (more accounts than last time).
    const left = estimate === undefined ? 0 : estimate - accounts
    phase.report({
      state: 'running',
      phase: 'accounts',
      pages,
      accounts,
      rate,
      ...(left > 0 ? { estimatedTotal: estimate } : {}),
      ...(rate > 0 && left > 0 ? { etaSeconds: Math.round(left / rate) } : {})
    })
    // What was fetched is kept, with the cursor after it: a later run resumes there, bounded again.
    if (stop !== undefined) return walkStopped(stop, pages)
    if (!nextKey) break
  }
  cache.mirror.set({ pages: state.pages, accounts: state.accounts, inProgress: false })
  cache.mirror.setLastSyncedAt(ctx.now().toISOString())
  walk.lastTotals.set(workspace, state.accounts)
  await cache.flush()
  return undefined
}
