// `POST /v1/accounts` without ever creating an account twice (DESIGN.md §1 "Nothing is lost", §5
// "A POST is never blindly retried"). Whether Truora answers 409, 400 or upserts for an existing ID is
// unknown (TRUORA_API.md), so a known ID is looked up first; the POST is sent once; and when its answer
// is lost after sending, a known ID is looked up again to learn what happened. What each failure
// means (`details.outcome`) is decided in accounts/creation-outcome.ts.
import { appError, fail, ok, type AppError, type Result } from '@shared/result'
import type { Account } from '@shared/domain/truora-records'
import type { AccountCreateFields } from '@shared/schemas'
import { isOurCreation, postFailure, withOutcome, type FailedCreation } from '../accounts/creation-outcome'
import { accountSubject, getAccount } from './accounts'
import { readAccount } from './parse'
import type { Transport } from './transport'
import type { CallContext } from './types'

function failed(error: AppError, outcome: FailedCreation, message?: string): Result<never> {
  return { ok: false, error: withOutcome(error, outcome, message) }
}

function form(fields: AccountCreateFields): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(fields))
    if (value !== undefined && value !== '') out[name] = String(value)
  return out
}

function conflict(id: string, account?: Account, details: Record<string, unknown> = {}): Result<never> {
  return fail(
    'conflict',
    `An account with ID "${id}" already exists in Truora. Open it, or choose another ID.`,
    {
      ...details,
      accountId: id,
      ...(account === undefined ? {} : { account })
    }
  )
}

export async function createAccount(
  transport: Transport,
  ctx: CallContext,
  fields: AccountCreateFields
): Promise<Result<Account>> {
  const id = fields.account_id
  const subject = id === undefined ? 'the new account' : accountSubject(id)
  if (id !== undefined) {
    const existing = await getAccount(transport, ctx, id)
    if (existing.ok) return conflict(id, existing.data)
    // Offline, timed out, unauthorized…: nothing was sent, the caller may queue it and try later.
    if (existing.error.code !== 'not_found') return failed(existing.error, 'not_sent')
  }

  const posted = await transport.post(ctx, transport.url('validations', '/accounts'), form(fields), subject)
  if (posted.ok) {
    const account = readAccount(posted.data)
    if (account) return ok(account)
  }
  const error = posted.ok
    ? appError('bad_response', `Truora accepted ${subject} but its answer did not say its ID.`, {
        status: 200
      })
    : posted.error
  if (error.code === 'conflict') {
    if (id === undefined) return fail('conflict', 'Truora says this account already exists.', error.details)
    return conflict(id, undefined, error.details)
  }
  const outcome = postFailure(error)
  if (outcome !== 'unknown') return failed(error, outcome)
  if (id === undefined || error.code === 'cancelled') {
    return failed(
      error,
      'unknown',
      `${error.message} The account may or may not have been created: look for it in Truora before creating it again.`
    )
  }

  // The answer was lost after the POST may have reached Truora: the ID tells what happened.
  const check = await getAccount(transport, ctx, id)
  if (check.ok) return isOurCreation(fields, check.data) ? check : conflict(id, check.data)
  if (check.error.code === 'not_found') return failed(error, 'not_created')
  return failed(
    { ...error, code: 'timeout', retryable: true },
    'unknown',
    `Truora did not confirm whether ${subject} was created, and it could not be checked. Look for it before creating it again.`
  )
}
