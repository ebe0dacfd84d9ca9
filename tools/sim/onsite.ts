// Validations created through the API (TRUORA_API.md "Validations API", `POST /v1/validations`) and
// the presigned upload links of their images, served by the simulator itself: `PUT <origin>/uploads/
// <token>?X-Sim-Expires=…&X-Sim-Signature=…`, outside the three API prefixes, with no key (like an S3
// presigned URL). A link answers 403 once it has expired. A validation stays `pending` until every
// image it asked for has arrived, then for `resultAfterPolls` more reads, then takes the configured
// outcome (`success`, or `failure` with a declined reason).
import { createHash } from 'node:crypto'
import type { Validation } from '@shared/domain/truora-records'
import { createRng } from './prng'

/** What a validation's images are called in its `instructions` (TRUORA_API.md [doc]). */
export type UploadSide = 'front' | 'reverse' | 'face'

type SimOutcome =
  { status: 'success' } | { status: 'failure'; declinedReason: string; failureStatus?: string }

export interface OnsiteSettings {
  /** How long an upload link works; default 15 minutes (DESIGN.md §4 "Presigned media URLs"). */
  uploadTtlMs: number
  /** Reads of a complete validation that still answer `pending`; default 1. */
  resultAfterPolls: number
  /** What a complete validation becomes; default success. */
  outcome: SimOutcome
  /**
   * The origin written into upload links; default the simulator's own. A crash test points it at
   * the forwarder in front of the simulator, so uploads pass where the test can hold them.
   */
  uploadOrigin?: string
  /** Largest image accepted, in bytes; default 10 MB (413 beyond). */
  maxUploadBytes: number
}

export const DEFAULT_ONSITE: OnsiteSettings = {
  uploadTtlMs: 15 * 60_000,
  resultAfterPolls: 1,
  outcome: { status: 'success' },
  maxUploadBytes: 10 * 1024 * 1024
}

/** One image that arrived, as tests check it: which validation and side, its size and digest. */
export interface SimUpload {
  validationId: string
  side: UploadSide
  contentType: string
  bytes: number
  sha256: string
  /** How many PUTs this side has received (a repeated PUT replaces the object, as S3 does). */
  puts: number
}

interface UploadLink {
  validationId: string
  side: UploadSide
  expiresAt: number
}

interface Created {
  validation: Validation
  needs: UploadSide[]
  uploads: Map<UploadSide, SimUpload>
  /** Reads since every image arrived. */
  polls: number
}

export interface SimAnswer {
  status: number
  body: unknown
  headers?: Record<string, string>
}

const TYPES = ['document-validation', 'face-recognition'] as const
const DOCUMENT_TYPES = ['national-id', 'foreign-id', 'identity-card', 'passport']
const FIELDS = new Set([
  'type',
  'account_id',
  'country',
  'document_type',
  'user_authorized',
  'threshold',
  'timeout',
  'subvalidations'
])
const ID = /^[a-zA-Z0-9_.-]+$/
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png'])

function error(status: number, message: string): SimAnswer {
  return { status, body: { code: 10000 + status, http_code: status, message } }
}

/** The S3-style refusal a presigned PUT gets: XML, not Truora's JSON. */
function s3Error(status: number, code: string, message: string): SimAnswer {
  return {
    status,
    body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
    headers: { 'Content-Type': 'application/xml' }
  }
}

export class SimValidations {
  private readonly created = new Map<string, Created>()
  private readonly byAccount = new Map<string, string[]>()
  private readonly links = new Map<string, UploadLink>()
  private serial = 0

  constructor(
    private readonly seed: number,
    readonly settings: OnsiteSettings
  ) {}

  /** `POST /v1/validations`; `origin` is where upload links point unless settings say otherwise. */
  create(form: Record<string, string>, now: Date, origin: string): SimAnswer {
    for (const field of Object.keys(form)) {
      if (!FIELDS.has(field)) return error(400, `invalid parameter: ${field}`)
    }
    const type = form.type
    if (type === undefined) return error(400, 'missing parameter: type')
    if (!(TYPES as readonly string[]).includes(type)) return error(400, 'invalid parameter: type')
    const accountId = form.account_id
    if (accountId === undefined) return error(400, 'missing parameter: account_id')
    if (!ID.test(accountId)) return error(400, 'invalid parameter: account_id')
    if (form.user_authorized !== 'true') return error(400, 'user_authorized must be true')
    if (form.country !== undefined && !/^[A-Z]{2}$/.test(form.country))
      return error(400, 'invalid parameter: country')
    if (type === 'document-validation') {
      if (form.country === undefined) return error(400, 'missing parameter: country')
      if (form.document_type === undefined) return error(400, 'missing parameter: document_type')
      if (!DOCUMENT_TYPES.includes(form.document_type)) return error(400, 'invalid parameter: document_type')
    }
    const rng = createRng(this.seed, 'validation', this.serial++)
    const id = `VLD${rng.hex(32)}`
    const stamp = now.toISOString()
    // A passport has no back [guess]: only a front link is answered for it.
    const needs: UploadSide[] =
      type === 'face-recognition'
        ? ['face']
        : form.document_type === 'passport'
          ? ['front']
          : ['front', 'reverse']
    const validation: Validation = {
      validation_id: id,
      account_id: accountId,
      type,
      validation_status: 'pending',
      creation_date: stamp,
      update_date: stamp,
      validation_inputs: {
        ...(form.country === undefined ? {} : { country: form.country }),
        ...(form.document_type === undefined ? {} : { document_type: form.document_type })
      },
      ...(form.threshold === undefined ? {} : { threshold: Number(form.threshold) })
    }
    this.created.set(id, { validation, needs, uploads: new Map(), polls: 0 })
    this.byAccount.set(accountId, [...(this.byAccount.get(accountId) ?? []), id])
    const base = this.settings.uploadOrigin ?? origin
    const expiresAt = now.getTime() + this.settings.uploadTtlMs
    const link = (side: UploadSide): string => {
      const token = rng.hex(24)
      this.links.set(token, { validationId: id, side, expiresAt })
      const signature = createHash('sha256').update(`${token}:${expiresAt}`).digest('hex').slice(0, 32)
      return `${base}/uploads/${token}?X-Sim-Expires=${Math.floor(expiresAt / 1000)}&X-Sim-Signature=${signature}`
    }
    const instructions =
      type === 'face-recognition'
        ? { file_upload_link: link('face') }
        : {
            front_url: link('front'),
            ...(needs.includes('reverse') ? { reverse_url: link('reverse') } : {})
          }
    return {
      status: 200,
      body: { validation_id: id, account_id: accountId, type, validation_status: 'pending', instructions }
    }
  }

  /** `PUT /uploads/<token>`: the raw image, no key. */
  upload(token: string, contentType: string | undefined, body: Buffer, now: Date): SimAnswer {
    const link = this.links.get(token)
    if (!link) return s3Error(403, 'SignatureDoesNotMatch', 'The request signature does not match')
    if (now.getTime() > link.expiresAt) return s3Error(403, 'AccessDenied', 'Request has expired')
    const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase()
    if (!IMAGE_TYPES.has(type)) return s3Error(400, 'InvalidArgument', 'Content-Type must be an image')
    if (body.length === 0) return s3Error(400, 'MissingContent', 'The body is empty')
    if (body.length > this.settings.maxUploadBytes)
      return s3Error(413, 'EntityTooLarge', 'The image is larger than allowed')
    const created = this.created.get(link.validationId)!
    const earlier = created.uploads.get(link.side)
    created.uploads.set(link.side, {
      validationId: link.validationId,
      side: link.side,
      contentType: type,
      bytes: body.length,
      sha256: createHash('sha256').update(body).digest('hex'),
      puts: (earlier?.puts ?? 0) + 1
    })
    return { status: 200, body: '', headers: { ETag: `"${createHash('md5').update(body).digest('hex')}"` } }
  }

  private complete(created: Created): boolean {
    return created.needs.every((side) => created.uploads.has(side))
  }

  /** One read of a created validation: counts towards its result once every image is in. */
  read(id: string, now: Date): Validation | undefined {
    const created = this.created.get(id)
    if (!created) return undefined
    if (created.validation.validation_status === 'pending' && this.complete(created)) {
      created.polls++
      if (created.polls > this.settings.resultAfterPolls) this.decide(created, now)
    }
    return created.validation
  }

  private decide(created: Created, now: Date): void {
    const outcome = this.settings.outcome
    const stamp = now.toISOString()
    created.validation =
      outcome.status === 'success'
        ? { ...created.validation, validation_status: 'success', update_date: stamp, details: {} }
        : {
            ...created.validation,
            validation_status: 'failure',
            failure_status: outcome.failureStatus ?? 'declined',
            declined_reason: outcome.declinedReason,
            update_date: stamp,
            details: {}
          }
  }

  /** The account's validations created here, as its history lists them (without a read counted). */
  forAccount(accountId: string): Validation[] {
    return (this.byAccount.get(accountId) ?? []).map((id) => this.created.get(id)!.validation)
  }

  /** Every validation created here, with the images it received (for tests). */
  all(): { validation: Validation; needs: UploadSide[]; uploads: SimUpload[] }[] {
    return [...this.created.values()].map((created) => ({
      validation: created.validation,
      needs: created.needs,
      uploads: [...created.uploads.values()]
    }))
  }
}
