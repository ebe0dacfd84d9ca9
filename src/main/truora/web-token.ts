// Starting an identity process for a person: `POST /v1/api-keys` on the account host returns a web
// token, and the person's link is `https://identity.truora.com/?token=<api_key>`; tokens last about
// two hours (TRUORA_API.md "Account API"). Sent once: a lost answer costs only a new token.
import { fail, ok, type Result } from '@shared/result'
import type { ProcessLink } from '@shared/domain/processes'
import { asObject } from './parse'
import type { Transport } from './transport'
import type { CallContext, WebTokenInput } from './types'

const IDENTITY_LINK_BASE = 'https://identity.truora.com/'
const WEB_TOKEN_LIFETIME_MS = 2 * 3600 * 1000

export async function createWebToken(
  transport: Transport,
  ctx: CallContext,
  input: WebTokenInput
): Promise<Result<ProcessLink>> {
  const form: Record<string, string> = {
    key_type: 'web',
    grant: 'digital-identity',
    api_key_version: '1',
    country: 'ALL',
    redirect_url: input.redirectUrl,
    flow_id: input.flowId,
    account_id: input.accountId,
    // Optional fields of the same call (TRUORA_API.md "Account API"): Truora can then reach the person
    // itself and prefill the flow's contact steps.
    ...(input.phone ? { phone: input.phone } : {}),
    ...(input.emails ? { emails: input.emails } : {})
  }
  const subject = `the identity link for account "${input.accountId}"`
  const answer = await transport.post(ctx, transport.url('account', '/api-keys'), form, subject)
  if (!answer.ok) return answer
  const token = asObject(answer.data)?.api_key
  if (typeof token !== 'string' || token === '') {
    return fail('bad_response', 'Truora did not send the token for the identity link. Try again.', {
      status: 200
    })
  }
  const link = new URL(IDENTITY_LINK_BASE)
  link.searchParams.set('token', token)
  return ok({
    link: link.href,
    accountId: input.accountId,
    flowId: input.flowId,
    expiresAt: new Date(transport.now().getTime() + WEB_TOKEN_LIFETIME_MS).toISOString()
  })
}
