// `POST /v1/validations` (TRUORA_API.md "Validations API", [doc: official SDK]): creates a document or
// face validation under an account and answers where its images go. Sent once, never retried here
// (DESIGN.md §5): what an interrupted or lost creation means is decided by the outbox
// (onsite/send-validation.ts), which checks the account's validations before it creates another.
import { fail, ok, type Result } from '@shared/result'
import type { CaptureSide } from '@shared/onsite'
import { accountSubject } from './accounts'
import { asObject } from './parse'
import { BODY_LIMITS } from './read-body'
import type { Transport } from './transport'
import type { CallContext } from './types'

/** The form fields Truora documents, all strings as the form sends them. */
export interface ValidationForm {
  type: string
  account_id: string
  country?: string
  document_type?: string
  user_authorized: 'true'
  threshold?: string
}

export interface CreatedValidation {
  validationId: string
  accountId?: string
  /** The presigned URL per image Truora asked for; only the sides it named. */
  links: Partial<Record<CaptureSide, string>>
}

const PLAIN_ID = /^[A-Za-z0-9_.-]{1,128}$/
/** Presigned URLs are long (an S3 signature is 1–2 KB); anything far beyond is not one. */
const MAX_LINK = 8192

/** Truora names the face's link `file_upload_link` [doc]; the document's `front_url`, `reverse_url`. */
const LINK_FIELDS: Record<string, CaptureSide> = {
  front_url: 'front',
  reverse_url: 'reverse',
  file_upload_link: 'face'
}

export async function createValidation(
  transport: Transport,
  ctx: CallContext,
  form: ValidationForm
): Promise<Result<CreatedValidation>> {
  const subject = `a ${form.type} of ${accountSubject(form.account_id)}`
  const fields: Record<string, string> = {}
  for (const [name, value] of Object.entries(form)) if (typeof value === 'string') fields[name] = value
  const posted = await transport.post(
    ctx,
    transport.url('validations', '/validations'),
    fields,
    subject,
    BODY_LIMITS.record
  )
  if (!posted.ok) return posted
  const body = asObject(posted.data)
  const id = body?.validation_id
  if (typeof id !== 'string' || !PLAIN_ID.test(id)) {
    return fail(
      'bad_response',
      `Truora accepted ${subject} but its answer did not say the validation's ID.`,
      {
        status: 200,
        reason: 'no_validation_id'
      }
    )
  }
  const instructions = asObject(body?.instructions) ?? {}
  const links: CreatedValidation['links'] = {}
  for (const [field, side] of Object.entries(LINK_FIELDS)) {
    const value = instructions[field]
    if (typeof value === 'string' && value.length <= MAX_LINK && value.trim() !== '')
      links[side] = value.trim()
  }
  const accountId = typeof body?.account_id === 'string' ? body.account_id : undefined
  return ok({ validationId: id, ...(accountId === undefined ? {} : { accountId }), links })
}
