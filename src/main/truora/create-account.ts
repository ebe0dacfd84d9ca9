// `POST /v1/accounts` without ever creating an account twice (DESIGN.md §1 "Nothing is lost", §5
// "A POST is never blindly retried"). Whether Truora answers 409, 400 or upserts for an existing ID is
// unknown (TRUORA_API.md), so a known ID is looked up first; the POST is sent once; and when its answer
// is lost after sending, a known ID is looked up again to learn what happened.
import { fail, ok, type AppError, type Result } from '@shared/result'
import type { Account } from '@shared/domain'
import type { AccountCreateFields } from '@shared/schemas'
import { accountSubject, getAccount } from './accounts'
import { readAccount } from './parse'
import type { Transport } from './transport'
import type { CallContext } from './types'

/**
 * What a failed creation means for the account: 'not_sent' (never left, safe to send again),
 * 'not_created' (Truora has no such account), 'unknown' (may exist: check before creating again).
 */
type CreationOutcome = 'not_sent' | 'not_created' | 'unknown'

function withOutcome(error: AppError, outcome: CreationOutcome, message = error.message): Result<never> {
  return { ok: false, error: { ...error, message, details: { ...error.details, outcome } } }
}

/** The answer was lost after the request may have reached Truora. */
function answerLost(error: AppError): boolean {
  if (error.code === 'timeout' || error.code === 'server' || error.code === 'cancelled')
    return error.details?.sent !== 'no'
  if (error.code === 'offline') return error.details?.sent === 'maybe'
  // A 2xx body that could not be read: Truora took the request, the account most likely exists.
  return (
    error.code === 'bad_response' && typeof error.details?.status === 'number' && error.details.status < 300
  )
}

function form(fields: AccountCreateFields): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(fields))
    if (value !== undefined && value !== '') out[name] = String(value)
  return out
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
    if (existing.ok) {
      return fail(
        'conflict',
        `An account with ID "${id}" already exists in Truora. Open it, or choose another ID.`,
        { accountId: id, account: existing.data }
      )
    }
    // Offline, timed out, unauthorized…: nothing was sent, the caller may queue it and try later.
    if (existing.error.code !== 'not_found') return withOutcome(existing.error, 'not_sent')
  }

  const posted = await transport.post(ctx, transport.url('validations', '/accounts'), form(fields), subject)
  if (posted.ok) {
    const account = readAccount(posted.data)
    if (account) return ok(account)
    if (id === undefined) {
      return fail(
        'bad_response',
        'Truora accepted the new account but did not say its ID. Look for it in the account list before creating it again.',
        { status: 200, outcome: 'unknown' }
      )
    }
    const created = await getAccount(transport, ctx, id)
    return created.ok
      ? created
      : fail(
          'bad_response',
          `Truora accepted ${subject} but its answer could not be read. Look for it before creating it again.`,
          { status: 200, outcome: 'unknown' }
        )
  }

  const error = posted.error
  if (error.code === 'conflict') {
    const message =
      id === undefined
        ? 'Truora says this account already exists.'
        : `An account with ID "${id}" already exists in Truora. Open it, or choose another ID.`
    return fail('conflict', message, { ...error.details, ...(id === undefined ? {} : { accountId: id }) })
  }
  if (!answerLost(error)) return withOutcome(error, error.details?.sent === 'no' ? 'not_sent' : 'not_created')
  if (id === undefined || error.code === 'cancelled') {
    return withOutcome(
      error,
      'unknown',
      `${error.message} The account may or may not have been created: look for it in Truora before creating it again.`
    )
  }

  const check = await getAccount(transport, ctx, id)
  if (check.ok) return check
  if (check.error.code === 'not_found') return withOutcome(error, 'not_created')
  return fail(
    'timeout',
    `Truora did not confirm whether ${subject} was created, and it could not be checked. Look for it before creating it again.`,
    { ...error.details, outcome: 'unknown' }
  )
}
