// Account ID helpers for the search box and the create form.
import { ACCOUNT_ID_MAX, ACCOUNT_ID_PATTERN } from '@shared/schemas'

/**
 * Whether typed text looks like an exact account ID worth asking Truora for: the ID
 * alphabet (docs/truora-api.md "IDs and times"), no spaces, and either the `ACC` prefix of generated IDs
 * or a digit or separator that a plain name would not have.
 */
export function looksLikeAccountId(text: string): boolean {
  const value = text.trim()
  if (value.length < 3 || value.length > ACCOUNT_ID_MAX || !ACCOUNT_ID_PATTERN.test(value)) return false
  return /^ACC/i.test(value) || /[0-9_.-]/.test(value)
}

/** A Truora process (`IDP…`), validation (`VLD…`) or flow (`IPF…`) ID, matched exactly by the search. */
export function isTruoraHistoryId(text: string): boolean {
  return /^(IDP|VLD|IPF)[A-Za-z0-9]{4,64}$/i.test(text.trim())
}

/**
 * A process or validation ID long enough to be whole, worth asking Truora about when the cache does
 * not hold it: Truora's IDs are the prefix and a long hex string [seen: 32]; a partial one typed so
 * far is matched locally only, never "not found" at Truora.
 */
export function isWholeHistoryId(text: string): boolean {
  return /^(IDP|VLD)[A-Za-z0-9]{20,64}$/i.test(text.trim())
}

const GENERATED_ID = /^ACC[0-9a-f]{32}$/i
/** Digits with phone punctuation: a phone or a document number being typed. */
const NUMBER_LIKE = /^[+\d\s().-]+$/

/**
 * Whether a lookup's "Truora has no account with the ID …" may be said: the text is a whole account
 * ID, not a phone, part of a document number or part of an e-mail. A generated `ACC…` ID always is;
 * text that is only digits and phone punctuation never is; otherwise only when the local search did
 * not find it in a person's field (`matchedFields`: the fields the first page's rows matched in).
 */
export function isWholeAccountId(text: string, matchedFields: readonly (string | undefined)[]): boolean {
  const value = text.trim()
  if (GENERATED_ID.test(value)) return true
  if (!looksLikeAccountId(value) || NUMBER_LIKE.test(value)) return false
  return !matchedFields.some((field) => field !== undefined && field !== 'account_id')
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
