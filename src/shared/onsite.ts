// On-site validation (docs/truora-api.md "Validations API", `POST /v1/validations`): the person's document
// or face captured on the laptop with their consent, sealed into the operator's cache at once, queued
// in the outbox and sent when the network allows. What crosses IPC: the capture (images as bytes, a
// bounded binary path of its own: backend/payload-guard.ts) and the state of each on-site validation.
import { z } from 'zod'
import { accountIdSchema, DOCUMENT_TYPES, outboxIdSchema } from './schemas'
import type { DocumentType } from './domain/truora-records'

const ONSITE_TYPES = ['document-validation', 'face-recognition'] as const
export type OnsiteType = (typeof ONSITE_TYPES)[number]

/** The images Truora's answer asks for: `front_url`, `reverse_url`, `file_upload_link` (the face). */
export const CAPTURE_SIDES = ['front', 'reverse', 'face'] as const
export type CaptureSide = (typeof CAPTURE_SIDES)[number]

export const IMAGE_CONTENT_TYPES = ['image/jpeg', 'image/png'] as const
export type ImageContentType = (typeof IMAGE_CONTENT_TYPES)[number]

/**
 * The largest image accepted, per side. A 1920×1080 JPEG from a laptop camera at quality 0.92 is
 * 300–900 KB and a phone photo of a document chosen from a file 2–5 MB; 8 MB leaves room without
 * letting a renderer push hundreds of megabytes through IPC.
 */
export const IMAGE_MAX_BYTES = 8 * 1024 * 1024
/** Below this it is not a photo of anything (a JPEG header alone is some hundreds of bytes). */
export const IMAGE_MIN_BYTES = 256
/** front + reverse at most. */
export const MAX_IMAGES = 2

/**
 * The consent the operator reads to the person, by version (the words are the renderer's, in the
 * operator's language); recorded with the validation and sent as `user_authorized=true`.
 */
export const CONSENT_STATEMENT = 'onsite-consent-v1'

const JPEG_MAGIC = [0xff, 0xd8, 0xff]
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** The image type the bytes start as, if JPEG or PNG: a renamed text file is not an image. */
export function imageTypeOf(bytes: Uint8Array): ImageContentType | undefined {
  const starts = (magic: number[]) => magic.every((byte, index) => bytes[index] === byte)
  if (starts(JPEG_MAGIC)) return 'image/jpeg'
  if (starts(PNG_MAGIC)) return 'image/png'
  return undefined
}

/** Whether the bytes start as the declared type does. */
export function looksLike(bytes: Uint8Array, contentType: ImageContentType): boolean {
  return imageTypeOf(bytes) === contentType
}

/** Which images a validation of this type and document needs: a passport has no back [guess]. */
export function sidesFor(type: OnsiteType, documentType?: DocumentType): CaptureSide[] {
  if (type === 'face-recognition') return ['face']
  return documentType === 'passport' ? ['front'] : ['front', 'reverse']
}

const imageSchema = z.strictObject({
  side: z.enum(CAPTURE_SIDES),
  contentType: z.enum(IMAGE_CONTENT_TYPES),
  bytes: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'validation.imageType')
    .refine((bytes) => bytes.byteLength >= IMAGE_MIN_BYTES, 'validation.imageTooSmall')
    .refine((bytes) => bytes.byteLength <= IMAGE_MAX_BYTES, 'validation.imageTooLarge')
})

/**
 * `onsite.capture`: for an account Truora has (`accountId`), or for one still queued in the outbox
 * (`afterCreation`: that creation's outbox item, sent first; its ID, if the operator chose one, in
 * `accountId` too).
 */
export const onsiteCaptureSchema = z
  .strictObject({
    accountId: accountIdSchema.optional(),
    afterCreation: outboxIdSchema.optional(),
    type: z.enum(ONSITE_TYPES),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'validation.country'),
    documentType: z.enum(DOCUMENT_TYPES, 'validation.documentType').optional(),
    consent: z.strictObject({ given: z.literal(true), statement: z.literal(CONSENT_STATEMENT) }),
    images: z.array(imageSchema).min(1).max(MAX_IMAGES)
  })
  .superRefine((input, ctx) => {
    if (input.accountId === undefined && input.afterCreation === undefined)
      ctx.addIssue({ code: 'custom', path: ['accountId'], message: 'validation.required' })
    if (input.type === 'document-validation' && input.documentType === undefined)
      ctx.addIssue({ code: 'custom', path: ['documentType'], message: 'validation.documentType' })
    const wanted = sidesFor(input.type, input.documentType)
    const given = input.images.map((image) => image.side)
    if (given.length !== wanted.length || wanted.some((side) => !given.includes(side)))
      ctx.addIssue({ code: 'custom', path: ['images'], message: 'validation.imageSides' })
  })
export type OnsiteCaptureInput = z.input<typeof onsiteCaptureSchema>
export type OnsiteCapture = z.output<typeof onsiteCaptureSchema>

/**
 * Where an on-site validation is: waiting to be sent (`queued`; `waiting_account` while its account's
 * creation is still in the outbox), being created at Truora, its images going up, waiting for Truora's
 * result, or stopped with an error for the operator to retry or discard. A finished one leaves the
 * list: it is then a validation in the account's history like any other.
 */
type OnsiteStep = 'queued' | 'waiting_account' | 'creating' | 'uploading' | 'awaiting_result' | 'failed'

/**
 * An on-site validation's progress, kept durably in its outbox item (`OutboxItem.onsite`): each step
 * is written before the next request leaves, so a restart goes on from where it stopped.
 */
export interface OnsiteProgress {
  /** The outbox item of the account's creation, while that creation is queued. */
  afterCreation?: string
  consentAt: string
  capturedAt: string
  images: { side: CaptureSide; contentType: ImageContentType; bytes: number }[]
  step: Exclude<OnsiteStep, 'failed'>
  /** Validations of this type the account had before this one was created (to recognise ours). */
  knownBefore?: string[]
  validationId?: string
  /** The presigned links of `validationId`, received at `linksAt`; dropped once the images are up. */
  links?: Partial<Record<CaptureSide, string>>
  linksAt?: string
  uploaded: CaptureSide[]
  replaced: string[]
  /** New validations made because links expired, since it was queued or last retried. */
  renewals?: number
  imagesKept: boolean
  /** Reads of the result so far, and since when it is awaited. */
  polls?: number
  resultSince?: string
}

/** One on-site validation as the renderer sees it (`onsite.list`, `evt:onsite-changed`). */
export interface OnsiteValidation {
  /** This laptop's ID for it (its outbox item). */
  id: string
  /** Absent while it waits for a queued creation that lets Truora choose the ID. */
  accountId?: string
  type: OnsiteType
  country: string
  documentType?: DocumentType
  /** When the person's consent was recorded (ISO). */
  consentAt: string
  sides: CaptureSide[]
  step: OnsiteStep
  /** Truora's ID once created. */
  validationId?: string
  /** Images Truora has received. */
  uploaded: CaptureSide[]
  /**
   * Validations Truora created for it that were given up: their upload links expired, or the app
   * stopped while creating one. They never received the images.
   */
  replaced: string[]
  /** Whether the sealed images are still on this laptop (deleted once Truora has them). */
  imagesKept: boolean
  attempts: number
  nextAttemptAt?: string
  /** The last failure; `details.reason` says more (`link_expired`, `retention`, `account_discarded`…). */
  error?: { code: string; message: string; details?: { reason?: string } }
}
