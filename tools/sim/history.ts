// Each seeded account's validations and identity processes, regenerated on demand from (seed, index)
// so the simulator never holds 100 000 histories in memory. Shapes follow TRUORA_API.md
// "Validations API" and "Digital Identity API".
import type { Account, ProcessResult, Validation } from '@shared/domain/truora-records'
import { createRng, type Rng } from './prng'
import { CITIES } from './names'
import { SEED_ANCHOR_MS, clientIdFor, formatTimestamp, indexedId } from './ids'

export interface AccountHistory {
  /** Oldest first, each with its `details` (the simulator strips them unless `show_details=true`). */
  validations: Validation[]
  /** Full results; `GET /v1/processes/?search=` lists a subset of each one's fields. */
  processes: ProcessResult[]
}

export const VALIDATION_TYPES = [
  'face-recognition',
  'document-validation',
  'electronic-signature',
  'phone-verification',
  'email-verification'
] as const

const DECLINED_REASONS: Record<(typeof VALIDATION_TYPES)[number], readonly string[]> = {
  'face-recognition': [
    'face_not_detected',
    'similarity_threshold_not_passed',
    'passive_liveness_failed',
    'geolocation_denied'
  ],
  'document-validation': [
    'document_expired',
    'invalid_document',
    'photo_of_photo',
    'data_mismatch',
    'underage'
  ],
  'electronic-signature': ['signature_rejected', 'otp_not_verified'],
  'phone-verification': ['invalid_code', 'phone_mismatch'],
  'email-verification': ['invalid_code', 'email_not_verified']
}
const PROCESS_DECLINED_REASONS = [
  'geolocation_denied',
  'face_mismatch',
  'document_expired',
  'blacklisted',
  'underage'
]
const STATUSES = [
  ['success', 55],
  ['pending', 20],
  ['failure', 25]
] as const
const FAILURE_STATUSES = [
  ['declined', 70],
  ['expired', 20],
  ['system_error', 10]
] as const

/** The identity flows (`IPF…`) this seed's processes run. */
function flowIdsFor(seed: number): string[] {
  const rng = createRng(seed, 'flows')
  return Array.from({ length: 4 }, () => `IPF${rng.hex(32)}`)
}

function outcome(rng: Rng, status: string, reasons: readonly string[]): Record<string, string> {
  if (status !== 'failure') return {}
  const failureStatus = rng.weighted(FAILURE_STATUSES)
  return failureStatus === 'declined'
    ? { failure_status: failureStatus, declined_reason: rng.pick(reasons) }
    : { failure_status: failureStatus }
}

/** A presigned media link: it stops working 15 minutes after `at` (TRUORA_API.md "Validations API"). */
function presigned(rng: Rng, validationId: string, file: string, at: number): string {
  const date = new Date(at).toISOString().replace(/[-:]|\.\d+/g, '')
  return `https://truora-sim-media.s3.amazonaws.com/${validationId}/${file}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=${date}&X-Amz-Expires=900&X-Amz-Signature=${rng.hex(64)}`
}

function detailsFor(
  type: string,
  account: Account,
  rng: Rng,
  validationId: string,
  at: number
): Partial<Validation> {
  switch (type) {
    case 'face-recognition':
      return {
        threshold: rng.chance(0.3) ? '0.65' : rng.pick([0.6, 0.65, 0.75]),
        details: {
          face_recognition_validations: {
            confidence_score: Number(rng.next().toFixed(4)),
            similarity_status: rng.pick(['valid', 'invalid']),
            passive_liveness_status: rng.pick(['passed', 'failed'])
          }
        },
        user_response: { input_files: [presigned(rng, validationId, 'selfie.jpg', at)] }
      }
    case 'document-validation':
      return {
        validation_inputs: {
          country: account.country ?? 'ALL',
          document_type: account.document_type ?? 'national-id'
        },
        details: {
          document_details: {
            country: account.country,
            document_type: account.document_type,
            document_number: account.document_number,
            name: account.first_name,
            last_name: account.last_name
          }
        },
        user_response: {
          input_files: [
            presigned(rng, validationId, 'front.jpg', at),
            presigned(rng, validationId, 'reverse.jpg', at)
          ]
        }
      }
    case 'electronic-signature':
      return {
        details: {
          signature: { acceptance_text: 'Acepto los términos y condiciones', document_hash: rng.hex(64) }
        }
      }
    case 'phone-verification':
      return { details: { phone_number: account.phone_number, channel: rng.pick(['sms', 'whatsapp']) } }
    default:
      return { details: { email: account.email } }
  }
}

export function generateHistory(account: Account, index: number, seed: number): AccountHistory {
  const rng = createRng(seed, index, 'history')
  const created = Date.parse(account.creation_date ?? '') || SEED_ANCHOR_MS - 86400e3
  const later = (): number => created + rng.next() * (SEED_ANCHOR_MS - created)
  const flows = flowIdsFor(seed)
  const clientId = clientIdFor(seed)

  const processCount = rng.weighted([
    [0, 35],
    [1, 45],
    [2, 20]
  ] as const)
  const processes: ProcessResult[] = []
  for (let p = 0; p < processCount; p++) {
    const start = later()
    const status = rng.weighted(STATUSES)
    const createdVia = rng.pick(['web', 'whatsapp'])
    processes.push({
      process_id: indexedId('IDP', seed, index, rng, p),
      account_id: account.account_id,
      flow_id: rng.pick(flows),
      client_id: clientId,
      status,
      ...outcome(rng, status, PROCESS_DECLINED_REASONS),
      created_via: createdVia,
      country: rng.chance(0.5) ? 'ALL' : (account.country ?? 'ALL'),
      creation_date: formatTimestamp(start, rng),
      update_date: formatTimestamp(start + rng.int(30, 1800) * 1000, rng),
      document_number: account.document_number,
      first_name: account.first_name,
      last_name: account.last_name,
      flow_version: rng.chance(0.2) ? String(rng.int(1, 5)) : rng.int(1, 5),
      validations: [],
      last_finished_step: {
        step_id: `IPS${rng.hex(32)}`,
        step_type: rng.pick(['document-validation', 'face-recognition', 'phone-verification'])
      },
      ip_address: `181.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
      city: rng.pick(CITIES[account.country ?? 'CO'] ?? ['Bogotá']),
      devices_info: {
        device_model: rng.pick(['iPhone 13', 'Samsung Galaxy A54', 'Moto G84', 'Desktop']),
        os: rng.pick(['iOS 17', 'Android 14', 'Windows 11'])
      },
      trigger_info: { trigger_type: createdVia === 'web' ? 'link' : 'whatsapp_message' },
      time_to_live: rng.pick([3600, 7200, 86400])
    })
  }

  const validationCount = rng.int(1, 4)
  const validations: Validation[] = []
  for (let v = 0; v < validationCount; v++) {
    const type = rng.pick(VALIDATION_TYPES)
    const process = processes.length > 0 && rng.chance(0.5) ? rng.pick(processes) : undefined
    const status = process?.status ?? rng.weighted(STATUSES)
    const start = later()
    const id = indexedId('VLD', seed, index, rng, v)
    const validation: Validation = {
      validation_id: id,
      account_id: account.account_id,
      type,
      validation_status: status,
      ...outcome(rng, status, DECLINED_REASONS[type]),
      // Truora sends some numbers as strings (TRUORA_API.md "accept both").
      remaining_retries: rng.chance(0.2) ? String(rng.int(0, 3)) : rng.int(0, 3),
      creation_date: formatTimestamp(start, rng),
      update_date: formatTimestamp(status === 'pending' ? start : start + rng.int(2, 600) * 1000, rng),
      ...(process ? { identity_process_id: process.process_id } : {}),
      ...detailsFor(type, account, rng, id, start)
    }
    validations.push(validation)
    process?.validations?.push(validation)
  }
  validations.sort((a, b) => Date.parse(a.creation_date ?? '') - Date.parse(b.creation_date ?? ''))
  return { validations, processes }
}
