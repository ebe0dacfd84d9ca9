// `accounts.processLink`: a web token for the active operator's account, as the identity-process link
// the person opens (TRUORA_API.md "Account API").
import type { Calls } from '@shared/contract'
import type { BackendContext } from '../backend/context'

export function processLink(ctx: BackendContext): Calls['accounts']['processLink'] {
  return async (input) => {
    const opened = await ctx.workspace()
    if (!opened.ok) return opened
    const call = await ctx.callContext(opened.data.operatorId)
    if (!call.ok) return call
    return ctx.observed(ctx.client.webToken.create(call.data, input))
  }
}
