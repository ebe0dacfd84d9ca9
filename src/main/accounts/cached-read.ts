// Cache first, then revalidate (DESIGN.md §5): a read answers at once from the cache with its
// freshness and, when online, refreshes in the background, pushing `evt:cache-updated` with the new
// freshness once Truora answers (`changed` says whether there is anything to re-read), so no view keeps
// saying "cached 5 min ago" about a copy confirmed seconds ago (DESIGN.md §3). Nothing cached → the
// network; unreachable → the cached copy, marked stale.
import type { CacheUpdated } from '@shared/domain/cache'
import type { Cached } from '@shared/domain/freshness'
import { fail, ok, type Result } from '@shared/result'
import type { RequestOptions } from '@shared/schemas'
import type { BackendContext } from '../backend/context'
import type { Stamped } from '../cache/types'
import type { CallContext } from '../truora/types'
import type { Workspace } from '../workspace/workspace'

/** A cached answer younger than this is served without asking Truora again. */
const FRESH_FOR_MS = 60_000

export interface CachedReadSpec<T> {
  /** What `evt:cache-updated` says changed. */
  kind: CacheUpdated['kind']
  id: string
  read(workspace: Workspace): Promise<Stamped<T> | undefined>
  fetch(call: CallContext): Promise<Result<T>>
  write(workspace: Workspace, data: T, fetchedAt: string): void
  /** Shown when the network is unreachable and nothing is cached. */
  offlineMessage: string
}

const NETWORK_CODES = new Set(['offline', 'timeout'])

/** Refreshes running now, by kind and id: a second stale read of the same thing does not add one. */
const revalidating = new WeakMap<Workspace, Set<string>>()

/**
 * `options.refresh` skips the cache and asks Truora first (the refresh button); `options.requestId`
 * lets the renderer cancel the request.
 */
export async function cachedRead<T>(
  ctx: BackendContext,
  spec: CachedReadSpec<T>,
  options: RequestOptions = {}
): Promise<Result<Cached<T>>> {
  const opened = await ctx.workspace()
  if (!opened.ok) return opened
  const workspace = opened.data
  const cached = await spec.read(workspace)

  if (cached && !options.refresh) {
    const age = ctx.now().getTime() - Date.parse(cached.fetchedAt)
    const offline = ctx.connectivity.state() === 'offline'
    if (!offline && age >= FRESH_FOR_MS) revalidate(ctx, spec, workspace, cached).catch(() => {})
    return ok({
      data: cached.data,
      freshness: { source: 'cache', fetchedAt: cached.fetchedAt, stale: offline || age >= FRESH_FOR_MS }
    })
  }

  const fetched = await ctx.requests.run(options.requestId, async (signal) => {
    const call = await ctx.callContext(workspace.operatorId, signal)
    return call.ok ? ctx.observed(spec.fetch(call.data)) : call
  })
  if (fetched.ok) {
    const fetchedAt = ctx.now().toISOString()
    if (ctx.currentWorkspace() === workspace) spec.write(workspace, fetched.data, fetchedAt)
    return ok({ data: fetched.data, freshness: { source: 'network', fetchedAt, stale: false } })
  }
  if (NETWORK_CODES.has(fetched.error.code)) {
    if (cached) {
      return ok({
        data: cached.data,
        freshness: { source: 'cache', fetchedAt: cached.fetchedAt, stale: true }
      })
    }
    // A timeout is not "offline": its own message says Truora did not answer in time.
    const message = fetched.error.code === 'timeout' ? fetched.error.message : spec.offlineMessage
    return fail(fetched.error.code, message, { cached: false })
  }
  return fetched
}

async function revalidate<T>(
  ctx: BackendContext,
  spec: CachedReadSpec<T>,
  workspace: Workspace,
  cached: Stamped<T>
): Promise<void> {
  const key = `${spec.kind}:${spec.id}`
  const running = revalidating.get(workspace) ?? new Set<string>()
  revalidating.set(workspace, running)
  if (running.has(key)) return
  running.add(key)
  try {
    await refresh(ctx, spec, workspace, cached)
  } finally {
    running.delete(key)
  }
}

async function refresh<T>(
  ctx: BackendContext,
  spec: CachedReadSpec<T>,
  workspace: Workspace,
  cached: Stamped<T>
): Promise<void> {
  const call = await ctx.callContext(workspace.operatorId)
  if (!call.ok) return
  const fetched = await ctx.observed(spec.fetch(call.data))
  // The operator may have switched while the request ran: never write into a closed cache.
  if (!fetched.ok || ctx.currentWorkspace() !== workspace) return
  const fetchedAt = ctx.now().toISOString()
  // An answer that changes nothing writes nothing: the cache keeps its new time in memory only.
  spec.write(workspace, fetched.data, fetchedAt)
  ctx.events.emit('evt:cache-updated', {
    kind: spec.kind,
    id: spec.id,
    changed: JSON.stringify(fetched.data) !== JSON.stringify(cached.data),
    freshness: { source: 'network', fetchedAt, stale: false }
  })
}
