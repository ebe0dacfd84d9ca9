// The API key for a long run of requests (a mirror's pages, its history pass). Each keychain read is a
// round trip to the OS keychain (~2 ms with gnome-keyring) on the path between one page and the next
// request, and a history pass makes two requests an account: reading it for every request would cost
// minutes of round trips. Reading it once for a pass that lasts hours would keep the key in memory all
// that time (backend.ts reads it per request for that reason). So a read is reused for a short while.
import type { Result } from '@shared/result'
import type { BackendContext } from '../backend/context'
import type { CallContext } from '../truora/types'

/** How long one keychain read serves requests. */
const KEY_REUSE_MS = 30_000

export function reusedCallContext(
  ctx: Pick<BackendContext, 'callContext' | 'now'>,
  operatorId: string,
  signal: AbortSignal
): () => Promise<Result<CallContext>> {
  let held: { call: Promise<Result<CallContext>>; at: number } | undefined
  return () => {
    const now = ctx.now().getTime()
    if (held === undefined || now - held.at >= KEY_REUSE_MS)
      held = { call: ctx.callContext(operatorId, signal), at: now }
    const { call } = held
    // A failed read is not reused: the next request asks the keychain again.
    void call.then((result) => {
      if (!result.ok && held?.call === call) held = undefined
    })
    return call
  }
}
