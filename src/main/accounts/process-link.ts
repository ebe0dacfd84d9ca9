// `accounts.processLink`: a web token for the active operator's account, as the identity-process link
// the person opens (TRUORA_API.md "Account API"). The account's phone (E.164) and e-mail, where the
// cache knows them, go with it as the call's optional `phone` and `emails`.
import type { Calls } from '@shared/contract'
import type { BackendContext } from '../backend/context'
import { emailKey, phoneKey } from '../search/identity-keys'

export function processLink(ctx: BackendContext): Calls['accounts']['processLink'] {
  return async (input) => {
    const opened = await ctx.workspace()
    if (!opened.ok) return opened
    const account = (await opened.data.cache.accounts.get(input.accountId))?.data
    const phone = account ? phoneKey(account.phone_number, account.country) : undefined
    const email = account && typeof account.email === 'string' ? account.email.trim() : ''
    const call = await ctx.callContext(opened.data.operatorId)
    if (!call.ok) return call
    return ctx.observed(
      ctx.client.webToken.create(call.data, {
        ...input,
        ...(phone ? { phone } : {}),
        ...(email && emailKey(email) ? { emails: email } : {})
      })
    )
  }
}
