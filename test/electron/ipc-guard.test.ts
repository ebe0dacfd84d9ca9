// The structural payload guard: accepts every shape a contract call really sends, refuses the
// shapes structured clone allows and no schema should ever have to walk.
import { describe, expect, it } from 'vitest'
import { checkPayload, PAYLOAD_LIMITS } from '../../src/main/backend/payload-guard'

function nested(depth: number): unknown {
  let value: unknown = 'leaf'
  for (let i = 0; i < depth; i++) value = { next: value }
  return value
}

function reasonOf(payload: unknown): string | null {
  const result = checkPayload(payload)
  if (result.ok) return null
  expect(result.error.code).toBe('invalid_input')
  return String(result.error.details?.reason)
}

describe('checkPayload', () => {
  it.each([
    ['no arguments', []],
    ['an id', ['ACC123']],
    ['an id and options', ['ACC123', { requestId: 'r-1' }]],
    ['an omitted option', ['ACC123', undefined]],
    [
      'a search query',
      [{ text: 'jose', filters: { country: 'CO', status: 'success' }, offset: 0, limit: 50 }]
    ],
    [
      'a full create form',
      [{ account_id: 'a', email: 'x@y.co', first_name: 'José', phone_number: '+573001234567' }]
    ],
    ['an API key of the longest allowed size', [{ name: 'n', apiKey: 'k'.repeat(4096) }]],
    ['a null-prototype object', [Object.assign(Object.create(null), { text: 'x' })]],
    ['nesting at the limit', [nested(PAYLOAD_LIMITS.maxDepth - 2)]]
  ])('accepts %s', (_label, payload) => {
    expect(checkPayload(payload)).toEqual({ ok: true, data: null })
  })

  const cyclic: Record<string, unknown> = { text: 'x' }
  cyclic.self = cyclic

  it.each([
    ['a huge string', ['a'.repeat(PAYLOAD_LIMITS.maxStringLength + 1)], 'string_too_long'],
    ['a huge key', [{ ['k'.repeat(PAYLOAD_LIMITS.maxStringLength + 1)]: 1 }], 'string_too_long'],
    ['deep nesting', [nested(100)], 'too_deep'],
    ['very deep nesting', [nested(100_000)], 'too_deep'],
    ['a cycle', [cyclic], 'too_deep'],
    ['a long array', [Array.from({ length: PAYLOAD_LIMITS.maxArrayLength + 1 }, () => 1)], 'array_too_long'],
    ['too many arguments', Array.from({ length: 1000 }, () => 'x'), 'array_too_long'],
    ['many keys', [Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]))], 'too_many_keys'],
    [
      'many values in total',
      [Array.from({ length: 60 }, () => Array.from({ length: 60 }, () => 0))],
      'too_many_values'
    ],
    ['an own __proto__ key', [JSON.parse('{"text":"x","__proto__":{"isAdmin":true}}')], 'forbidden_key'],
    ['a nested __proto__ key', [{ filters: JSON.parse('{"__proto__":{"x":1}}') }], 'forbidden_key'],
    ['a constructor key', [{ constructor: { prototype: { x: 1 } } }], 'forbidden_key'],
    ['a prototype key', [{ prototype: 1 }], 'forbidden_key'],
    ['a Date', [new Date()], 'unsupported_type'],
    ['a Map', [new Map([['a', 1]])], 'unsupported_type'],
    ['a Set', [new Set([1])], 'unsupported_type'],
    ['a RegExp', [/x/], 'unsupported_type'],
    ['a typed array', [new Uint8Array(4)], 'unsupported_type'],
    ['an ArrayBuffer', [new ArrayBuffer(8)], 'unsupported_type'],
    ['an Error', [new Error('x')], 'unsupported_type'],
    ['a bigint', [10n], 'unsupported_type'],
    [
      'a class instance',
      [
        new (class Query {
          text = 'x'
        })()
      ],
      'unsupported_type'
    ]
  ])('refuses %s', (_label, payload, reason) => {
    expect(reasonOf(payload)).toBe(reason)
  })

  it('names where the problem is', () => {
    const result = checkPayload([{ filters: { country: 'x'.repeat(9000) } }])
    expect(result.ok ? null : result.error.details).toEqual({
      reason: 'string_too_long',
      path: '[0].filters.country'
    })
  })
})
