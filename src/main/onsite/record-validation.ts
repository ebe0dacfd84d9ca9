// The one place an on-site validation enters the account's cached history (DESIGN.md §3 "Reads carry
// freshness"): as soon as Truora has created it (pending), and again each time a read of its result
// says something new, so the account's timeline follows it. The account's list is changed only when
// it is cached (an uncached list stays uncached: it would look complete while it is not), and keeps
// the time it was last fetched whole; the validation on its own is stamped now.
import type { Validation } from '@shared/domain/truora-records'
import type { BackendContext } from '../backend/context'
import { reindexAccount, type Workspace } from '../workspace/workspace'

export async function recordValidation(
  ctx: BackendContext,
  workspace: Workspace,
  validation: Validation
): Promise<void> {
  const { cache } = workspace
  const now = ctx.now().toISOString()
  // Presigned media links are dropped by the cache itself (cache/presigned-urls.ts).
  cache.validations.put(validation, now)
  const accountId = validation.account_id
  if (accountId !== undefined) {
    // The account's history part is read first if it is not in memory (cache/types.ts).
    const listed = await cache.validations.forAccount(accountId)
    if (listed) {
      const others = listed.data.filter((item) => item.validation_id !== validation.validation_id)
      cache.validations.putForAccount(accountId, [...others, validation], listed.fetchedAt)
      reindexAccount(workspace, accountId)
    }
    ctx.events.emit('evt:cache-updated', { kind: 'validations', id: accountId })
  }
  ctx.events.emit('evt:cache-updated', { kind: 'validation', id: validation.validation_id })
}
