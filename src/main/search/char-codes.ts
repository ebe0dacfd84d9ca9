// The small alphabet the index works in: folded text is mostly a-z, digits and . @ _ -, each with its
// own code; anything else shares OTHER, so lookups on it are only a first cut, checked against the text.
// Query words never hold whitespace (they are split on it), so grams spanning whitespace are skipped.

const ALPHABET = 42
export const OTHER = 41
const SPACE = 0
/**
 * Unigram, bigram and trigram keys share one key space. A gram's codes are never SPACE (0), so a
 * unigram's key is below ALPHABET, a bigram's between ALPHABET + 1 and ALPHABET² - 1, and a trigram's
 * at least ALPHABET² + ALPHABET + 1.
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
 * Writes the unigram, bigram and trigram keys of `text` into `out` (which must hold
 * `3 * text.length` numbers) and returns how many: repeats included, grams holding whitespace left
 * out since no query word holds any.
 */
export function gramKeys(text: string, out: Int32Array): number {
  let n = 0
  let a = SPACE
  let b = SPACE
  for (let i = 0; i < text.length; i++) {
    const c = codeOf(text.charCodeAt(i))
    if (c !== SPACE) {
      out[n++] = c
      if (b !== SPACE) {
        out[n++] = b * ALPHABET + c
        if (a !== SPACE) out[n++] = (a * ALPHABET + b) * ALPHABET + c
      }
    }
    a = b
    b = c
  }
  return n
}

/** The key of a word of one, two or three characters (without whitespace). */
export function gramOf(word: string): number {
  let key = 0
  for (let i = 0; i < word.length; i++) key = key * ALPHABET + codeOf(word.charCodeAt(i))
  return key
}

/** Distinct trigram keys of a query word (of three characters or more, without whitespace). */
export function trigramsOf(word: string): number[] {
  const keys = new Set<number>()
  for (let i = 2; i < word.length; i++) {
    keys.add(
      (codeOf(word.charCodeAt(i - 2)) * ALPHABET + codeOf(word.charCodeAt(i - 1))) * ALPHABET +
        codeOf(word.charCodeAt(i))
    )
  }
  return [...keys]
}
