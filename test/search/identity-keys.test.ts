// The keys that say two accounts are the same person (duplicate warnings): document numbers however
// they are written, phones in any format read with the country, e-mails in any case and Unicode form.
import { describe, expect, it } from 'vitest'
import { documentKey, emailKey, identityKeysOf, phoneKey } from '../../src/main/search/identity-keys'

describe('identity keys', () => {
  it('folds document formatting, case and accents', () => {
    expect(documentKey('1.234.567-K')).toBe('1234567k')
    expect(documentKey(' 1234567k ')).toBe('1234567k')
    expect(documentKey('ÑÁ-123.45')).toBe(documentKey('na12345'))
    expect(documentKey('123.456.789-09')).toBe(documentKey('12345678909'))
    expect(documentKey(' .-')).toBeUndefined()
  })

  it('reads phones in E.164, nationally written ones with the country', () => {
    const e164 = '+573001234567'
    for (const written of ['300 123 4567', '(300) 123-4567', '3001234567']) {
      expect(phoneKey(written, 'CO')).toBe(e164)
    }
    expect(phoneKey('+57 300-123-4567', undefined)).toBe(e164)
    expect(phoneKey('+57 300 123 4567', 'MX')).toBe(e164)
    expect(phoneKey('(11) 98765-4321', 'BR')).toBe('+5511987654321')
    expect(phoneKey('3001234567', undefined)).toBeUndefined()
    expect(phoneKey('12', 'CO')).toBeUndefined()
  })

  it('case-folds e-mails and treats composed and decomposed accents alike', () => {
    const composed = 'Ana.P\u00e9rez@Correo.CO'
    const decomposed = 'ana.pe\u0301rez@correo.co'
    expect(emailKey(composed)).toBe(emailKey(decomposed))
    expect(emailKey('not an email')).toBeUndefined()
  })

  it('gives only the keys a record has', () => {
    expect(identityKeysOf({ document_number: '10.20.30', country: 'CO' })).toEqual({ document: '102030' })
    expect(identityKeysOf({})).toEqual({})
  })
})
