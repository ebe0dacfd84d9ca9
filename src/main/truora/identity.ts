// Digital Identity processes (TRUORA_API.md "Digital Identity API"), on the identity host: the
// processes found for an account ID, and one process's full result.
import { ok, type Result } from '@shared/result'
import type { IdentityProcess, ProcessResult } from '@shared/domain/truora-records'
import { accountSubject } from './accounts'
import { readProcess, readProcessResult } from './parse'
import { collectPages } from './pagination'
import { BODY_LIMITS } from './read-body'
import { getRecord, idSegment, type Transport } from './transport'
import type { CallContext } from './types'

export async function accountProcesses(
  transport: Transport,
  ctx: CallContext,
  accountId: string
): Promise<Result<IdentityProcess[]>> {
  const segment = idSegment(accountId, 'account')
  if (!segment.ok) return segment
  // `search` matches more than account IDs [guess], so only the account's own processes are kept.
  const id = accountId.trim()
  const first = transport.url('identity', '/processes/', { search: id })
  const subject = `the identity processes of ${accountSubject(id)}`
  const all = await collectPages(first, transport.base('identity'), 'processes', readProcess, (url) =>
    transport.get(ctx, url, subject, BODY_LIMITS.listPage)
  )
  return all.ok
    ? ok(all.data.filter((process) => process.account_id === undefined || process.account_id === id))
    : all
}

export async function processResult(
  transport: Transport,
  ctx: CallContext,
  processId: string
): Promise<Result<ProcessResult>> {
  const segment = idSegment(processId, 'process')
  if (!segment.ok) return segment
  return getRecord(
    transport,
    ctx,
    {
      url: transport.url('identity', `/processes/${segment.data}/result`),
      subject: `identity process "${processId}"`,
      what: 'process',
      maxBytes: BODY_LIMITS.detail
    },
    readProcessResult
  )
}
