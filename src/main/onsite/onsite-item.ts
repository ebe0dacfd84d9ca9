// An on-site validation as the outbox keeps it (one OutboxItem of kind `validation`, its progress in
// `onsite`) and as the renderer sees it (OnsiteValidation). The form Truora gets is in `input`, all
// strings, as a creation's is; `user_authorized` is the person's recorded consent.
import type { OutboxItem } from '@shared/domain/outbox'
import type { DocumentType } from '@shared/domain/truora-records'
import type { OnsiteProgress, OnsiteType, OnsiteValidation } from '@shared/onsite'
import type { ValidationForm } from '../truora/create-validation'

export type ValidationItem = OutboxItem & { kind: 'validation'; onsite: OnsiteProgress }

export function isValidationItem(item: OutboxItem): item is ValidationItem {
  return item.kind === 'validation' && item.onsite !== undefined
}

/** What `POST /v1/validations` gets for this item (TRUORA_API.md "Validations API"). */
export function validationForm(item: ValidationItem): ValidationForm | undefined {
  const { type, account_id: accountId, country, document_type: documentType } = item.input
  if (type === undefined || accountId === undefined) return undefined
  return {
    type,
    account_id: accountId,
    ...(country === undefined ? {} : { country }),
    ...(documentType === undefined ? {} : { document_type: documentType }),
    user_authorized: 'true'
  }
}

/** Which step the renderer shows: a failed item is failed whatever it was doing. */
export function onsiteView(item: ValidationItem): OnsiteValidation {
  const progress = item.onsite
  const error = item.error
  return {
    id: item.id,
    ...(item.input.account_id === undefined ? {} : { accountId: item.input.account_id }),
    type: item.input.type as OnsiteType,
    country: item.input.country ?? '',
    ...(item.input.document_type === undefined
      ? {}
      : { documentType: item.input.document_type as DocumentType }),
    consentAt: progress.consentAt,
    sides: progress.images.map((image) => image.side),
    step: item.state === 'failed' ? 'failed' : progress.step,
    ...(progress.validationId === undefined ? {} : { validationId: progress.validationId }),
    uploaded: [...progress.uploaded],
    replaced: [...progress.replaced],
    imagesKept: progress.imagesKept,
    attempts: item.attempts,
    ...(item.nextAttemptAt === undefined ? {} : { nextAttemptAt: item.nextAttemptAt }),
    ...(error === undefined
      ? {}
      : {
          error: {
            code: error.code,
            message: error.message,
            ...(typeof (error.details as { reason?: unknown } | undefined)?.reason === 'string'
              ? { details: { reason: (error.details as { reason: string }).reason } }
              : {})
          }
        })
  }
}

/**
 * Waits without holding back the items queued after it: for its account's creation (sent first, or
 * failed and waiting for the operator), or for Truora's result once its images are up.
 */
export function waitsAside(item: OutboxItem): boolean {
  return (
    isValidationItem(item) &&
    (item.onsite.step === 'awaiting_result' || item.onsite.afterCreation !== undefined)
  )
}
