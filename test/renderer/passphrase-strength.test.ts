// The strength said while a passphrase is typed (src/renderer/src/lib/passphrase-strength.ts): an
// honest estimate that errs low — too short under 8 characters, weak for what is guessed first
// (common passwords, repeats, runs), and words counted as words, not as letters.
import { describe, expect, it } from 'vitest'
import { passphraseStrength } from '@renderer/lib/passphrase-strength'

const level = (value: string) => passphraseStrength(value).level

describe('passphraseStrength', () => {
  it('is too short under 8 characters, counted as the operator sees them', () => {
    expect(level('')).toBe('too_short')
    expect(level('ab1$xyz')).toBe('too_short')
    // 8 characters, though "ñ" and "é" are written with more than one UTF-16 unit when decomposed.
    expect(level('ñandúéé1'.normalize('NFD')).startsWith('too')).toBe(false)
  })

  it('calls weak what is guessed first, whatever is added around it', () => {
    for (const value of [
      'password',
      'Password123!',
      'contraseña2024',
      'senha1234',
      'passwordpassword',
      'qwerty12'
    ]) {
      expect(level(value), value).toBe('weak')
    }
  })

  it('counts repeats and runs once', () => {
    for (const value of ['aaaaaaaa', '12345678', 'abcdefgh', '87654321', 'zzzzzzzzzzzz']) {
      expect(level(value), value).toBe('weak')
    }
  })

  it('counts words as words: four common words are good, not strong; six are strong', () => {
    expect(level('correct horse battery staple')).toBe('good')
    expect(level('lluvia en la sierra de bogota')).toBe('strong')
    expect(passphraseStrength('correct horse battery staple').bits).toBe(44)
  })

  it('gives no more than about 4 bits a character to anything a person typed', () => {
    expect(passphraseStrength('k9#Lq2!v').bits).toBe(32)
    expect(level('k9#Lq2!v')).toBe('fair')
    expect(level('k9#Lq2!vRt8zW4$m')).toBe('strong')
  })
})
