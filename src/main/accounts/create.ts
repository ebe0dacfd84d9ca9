// `accounts.create`: online → created now and cached; offline, or failed on the network in a way
// that is safe to repeat → kept in the outbox (durably) and reported as queued. Truora's "no"
// (invalid input, conflict, a wrong key) is returned as is, and nothing is queued. What a failed
// attempt means is decided in creation-outcome.ts, as for the outbox's sends.
import type { Calls } from '@shared/contract'
import type { CreateOutcome } from '@shared/domain/outbox'
import { fail, ok, type Result } from '@shared/result'
import type { AccountCreateFields } from '@shared/schemas'
import type { BackendContext } from '../backend/context'
import type { Outbox } from '../sync/outbox'
import type { Workspace } from '../workspace/workspace'
import { decideCreation } from './creation-outcome'
import { recordCreated } from './record-created'

export function accountCreate(ctx: BackendContext, outbox: Outbox): Calls['accounts']['create'] {
  /**
   * Creations under way, by operator and fields: the same person sent twice before the first answer
   * (a double click, a second window's retry) gets the first one's answer rather than a second POST,
   * which without an ID would create them twice at Truora.
   */
  const underWay = new Map<string, Promise<Result<CreateOutcome>>>()

  // The argument has passed `accountCreateSchema` (see call-boundary.ts), so it holds the parsed fields.
  return (input) => {
    const fields = input as AccountCreateFields
    // Looked up before any await: two calls in the same tick must find each other.
    const key = `${ctx.session.unlockedId() ?? ''}\n${canonicalJson(fields)}`
    const running = underWay.get(key)
    if (running) return running
    const creating = (async (): Promise<Result<CreateOutcome>> => {
      const opened = await ctx.workspace()
      if (!opened.ok) return opened
      // Tracked from here on: an operator switch or quit waits for this creation to be created or
      // queued before the cache closes.
      return ctx.track(createIn(opened.data, fields))
    })().finally(() => underWay.delete(key))
    underWay.set(key, creating)
    return creating
  }

  async function queue(
    workspace: Workspace,
    fields: AccountCreateFields,
    earlier?: Parameters<Outbox['enqueue']>[2]
  ): Promise<Result<CreateOutcome>> {
    const queued = await outbox.enqueue(workspace, fields, earlier)
    return queued.ok ? ok({ status: 'queued', item: queued.data }) : queued
  }

  async function createIn(workspace: Workspace, fields: AccountCreateFields): Promise<Result<CreateOutcome>> {
    // Known offline: don't wait for a request to fail, queue at once.
    if (ctx.connectivity.state() === 'offline') return queue(workspace, fields)

    const call = await ctx.callContext(workspace.operatorId)
    if (!call.ok) return call
    const created = await ctx.observed(ctx.client.accounts.create(call.data, fields))
    // A first attempt: nothing of ours can be at Truora yet, so an existing ID is a conflict.
    const decision = decideCreation(created, fields, false)
    switch (decision.kind) {
      case 'created':
        recordCreated(ctx, workspace, decision.account)
        return ok({ status: 'created', account: decision.account })
      case 'retry_later':
        return queue(workspace, fields, decision)
      case 'ask_operator':
        // Sending it again could create it twice: say so plainly and let the operator check.
        return fail(
          decision.error.code,
          'Truora may or may not have created this account: the answer was lost. Search for the person ' +
            'before creating it again.',
          { outcome: 'unknown' }
        )
      case 'rejected':
        return { ok: false, error: decision.error }
    }
  }
}

/** The fields as JSON with their keys in one order, so the same person reads the same. */
function canonicalJson(fields: AccountCreateFields): string {
  return JSON.stringify(Object.fromEntries(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b))))
}
