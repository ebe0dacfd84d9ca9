// Text folding and query parsing shared by the haystacks and the queries, so both sides of every
// comparison are folded the same way: case- and accent-insensitive, so "nunez" finds "Núñez".

const NON_ASCII = /[^\p{ASCII}]/gu
const COMBINING_MARKS = /\p{M}/gu
/** Folded form of each non-ASCII character met so far: NFD once per character, not per string. */
const FOLDED = new Map<string, string>()
const PHONE_LIKE = /^[+\d\s().-]+$/
const NON_DIGITS = /\D/g
const WHITESPACE = /\s+/

/** Lower case without accents: "José García" → "jose garcia", "Conceição" → "conceicao". */
export function fold(text: string): string {
  // Per character, since NFD decomposes each character on its own and marks are dropped anyway;
  // normalizing whole strings made indexing 100 000 accounts several times slower.
  return text.toLowerCase().replace(NON_ASCII, foldChar)
}

function foldChar(char: string): string {
  let folded = FOLDED.get(char)
  if (folded === undefined) {
    folded = char.normalize('NFD').replace(COMBINING_MARKS, '')
    FOLDED.set(char, folded)
  }
  return folded
}

export function digitsOf(text: string): string {
  return text.replace(NON_DIGITS, '')
}

export interface ParsedQuery {
  /** Every term must occur in an account's haystack; a term occurs when any of its needles does. */
  terms: string[][]
  /** The folded query when it is a single word: what exact and prefix ID ranking compare with. */
  idToken?: string
}

/**
 * Splits a query into folded words (AND). A query made only of digits and phone punctuation
 * ("300 123", "+57 300-123", "1.234.567") is one term of its digits, so a phone or a document number
 * matches however the operator groups it; written as one word it may also match literally (an ID
 * such as "crm-001234" or a document number stored with its dots).
 */
export function parseQuery(text: string): ParsedQuery {
  const folded = fold(text).trim()
  if (folded === '') return { terms: [] }
  const single = !WHITESPACE.test(folded)
  const base: ParsedQuery = single ? { terms: [], idToken: folded } : { terms: [] }
  if (PHONE_LIKE.test(folded)) {
    const digits = digitsOf(folded)
    if (digits !== '') {
      base.terms = [single && folded !== digits ? [digits, folded] : [digits]]
      return base
    }
  }
  base.terms = folded.split(WHITESPACE).map((word) => [word])
  return base
}
