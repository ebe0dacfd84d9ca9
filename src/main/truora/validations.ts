// Validation history (TRUORA_API.md "Validations API"): an account's list, paged like the others
// [guess], and one validation with its details. Details may hold presigned media links that expire
// after 15 minutes (DESIGN.md §4): they are passed on as received, never refreshed here.
import type { Result } from '@shared/result'
import type { Validation } from '@shared/domain/truora-records'
import { accountSubject } from './accounts'
import { readValidation, readValidationDetail } from './parse'
import { collectPages } from './pagination'
import { BODY_LIMITS } from './read-body'
import { getRecord, idSegment, type Transport } from './transport'
import type { CallContext } from './types'

export async function accountValidations(
  transport: Transport,
  ctx: CallContext,
  accountId: string
): Promise<Result<Validation[]>> {
  const segment = idSegment(accountId, 'account')
  if (!segment.ok) return segment
  const subject = `the validations of ${accountSubject(accountId)}`
  const first = transport.url('validations', `/accounts/${segment.data}/validations`)
  return collectPages(first, transport.base('validations'), 'validations', readValidation, (url) =>
    transport.get(ctx, url, subject, BODY_LIMITS.listPage)
  )
}

export async function getValidation(
  transport: Transport,
  ctx: CallContext,
  validationId: string
): Promise<Result<Validation>> {
  const segment = idSegment(validationId, 'validation')
  if (!segment.ok) return segment
  return getRecord(
    transport,
    ctx,
    {
      url: transport.url('validations', `/validations/${segment.data}`, { show_details: 'true' }),
      subject: `validation "${validationId}"`,
      what: 'validation',
      maxBytes: BODY_LIMITS.detail
    },
    readValidationDetail
  )
}
