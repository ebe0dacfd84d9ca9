// `accounts.create`: online → created now and cached; offline, or failed on the network in a way
// that is safe to repeat → kept in the outbox (durably) and reported as queued. Truora's "no"
// (invalid input, conflict, a wrong key) is returned as is, and nothing is queued.
import type { Calls } from '@shared/contract'
import type { CreateOutcome } from '@shared/domain'
import { fail, ok, type Result } from '@shared/result'
import type { AccountCreateFields } from '@shared/schemas'
import type { BackendContext } from '../backend/context'
import { mayHaveArrived, type Outbox } from '../sync/outbox'
import type { Workspace } from '../workspace/workspace'

const QUEUE_ON = new Set(['offline', 'timeout', 'server', 'rate_limited'])

export function accountCreate(ctx: BackendContext, outbox: Outbox): Calls['accounts']['create'] {
  // The argument has passed `accountCreateSchema` (see guard-calls.ts), so it holds the parsed fields.
  return async (input) => {
    const fields = input as AccountCreateFields
    const opened = await ctx.workspace()
    if (!opened.ok) return opened
    // Tracked from here on: an operator switch or quit waits for this creation to be created or
    // queued before the cache closes.
    return ctx.track(createIn(opened.data, fields))
  }

  async function createIn(workspace: Workspace, fields: AccountCreateFields): Promise<Result<CreateOutcome>> {
    // Known offline: don't wait for a request to fail, queue at once.
    if (ctx.connectivity.state() === 'offline') {
      const queued = await outbox.enqueue(workspace, fields)
      return queued.ok ? ok({ status: 'queued', item: queued.data }) : queued
    }

    const call = await ctx.callContext(workspace.operatorId)
    if (!call.ok) return call
    const created = await ctx.observed(ctx.client.accounts.create(call.data, fields))
    if (created.ok) {
      workspace.cache.accounts.put(created.data, ctx.now().toISOString())
      return ok({ status: 'created', account: created.data })
    }

    const { error } = created
    // A creation Truora names itself cannot be sent twice safely once it may have arrived: say so
    // plainly and let the operator check (issue 3 "A POST is never retried blindly").
    if (mayHaveArrived(error) && fields.account_id === undefined) {
      return fail(
        error.code,
        'Truora may or may not have created this account: the answer was lost. Search for the person ' +
          'before creating it again.',
        { outcome: 'unknown' }
      )
    }
    if (!QUEUE_ON.has(error.code)) return created
    const queued = await outbox.enqueue(workspace, fields, error)
    return queued.ok ? ok({ status: 'queued', item: queued.data }) : queued
  }
}
