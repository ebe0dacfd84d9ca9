// The one place a created account is recorded (DESIGN.md §5): cached like any account fetched from
// Truora, and announced, whether it was created online by `accounts.create` or sent by the outbox. One
// the outbox sent goes into the activity log here (one created online is logged with its call:
// activity/record-calls.ts).
import type { Account } from '@shared/domain/truora-records'
import type { BackendContext } from '../backend/context'
import type { Workspace } from '../workspace/workspace'

export function recordCreated(
  ctx: BackendContext,
  workspace: Workspace,
  account: Account,
  via?: 'outbox'
): void {
  workspace.cache.accounts.put(account, ctx.now().toISOString())
  ctx.events.emit('evt:cache-updated', { kind: 'account', id: account.account_id })
  if (via === 'outbox') {
    void ctx.activity.record({ action: 'account_created', accountId: account.account_id, detail: { via } })
  }
}
