// The one place that decides what an attempt to create an account means (DESIGN.md §1 "nothing is
// lost, nothing is duplicated", §5 "an interrupted send is checked, never blindly repeated"). The
// Truora client tags each failed creation with how far it got; `accounts.create` and the outbox ask
// `decideCreation` what follows: record it, send it again later, hand it to the operator, or report
// Truora's no. Whether an account found at Truora is the one we asked for is `isOurCreation`.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js'
import type { Account } from '@shared/domain/truora-records'
import type { AppError, Result } from '@shared/result'
import { ACCOUNT_FIELDS, type AccountCreateFields } from '@shared/schemas'
import { digitsOf, fold } from '../search/normalize'

/**
 * How far a failed creation got, carried as `error.details.outcome`:
 * - `not_sent`: it never reached Truora (refused connection, the check before it failed): safe to send again;
 * - `not_created`: Truora answered without creating it, or a check found no such account;
 * - `unknown`: it may have reached Truora and its answer was lost: the account may exist.
 */
export type FailedCreation = 'not_sent' | 'not_created' | 'unknown'

/** What the caller does next with a creation attempt. */
export type CreationDecision =
  /** Truora has the account (its answer, or found after an attempt of ours may have arrived). */
  | { kind: 'created'; account: Account }
  /** Nothing reached Truora, or what did is checked before anything is sent again: try later. */
  | { kind: 'retry_later'; error: AppError; uncertain: boolean }
  /** It may have reached Truora and cannot be checked (no ID to look up): the operator decides. */
  | { kind: 'ask_operator'; error: AppError }
  /** Truora's no (invalid data, the ID taken, a wrong key): sending the same again changes nothing. */
  | { kind: 'rejected'; error: AppError; uncertain: boolean }

/** Errors after which sending the same creation later may work. */
const TRANSIENT: ReadonlySet<string> = new Set(['offline', 'timeout', 'server', 'rate_limited'])

export function withOutcome(error: AppError, outcome: FailedCreation, message = error.message): AppError {
  return { ...error, message, details: { ...error.details, outcome } }
}

/**
 * What the failure of the POST itself means: a reset, a timeout or a 5xx after sending may have
 * created the account; a 2xx whose body could not be read most likely did; anything else Truora
 * answered did not. Only the transport knows whether the request left (`details.sent`).
 */
export function postFailure(error: AppError): FailedCreation {
  if (error.details?.sent === 'no') return 'not_sent'
  if (error.code === 'timeout' || error.code === 'server' || error.code === 'cancelled') return 'unknown'
  if (error.code === 'offline') return error.details?.sent === 'maybe' ? 'unknown' : 'not_sent'
  const status = error.details?.status
  if (error.code === 'bad_response' && typeof status === 'number' && status < 300) return 'unknown'
  return 'not_created'
}

/** The outcome a failed creation carries; an error that never went through the client was not sent. */
function failedCreation(error: AppError): FailedCreation {
  const outcome = error.details?.outcome
  return outcome === 'not_sent' || outcome === 'not_created' || outcome === 'unknown' ? outcome : 'not_sent'
}

/**
 * What follows an attempt. `earlierMayHaveArrived`: an earlier attempt of this same creation may
 * have reached Truora (its answer was lost, or the app stopped while sending it), so an account
 * found under its ID with its data is that attempt's, not someone else's.
 */
export function decideCreation(
  result: Result<Account>,
  fields: AccountCreateFields,
  earlierMayHaveArrived: boolean
): CreationDecision {
  if (result.ok) return { kind: 'created', account: result.data }
  const { error } = result
  const existing = error.details?.account as Account | undefined
  if (error.code === 'conflict' && earlierMayHaveArrived && existing && isOurCreation(fields, existing)) {
    return { kind: 'created', account: existing }
  }
  const outcome = failedCreation(error)
  const uncertain = earlierMayHaveArrived || outcome === 'unknown'
  // Truora names such an account itself, so it cannot be looked up: sending again could make two.
  if (outcome === 'unknown' && fields.account_id === undefined) return { kind: 'ask_operator', error }
  // With an ID, the next attempt looks it up before it posts: repeating it is safe.
  if (TRANSIENT.has(error.code)) return { kind: 'retry_later', error, uncertain }
  return { kind: 'rejected', error, uncertain }
}

/** The person fields of `POST /v1/accounts` (TRUORA_API.md "Validations API"), `account_id` aside. */
const PERSON_FIELDS = ACCOUNT_FIELDS.filter(
  (field): field is Exclude<(typeof ACCOUNT_FIELDS)[number], 'account_id'> => field !== 'account_id'
)
type PersonField = (typeof PERSON_FIELDS)[number]

/**
 * Whether `account` is what `fields` asked Truora to create. Truora's echo of the form is a guess
 * (TRUORA_API.md), so the comparison is lenient about form and strict about content: case, accents,
 * spacing and punctuation do not count, a phone compares as a number, a date by its day; a field we
 * sent that the answer leaves out is no contradiction; fields Truora adds of its own (client_id,
 * dates, anything unknown) are ignored. But a person field we did not send, or one that differs,
 * means somebody else's account.
 */
export function isOurCreation(fields: AccountCreateFields, account: Account): boolean {
  if (fields.account_id !== undefined && account.account_id !== fields.account_id) return false
  const country = (fields.country ?? textOf(account.country))?.toUpperCase()
  return PERSON_FIELDS.every((field) => {
    const sent = textOf(fields[field])
    const held = textOf(account[field])
    if (held === undefined) return true
    if (sent === undefined) return false
    return comparable(field, sent, country) === comparable(field, held, country)
  })
}

function textOf(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  const text = String(value).trim()
  return text === '' ? undefined : text
}

function comparable(field: PersonField, value: string, country: string | undefined): string {
  switch (field) {
    case 'phone_number': {
      const parsed = parsePhoneNumberFromString(value, country as CountryCode | undefined)
      return parsed?.number ?? digitsOf(value)
    }
    case 'document_number':
      return fold(value).replace(/[^a-z0-9]/g, '')
    case 'document_issue_date':
      return value.slice(0, 10)
    default:
      return fold(value).replace(/\s+/g, ' ')
  }
}
