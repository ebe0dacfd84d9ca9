// Truora's codes in words, never the bare codes: validation types, failure statuses, declined
// reasons and process channels arrive as free strings (docs/truora-api.md "Validations API", "Digital
// Identity API"). Known ones have a message per language; an unknown one is still shown as words, from
// the code itself, and the raw code stays on hover and in the detail panel for support.
/** The i18n sections that word Truora's codes, one per kind of code. */
export type CodeGroup = 'validationTypes' | 'failureStatuses' | 'declinedReasons' | 'channels'

/** The i18n key of a code: Truora writes `face-recognition` and `geolocation_denied` alike. */
export function codeKey(group: CodeGroup, code: string): string {
  return `${group}.${code.trim().toLowerCase()}`
}

/** `face_not_detected` → "Face not detected": words for a code no message knows yet. */
export function humanizeCode(code: string): string {
  const words = code.trim().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}
