// The small alphabet the index works in: folded text is mostly a-z, digits and . @ _ -, each with its
// own code; anything else shares OTHER, so lookups on it are only a first cut, checked against the text.
// Query words never hold whitespace (they are split on it), so grams spanning whitespace are skipped.

export const ALPHABET = 42
export const OTHER = 41
const SPACE = 0
/**
 * Bigram and trigram keys share one key space: a bigram's key is below ALPHABET², and a trigram's
 * first code is never SPACE (0), so its key is at least ALPHABET² + ALPHABET + 1.
 */
export const GRAM_KEYS = ALPHABET ** 3
const CODES = buildCodes()

function buildCodes(): Uint8Array {
  const codes = new Uint8Array(128).fill(OTHER)
  for (let c = 97; c <= 122; c++) codes[c] = c - 96 // a-z → 1..26
  for (let c = 48; c <= 57; c++) codes[c] = c - 21 // 0-9 → 27..36
  codes[46] = 37 // .
  codes[64] = 38 // @
  codes[95] = 39 // _
  codes[45] = 40 // -
  for (const c of [9, 10, 11, 12, 13, 32]) codes[c] = SPACE // whitespace and the field separator
  return codes
}

export function codeOf(charCode: number): number {
  return charCode < 128 ? (CODES[charCode] as number) : OTHER
}

/**
 * Writes the bigram and trigram keys of `text` into `out` (which must hold `2 * text.length` numbers)
 * and returns how many: repeats included, grams across whitespace left out since no query word spans
 * whitespace.
 */
export function gramKeys(text: string, out: Int32Array): number {
  let n = 0
  let a = SPACE
  let b = text.length > 0 ? codeOf(text.charCodeAt(0)) : SPACE
  for (let i = 1; i < text.length; i++) {
    const c = codeOf(text.charCodeAt(i))
    if (b !== SPACE && c !== SPACE) {
      out[n++] = b * ALPHABET + c
      if (a !== SPACE) out[n++] = (a * ALPHABET + b) * ALPHABET + c
    }
    a = b
    b = c
  }
  return n
}

/** Key of a two-character word. */
export function bigramOf(word: string): number {
  return codeOf(word.charCodeAt(0)) * ALPHABET + codeOf(word.charCodeAt(1))
}

/** Distinct trigram keys of a query word (of three characters or more, without whitespace). */
export function trigramsOf(word: string): number[] {
  const keys = new Set<number>()
  for (let i = 2; i < word.length; i++) {
    keys.add((codeOf(word.charCodeAt(i - 2)) * ALPHABET + codeOf(word.charCodeAt(i - 1))) * ALPHABET + codeOf(word.charCodeAt(i)))
  }
  return [...keys]
}

/** Two 32-bit words with bit `code` set for each character code `text` holds. */
export function charMask(text: string): [low: number, high: number] {
  let low = 0
  let high = 0
  for (let i = 0; i < text.length; i++) {
    const code = codeOf(text.charCodeAt(i))
    if (code < 32) low |= 1 << code
    else high |= 1 << (code - 32)
  }
  return [low >>> 0, high]
}
