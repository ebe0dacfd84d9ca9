// One folded string per account holding every searchable field, instead of an object of many strings
// per account: the compact form the memory target asks for (backend heap ≤ 3× the plaintext).
import { getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js'
import type { Account } from '@shared/domain/truora-records'
import { digitsOf, fold } from './normalize'

/**
 * Between fields. Query words never contain it (they are split on whitespace), so no word can match
 * across two fields.
 */
export const FIELD_SEPARATOR = '\n'

/**
 * The account ID comes first, so exact and prefix ID ranking is a `startsWith` on the haystack.
 * Then names, email, document number (also without its dots and dashes) and phone digits.
 */
export function haystackOf(account: Account): string {
  const fields = [fold(account.account_id)]
  const name = [text(account.first_name), text(account.last_name)].filter((part) => part !== '').join(' ')
  if (name !== '') fields.push(fold(name))
  const email = text(account.email)
  if (email !== '') fields.push(fold(email))
  const document = fold(text(account.document_number))
  if (document !== '') {
    fields.push(document)
    const compact = document.replace(/[^a-z0-9]/g, '')
    if (compact !== document && compact !== '') fields.push(compact)
  }
  const phone = phoneDigits(text(account.phone_number), text(account.country).toUpperCase())
  if (phone !== '') fields.push(phone)
  return fields.join(FIELD_SEPARATOR)
}

/**
 * Digits with the country calling code, so "+57 300-123" finds a phone stored nationally
 * ("3001234567") on a CO account as well as one stored as E.164 ("+573001234567").
 */
function phoneDigits(phone: string, country: string): string {
  const digits = digitsOf(phone)
  if (digits === '' || phone.trimStart().startsWith('+') || !isSupportedCountry(country)) return digits
  return `${getCountryCallingCode(country)}${digits}`
}

/** Truora may send any field with another type (TRUORA_API.md "accept unknown fields"). */
function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : ''
}
