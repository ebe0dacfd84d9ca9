// The keys that tell whether two accounts are the same person (duplicate warnings; the web token's
// `phone` and `emails`): a document number with only its letters and digits, case and accents folded
// ("1.234.567-K" and "1234567k" are one); a phone in E.164, read with the account's country when it is
// written nationally ("300 123 4567" on a CO account is "+573001234567"); an e-mail case-folded.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js'
import type { Account } from '@shared/domain/truora-records'
import { fold } from './normalize'

export interface IdentityKeys {
  document?: string
  phone?: string
  email?: string
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : ''
}

export function documentKey(value: unknown): string | undefined {
  const key = fold(text(value)).replace(/[^a-z0-9]/g, '')
  return key === '' ? undefined : key
}

/** E.164, or undefined when the number cannot be read as a phone (too short, no country to read it with). */
export function phoneKey(value: unknown, country: unknown): string | undefined {
  const phone = text(value)
  if (phone === '') return undefined
  // Already E.164 (as Truora's records mostly are): no need to parse it, which costs some 12 µs a
  // number — a second for the 100,000 accounts of a full cache.
  if (/^\+[1-9]\d{6,14}$/.test(phone)) return phone
  const region = text(country).toUpperCase()
  try {
    const parsed = parsePhoneNumberFromString(
      phone,
      /^[A-Z]{2}$/.test(region) ? (region as CountryCode) : undefined
    )
    return parsed?.isPossible() ? parsed.number : undefined
  } catch {
    return undefined
  }
}

export function emailKey(value: unknown): string | undefined {
  const email = text(value).normalize('NFC').toLowerCase()
  return email.includes('@') ? email : undefined
}

export function identityKeysOf(
  fields: Pick<Account, 'document_number' | 'phone_number' | 'email' | 'country'>
): IdentityKeys {
  const keys: IdentityKeys = {}
  const document = documentKey(fields.document_number)
  const phone = phoneKey(fields.phone_number, fields.country)
  const email = emailKey(fields.email)
  if (document !== undefined) keys.document = document
  if (phone !== undefined) keys.phone = phone
  if (email !== undefined) keys.email = email
  return keys
}
