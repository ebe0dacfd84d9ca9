// Reading validation accounts (TRUORA_API.md "Validations API"): one account, and the account list
// one page at a time (the mirror walks it and keeps the cursor itself, DESIGN.md §5 "Mirror").
import { ok, type Result } from '@shared/result'
import type { Account } from '@shared/domain/truora-records'
import { readAccount } from './parse'
import { readPage, startKeyOf } from './pagination'
import { BODY_LIMITS } from './read-body'
import { getRecord, idSegment, type Transport } from './transport'
import type { CallContext, Page } from './types'

export function accountSubject(accountId: string): string {
  return `account "${accountId}"`
}

export async function getAccount(
  transport: Transport,
  ctx: CallContext,
  accountId: string
): Promise<Result<Account>> {
  const segment = idSegment(accountId, 'account')
  if (!segment.ok) return segment
  return getRecord(
    transport,
    ctx,
    {
      url: transport.url('validations', `/accounts/${segment.data}`),
      subject: accountSubject(accountId),
      what: 'account'
    },
    readAccount
  )
}

export async function listAccountsPage(
  transport: Transport,
  ctx: CallContext,
  options: { startKey?: string; limit?: number } = {}
): Promise<Result<Page<Account>>> {
  const url = transport.url('validations', '/accounts', {
    start_key: options.startKey || undefined,
    limit: options.limit === undefined ? undefined : String(options.limit)
  })
  const answer = await transport.get(ctx, url, 'the account list', BODY_LIMITS.listPage)
  if (!answer.ok) return answer
  const page = readPage(answer.data, 'accounts', readAccount)
  if (!page.ok) return page
  const nextKey = startKeyOf(page.data.next, transport.base('validations'))
  if (!nextKey.ok) return nextKey
  return ok(
    nextKey.data === undefined
      ? { items: page.data.items }
      : { items: page.data.items, nextKey: nextKey.data }
  )
}

/** `GET /v1/accounts?limit=1`: the cheapest authenticated call, so a wrong key shows as `unauthorized`. */
export async function checkKey(transport: Transport, ctx: CallContext): Promise<Result<null>> {
  const answer = await transport.get(
    ctx,
    transport.url('validations', '/accounts', { limit: '1' }),
    'the account list'
  )
  return answer.ok ? ok(null) : answer
}
