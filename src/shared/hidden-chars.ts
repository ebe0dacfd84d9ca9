// Characters that change how text looks or is read without being seen (DESIGN.md §6 "Bounds": free
// text stripped of control and bidi characters): a NUL or other control character, a bidi override
// that shows "gpj.exe" as "exe.jpg" (U+202E), a zero-width character that makes two equal-looking
// names differ. Shared by the forms' input schemas (refused, with a field error) and by what main
// keeps of Truora's answers (stripped). Tab, line feed and carriage return are ordinary whitespace.

/**
 * C0 controls but tab, LF and CR; DEL and the C1 controls; the Arabic letter mark, LRM/RLM and the
 * bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069); zero-width space,
 * non-joiner and joiner, word joiner and invisible operators (U+200B–U+200D, U+2060–U+2064); the
 * Mongolian vowel separator and the byte-order mark / zero-width no-break space.
 */
const HIDDEN =
  '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF'

const ANY_HIDDEN = new RegExp(`[${HIDDEN}]`)
const ALL_HIDDEN = new RegExp(`[${HIDDEN}]`, 'g')

export function hasHiddenChars(text: string): boolean {
  return ANY_HIDDEN.test(text)
}

export function stripHiddenChars(text: string): string {
  return ANY_HIDDEN.test(text) ? text.replace(ALL_HIDDEN, '') : text
}
