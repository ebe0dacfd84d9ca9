// `onsite.*` (shared/onsite.ts) and what keeps the laptop's copy of the images no longer than needed
// (DESIGN.md §4): images no queued validation names are swept when the workspace opens and after the
// cache is cleared; retention forgets those captured before its cut-off, and the validation then says
// so (failed, `retention`) rather than vanishing.
import type { Calls } from '@shared/contract'
import { fail, ok, type Result } from '@shared/result'
import type { OnsiteValidation } from '@shared/onsite'
import type { BackendContext } from '../backend/context'
import type { Outbox } from '../sync/outbox'
import type { Workspace } from '../workspace/workspace'
import { captureValidation } from './capture'
import { openCaptureStore, type CaptureStore } from './capture-store'
import { isValidationItem, onsiteView } from './onsite-item'

/** One capture store per open workspace, keyed from the unlocked operator's data key. */
export function captureStores(
  ctx: Pick<BackendContext, 'dataDir' | 'session'>
): (w: Workspace) => CaptureStore {
  const stores = new WeakMap<Workspace, CaptureStore>()
  return (workspace) => {
    let store = stores.get(workspace)
    if (!store) {
      const secrets = ctx.session.secretsOf(workspace.operatorId)
      if (!secrets) throw new Error('The session is locked.')
      store = openCaptureStore({
        dataDir: ctx.dataDir,
        operatorId: workspace.operatorId,
        dataKey: secrets.dataKey
      })
      stores.set(workspace, store)
    }
    return store
  }
}

export interface Onsite {
  calls: Calls['onsite']
  /** Deletes images no queued validation needs (a crash between sealing and queueing, say). */
  sweep(workspace: Workspace): Promise<void>
  /** Retention: forgets the images captured before `cutoff`; returns how many validations lost theirs. */
  forgetCapturedBefore(workspace: Workspace, cutoff: string): Promise<number>
}

export function onsiteService(
  ctx: BackendContext,
  outbox: Outbox,
  captures: (workspace: Workspace) => CaptureStore
): Onsite {
  function views(workspace: Workspace, accountId?: string): OnsiteValidation[] {
    return workspace.cache.outbox
      .list()
      .filter(isValidationItem)
      .map(onsiteView)
      .filter((view) => accountId === undefined || view.accountId === accountId)
  }

  async function ofValidation(
    id: string,
    then: (id: string) => Promise<Result<unknown>>
  ): Promise<Result<OnsiteValidation[]>> {
    const opened = await ctx.workspace()
    if (!opened.ok) return opened
    const item = opened.data.cache.outbox.list().find((entry) => entry.id === id)
    if (!item || !isValidationItem(item))
      return fail('not_found', 'This validation is no longer waiting to be sent.')
    const done = await then(id)
    return done.ok ? ok(views(opened.data)) : done
  }

  function emit(workspace: Workspace): void {
    ctx.events.emit('evt:onsite-changed', views(workspace))
  }

  return {
    calls: {
      // Tracked from the call on, as a creation is: a lock or quit that comes while the images are
      // sealed waits for the capture to be queued before the cache closes, so the person's consent
      // and photos are never dropped half-way.
      capture: (input) =>
        ctx.track(captureValidation(ctx, { captures, enqueue: (ws, item) => outbox.store(ws, item) }, input)),
      async list(accountId) {
        const opened = await ctx.workspace()
        return opened.ok ? ok(views(opened.data, accountId)) : opened
      },
      retry: (id) => ofValidation(id, (itemId) => outbox.retry(itemId)),
      async discard(id) {
        const opened = await ctx.workspace()
        if (!opened.ok) return opened
        // Its images are being read and sent right now: the send ends first (then retry or discard).
        const item = opened.data.cache.outbox.list().find((entry) => entry.id === id)
        if (item?.state === 'sending') return fail('conflict', 'This validation is being sent right now.')
        return ofValidation(id, (itemId) => outbox.discard(itemId))
      }
    },
    async sweep(workspace) {
      const keep = new Set(
        workspace.cache.outbox
          .list()
          .filter((item) => isValidationItem(item) && item.onsite.imagesKept)
          .map((item) => item.id)
      )
      const removed = await captures(workspace).sweep(keep)
      if (removed > 0) ctx.log(`onsite: ${removed} image file(s) no queued validation needs were removed`)
      emit(workspace)
    },
    async forgetCapturedBefore(workspace, cutoff) {
      const limit = Date.parse(cutoff)
      const old = workspace.cache.outbox
        .list()
        .filter(isValidationItem)
        // One being sent now is the drain's: it is about to reach Truora, and then its images go anyway.
        .filter(
          (item) =>
            item.onsite.imagesKept && item.state !== 'sending' && Date.parse(item.onsite.capturedAt) < limit
        )
      if (old.length === 0) return 0
      for (const item of old) {
        workspace.cache.outbox.update(item.id, {
          state: 'failed',
          error: {
            code: 'expired',
            message: 'Its images were deleted by the retention setting before they could be sent.',
            details: { reason: 'retention' }
          },
          onsite: { ...item.onsite, imagesKept: false }
        })
      }
      // Written down first: a crash after it leaves files a sweep removes, never an item that needs them.
      await workspace.cache.flush()
      for (const item of old) await captures(workspace).remove(item.id)
      emit(workspace)
      return old.length
    }
  }
}
