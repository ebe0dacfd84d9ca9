import { describe, expect, it } from 'vitest'
import { fold, parseQuery } from '../../src/main/search/normalize'

describe('fold', () => {
  it('drops case and accents the way operators type', () => {
    expect(fold('José García')).toBe('jose garcia')
    expect(fold('Conceição')).toBe('conceicao')
    expect(fold('MUÑOZ Ñandú')).toBe('munoz nandu')
    expect(fold('Ana Lúcia Gonçalves')).toBe('ana lucia goncalves')
    // Already decomposed input (e + combining acute) folds the same as composed input.
    expect(fold('Jose\u0301')).toBe('jose')
    expect(fold('ACC-12_x.y')).toBe('acc-12_x.y')
  })
})

describe('parseQuery', () => {
  it('splits words, every one required', () => {
    expect(parseQuery('  José   García ')).toEqual({ terms: [['jose'], ['garcia']] })
    expect(parseQuery('Conceição')).toEqual({ terms: [['conceicao']], idToken: 'conceicao' })
    expect(parseQuery('   ')).toEqual({ terms: [] })
  })

  it('reads phone-like queries as their digits', () => {
    expect(parseQuery('300 123')).toEqual({ terms: [['300123']] })
    expect(parseQuery('+57 (300) 123-45')).toEqual({ terms: [['5730012345']] })
    expect(parseQuery('1.234.567')).toEqual({ terms: [['1234567', '1.234.567']], idToken: '1.234.567' })
    expect(parseQuery('12345')).toEqual({ terms: [['12345']], idToken: '12345' })
    // No digits: an ordinary word.
    expect(parseQuery('-')).toEqual({ terms: [['-']], idToken: '-' })
  })
})
