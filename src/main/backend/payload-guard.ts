// A cheap structural check of every IPC payload before zod sees it (DESIGN.md §3 "every payload is
// unknown"). Structured clone lets a renderer send cycles, million-element arrays, megabyte strings,
// Maps, Dates and own `__proto__` keys; the schemas would reject most of them too, but only after
// walking them, so bounds come first. The limits sit far above anything a contract schema accepts
// (the longest schema string is an API key of at most 4096 characters; no schema takes an array).
// Bytes are not plain data: a Uint8Array passes only where the channel table allows it (the capture of
// on-site validation images), bounded per item and in number, so megabytes never go through a string
// (a data URL) and no other call can be made to carry them.
import type { BinaryAllowance } from '@shared/calls/channel-row'
import { fail, ok, type Result } from '@shared/result'

export interface PayloadLimits {
  /** Nesting of arrays and objects; the argument list itself is depth 1. */
  maxDepth: number
  maxStringLength: number
  maxArrayLength: number
  maxObjectKeys: number
  /** All values in the payload together: bounds the work whatever the shape. */
  maxNodes: number
}

export const PAYLOAD_LIMITS: Readonly<PayloadLimits> = {
  maxDepth: 8,
  maxStringLength: 8192,
  maxArrayLength: 64,
  maxObjectKeys: 64,
  maxNodes: 2048
}

/** Keys that poison prototypes when a payload is later merged or spread into another object. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** A Uint8Array (or Node's Buffer, one of its kind) over an ordinary ArrayBuffer; no other view. */
function isBytes(value: object): value is Uint8Array {
  if (!(value instanceof Uint8Array)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return (proto === Uint8Array.prototype || proto === Buffer.prototype) && value.buffer instanceof ArrayBuffer
}

/**
 * `ok(null)` when `payload` is plain JSON-like data (null, boolean, number, string, array, plain
 * object) within `limits`, with Uint8Arrays only as `binary` allows; otherwise `invalid_input` with
 * the reason and the path. `undefined` is allowed: an omitted optional argument arrives as undefined.
 */
export function checkPayload(
  payload: unknown,
  limits: PayloadLimits = PAYLOAD_LIMITS,
  binary?: BinaryAllowance
): Result<null> {
  let nodes = 0
  let blobs = 0
  const reject = (reason: string, path: string): Result<null> =>
    fail('invalid_input', 'The request was malformed', { reason, path })

  // Iterative walk: a deeply nested payload cannot overflow the stack, and the depth limit also ends cycles.
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: payload, depth: 1, path: '' }]
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!
    if (++nodes > limits.maxNodes) return reject('too_many_values', path)
    if (value === null || value === undefined) continue
    switch (typeof value) {
      case 'boolean':
      case 'number':
        continue
      case 'string':
        if (value.length > limits.maxStringLength) return reject('string_too_long', path)
        continue
      case 'object':
        break
      default:
        // bigint, symbol, function: structured clone carries bigint; no contract call takes one.
        return reject('unsupported_type', path)
    }
    if (depth > limits.maxDepth) return reject('too_deep', path)
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
      if (binary === undefined || !isBytes(value)) return reject('unsupported_type', path)
      if (value.byteLength > binary.maxBytes) return reject('bytes_too_large', path)
      if (++blobs > binary.maxCount) return reject('too_many_bytes', path)
      continue
    }
    if (Array.isArray(value)) {
      if (value.length > limits.maxArrayLength) return reject('array_too_long', path)
      value.forEach((item, index) => stack.push({ value: item, depth: depth + 1, path: `${path}[${index}]` }))
      continue
    }
    if (!isPlainObject(value)) return reject('unsupported_type', path)
    const keys = Object.keys(value)
    if (keys.length > limits.maxObjectKeys) return reject('too_many_keys', path)
    for (const key of keys) {
      if (key.length > limits.maxStringLength) return reject('string_too_long', path)
      if (FORBIDDEN_KEYS.has(key)) return reject('forbidden_key', `${path}.${key}`)
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, path: `${path}.${key}` })
    }
  }
  return ok(null)
}
