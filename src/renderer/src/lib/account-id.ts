// Account ID helpers for the search box and the create form.
import { ACCOUNT_ID_MAX, ACCOUNT_ID_PATTERN } from '@shared/schemas'

/**
 * Whether typed text looks like an exact account ID worth asking Truora for (issue 5): the ID
 * alphabet (TRUORA_API.md "IDs and times"), no spaces, and either the `ACC` prefix of generated IDs
 * or a digit or separator that a plain name would not have.
 */
export function looksLikeAccountId(text: string): boolean {
  const value = text.trim()
  if (value.length < 3 || value.length > ACCOUNT_ID_MAX || !ACCOUNT_ID_PATTERN.test(value)) return false
  return /^ACC/i.test(value) || /[0-9_.-]/.test(value)
}

/**
 * The "from the person's document" account ID: country and document number, so creating the same
 * person twice meets the existing account (a `conflict`) instead of a duplicate.
 */
export function idFromDocument(
  country: string | undefined,
  documentNumber: string | undefined
): string | undefined {
  const code = country?.trim().toUpperCase()
  const number = documentNumber?.trim().replace(/[^A-Za-z0-9]/g, '')
  if (!code || !number) return undefined
  return `${code}-${number}`
}
