// The one rule for where the API key may go (src/main/truora/egress.ts), as a table: what each
// reference resolves to against Truora's production base and against a base behind a path prefix
// (the simulator, a proxy), and why the hostile ones are refused.
import { describe, expect, it } from 'vitest'
import { egressRefusal, resolveWithinBase, withinAnyBase } from '../../src/main/truora/egress'

const PRODUCTION = 'https://api.validations.truora.com/v1'
const PREFIXED = 'http://127.0.0.1:4010/validations/v1'

type Row = [reference: string, expected: string]

/** `expected` is the URL followed, or `refused: <why>`. */
const production: Row[] = [
  ['/v1/accounts?start_key=abc', 'https://api.validations.truora.com/v1/accounts?start_key=abc'],
  ['/v1', 'https://api.validations.truora.com/v1'],
  [
    'https://api.validations.truora.com/v1/accounts?start_key=a',
    'https://api.validations.truora.com/v1/accounts?start_key=a'
  ],
  ['HTTPS://API.Validations.Truora.com:443/v1/x', 'https://api.validations.truora.com/v1/x'],
  ['//evil.example/v1/accounts?start_key=a', 'refused: origin'],
  ['/\\evil.example/v1/accounts', 'refused: origin'],
  ['\\\\evil.example/v1/accounts', 'refused: origin'],
  ['/\t/evil.example/v1/accounts', 'refused: origin'],
  ['/\n/evil.example/v1/accounts', 'refused: origin'],
  ['https://evil.example/v1/accounts', 'refused: origin'],
  ['https://api.validations.truora.com.evil.example/v1/', 'refused: origin'],
  ['https://api.validations.truora.com:8443/v1/accounts', 'refused: origin'],
  ['https://api.identity.truora.com/v1/processes', 'refused: origin'],
  ['https://api.validations.truora.com@evil.example/v1/accounts', 'refused: credentials'],
  ['https://user:secret@api.validations.truora.com/v1/accounts', 'refused: credentials'],
  ['http://api.validations.truora.com/v1/accounts', 'refused: scheme'],
  ['ftp://api.validations.truora.com/v1/accounts', 'refused: scheme'],
  ['file:///etc/passwd', 'refused: scheme'],
  ['/v2/accounts', 'refused: path'],
  ['/v1accounts', 'refused: path'],
  ['/v1/../admin', 'refused: path'],
  ['/v1/%2e%2e/admin', 'refused: path'],
  ['/v1/.%2E/admin', 'refused: path'],
  ['/%2F%2Fevil.example/v1/accounts', 'refused: path'],
  ['/%5Cevil.example/v1/accounts', 'refused: path'],
  ['https:%2F%2Fevil.example/v1/accounts', 'refused: path']
]

const prefixed: Row[] = [
  ['/v1/accounts?start_key=abc', 'http://127.0.0.1:4010/validations/v1/accounts?start_key=abc'],
  ['http://127.0.0.1:4010/validations/v1/accounts', 'http://127.0.0.1:4010/validations/v1/accounts'],
  ['/validations/v1/accounts', 'http://127.0.0.1:4010/validations/v1/accounts'],
  ['/identity/v1/processes', 'refused: path'],
  ['/v1/../../identity/v1/processes', 'refused: path'],
  ['/v1/%2e%2e/%2e%2e/identity/v1/processes', 'refused: path'],
  ['http://127.0.0.1:4010/identity/v1/processes', 'refused: path'],
  ['/accounts?start_key=abc', 'refused: path'],
  ['http://127.0.0.1:4011/validations/v1/accounts', 'refused: origin'],
  ['http://localhost:4010/validations/v1/accounts', 'refused: origin'],
  ['//127.0.0.1:4011/validations/v1/accounts', 'refused: origin'],
  ['https://127.0.0.1:4010/validations/v1/accounts', 'refused: scheme'],
  ['http://127.0.0.1:4010@127.0.0.1:4011/validations/v1/', 'refused: credentials']
]

function outcome(reference: string, base: string): string {
  const resolved = resolveWithinBase(reference, base)
  return resolved.ok ? resolved.url.href : `refused: ${resolved.refusal}`
}

describe('resolveWithinBase', () => {
  it.each(production)('against the production base: %j → %s', (reference, expected) => {
    expect(outcome(reference, PRODUCTION)).toBe(expected)
  })

  it.each(prefixed)('against a base behind a path prefix: %j → %s', (reference, expected) => {
    expect(outcome(reference, PREFIXED)).toBe(expected)
  })

  it('refuses a base that is not a URL', () => {
    expect(outcome('/v1/accounts', 'not a url')).toBe('refused: unparseable')
  })
})

describe('egressRefusal and withinAnyBase', () => {
  const bases = [PRODUCTION, 'https://api.identity.truora.com/v1', 'https://api.account.truora.com/v1']

  it('lets a URL the client built go to any of the three APIs, and nowhere else', () => {
    expect(withinAnyBase(new URL('https://api.identity.truora.com/v1/processes/?search=x'), bases)).toBe(true)
    expect(withinAnyBase(new URL('https://api.account.truora.com/v1/api-keys'), bases)).toBe(true)
    expect(withinAnyBase(new URL('https://identity.truora.com/?token=x'), bases)).toBe(false)
    expect(withinAnyBase(new URL('https://api.account.truora.com/v2/api-keys'), bases)).toBe(false)
  })

  it('names the first thing wrong', () => {
    const base = new URL(PRODUCTION)
    expect(egressRefusal(new URL('http://u@evil.example/x'), base)).toBe('scheme')
    expect(egressRefusal(new URL('https://u@evil.example/x'), base)).toBe('credentials')
    expect(egressRefusal(new URL('https://evil.example/v1'), base)).toBe('origin')
    expect(egressRefusal(new URL('https://api.validations.truora.com/'), base)).toBe('path')
    expect(egressRefusal(new URL('https://api.validations.truora.com/v1/'), base)).toBeUndefined()
  })
})
