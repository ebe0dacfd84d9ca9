// The contract's `sync.*`, `outbox.*` and `connectivity.*` calls (src/shared/contract.ts): thin
// answers from the mirror, the outbox and the connectivity state this folder keeps.
import type { Calls } from '@shared/contract'
import { ok } from '@shared/result'
import type { Connectivity } from './connectivity'
import type { Mirror } from './mirror'
import type { Outbox } from './outbox'

export function syncCalls(parts: {
  mirror: Mirror
  outbox: Outbox
  connectivity: Connectivity
}): Pick<Calls, 'sync' | 'outbox' | 'connectivity'> {
  const { mirror, outbox, connectivity } = parts
  return {
    sync: {
      mirror: () => mirror.start(),
      cancel: () => mirror.cancel(),
      status: () => mirror.status()
    },
    outbox: {
      list: () => outbox.list(),
      retry: (id) => outbox.retry(id),
      discard: (id) => outbox.discard(id)
    },
    connectivity: {
      status: async () => ok(connectivity.state()),
      hint: async (state) => {
        connectivity.hint(state)
        return ok(connectivity.state())
      }
    }
  }
}
