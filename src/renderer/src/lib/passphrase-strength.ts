// How strong a passphrase is, said while it is typed (the add and migration forms). A simple, honest
// estimate without a dictionary: it errs low. Bits are the least of three guesses at how a person
// picks — characters from the classes used, about 4 bits per character people choose (repeats and
// runs like "aaaa" or "1234" count once), and about 11 bits per word when it is words — and a short
// list of the passwords tried first everywhere makes any of them weak. A well-kept estimator
// (@zxcvbn-ts/core) would know far more patterns; this one only promises not to flatter.
import { PASSPHRASE_MIN } from '@shared/schemas'

type StrengthLevel = 'too_short' | 'weak' | 'fair' | 'good' | 'strong'

export interface Strength {
  level: StrengthLevel
  /** The estimate, in bits of guessing. */
  bits: number
}

/** Tried first by anyone guessing, in the app's three languages (compared without case, digits or symbols). */
const COMMON = new Set([
  'password',
  'passw0rd',
  'qwerty',
  'qwertyuiop',
  'asdfgh',
  'iloveyou',
  'welcome',
  'admin',
  'letmein',
  'monkey',
  'dragon',
  'football',
  'contrasena',
  'contraseña',
  'clave',
  'bienvenido',
  'teamo',
  'senha',
  'minhasenha',
  'bemvindo',
  'truora',
  'truoraaccountlookup'
])

const WORD_BITS = 11
const CHAR_BITS = 4

function poolOf(chars: string[]): number {
  let pool = 0
  if (chars.some((c) => /[a-z]/.test(c))) pool += 26
  if (chars.some((c) => /[A-Z]/.test(c))) pool += 26
  if (chars.some((c) => /[0-9]/.test(c))) pool += 10
  if (chars.some((c) => /[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/.test(c))) pool += 33
  if (chars.some((c) => c.codePointAt(0)! > 0x7e)) pool += 100
  return Math.max(pool, 1)
}

/** Characters that add something: not the same as the one before, and not the next or previous code point. */
function effectiveLength(chars: string[]): number {
  let count = 0
  for (let i = 0; i < chars.length; i++) {
    const here = chars[i]!.toLowerCase().codePointAt(0)!
    const before = i > 0 ? chars[i - 1]!.toLowerCase().codePointAt(0)! : undefined
    if (before === undefined || Math.abs(here - before) > 1) count += 1
  }
  return count
}

export function passphraseStrength(value: string): Strength {
  const chars = [...value]
  if (chars.length < PASSPHRASE_MIN) return { level: 'too_short', bits: 0 }
  const letters = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-zñ]/g, '')
  // One of them, or the start of one repeated ("passwordpassword", "pass" + digits).
  const repeatsOne = letters.length >= 4 && [...COMMON].some((word) => word.repeat(4).startsWith(letters))
  if (COMMON.has(letters) || repeatsOne) return { level: 'weak', bits: 10 }

  const byPool = chars.length * Math.log2(poolOf(chars))
  const byChoice = effectiveLength(chars) * CHAR_BITS
  const words = value.split(/[\s_.-]+/).filter((word) => /\p{L}{2,}/u.test(word))
  const byWords =
    words.length >= 2 ? words.length * WORD_BITS + (/[^\p{L}\s]/u.test(value) ? 4 : 0) : Infinity
  const bits = Math.round(Math.min(byPool, byChoice, byWords))
  const level: StrengthLevel = bits < 28 ? 'weak' : bits < 40 ? 'fair' : bits < 56 ? 'good' : 'strong'
  return { level, bits }
}
