// Truora-style IDs and RFC 3339 timestamps for the seeded data (TRUORA_API.md "IDs and times").
import { createRng, hash32, type Rng } from './prng'

/**
 * Dates are spread over the three years before this fixed instant rather than before "now", so the
 * same seed gives byte-identical data on every day the benchmark runs.
 */
export const SEED_ANCHOR_MS = Date.UTC(2026, 10, 1)

/** The Truora client ID (`TCI…`) every account of this seed belongs to. */
export function clientIdFor(seed: number): string {
  let id = clientIds.get(seed)
  if (id === undefined) {
    id = `TCI${createRng(seed, 'client').hex(32)}`
    clientIds.set(seed, id)
  }
  return id
}
const clientIds = new Map<number, string>()

/**
 * RFC 3339 UTC with the varying precision Truora uses (TRUORA_API.md "IDs and times"):
 * whole seconds, milliseconds, microseconds or nanoseconds.
 */
export function formatTimestamp(ms: number, rng: Rng): string {
  const whole = new Date(Math.floor(ms)).toISOString().slice(0, 19)
  const precision = rng.weighted([
    [0, 3],
    [3, 3],
    [6, 1],
    [9, 3]
  ] as const)
  if (precision === 0) return `${whole}Z`
  const millis = String(Math.floor(ms) % 1000).padStart(3, '0')
  return `${whole}.${(millis + rng.digits(6)).slice(0, precision)}Z`
}

type IndexedPrefix = 'ACC' | 'VLD' | 'IDP'

const ROUNDS = 4

/** One keyed Feistel round function over a 16-bit half. */
function round(half: number, seed: number, prefix: IndexedPrefix, r: number): number {
  return hash32(seed, prefix, r, half) & 0xffff
}

/** A keyed permutation of 32-bit numbers (a Feistel network), so neighbouring indexes look unrelated. */
function scramble(value: number, seed: number, prefix: IndexedPrefix): number {
  let left = value >>> 16
  let right = value & 0xffff
  for (let r = 0; r < ROUNDS; r++) [left, right] = [right, left ^ round(right, seed, prefix, r)]
  return ((left << 16) | right) >>> 0
}

function unscramble(value: number, seed: number, prefix: IndexedPrefix): number {
  let left = value >>> 16
  let right = value & 0xffff
  for (let r = ROUNDS - 1; r >= 0; r--) [left, right] = [right ^ round(left, seed, prefix, r), left]
  return ((left << 16) | right) >>> 0
}

/**
 * Generated IDs carry their account's index and the item number (scrambled per seed) in their first
 * eight hex digits, so the simulator finds any account, validation or process by ID without
 * generating the whole data set first: a 100 000-account simulator starts at once.
 */
export function indexedId(prefix: IndexedPrefix, seed: number, index: number, rng: Rng, item = 0): string {
  const packed = (index * 16 + (item & 0xf)) >>> 0
  return `${prefix}${scramble(packed, seed, prefix).toString(16).padStart(8, '0')}${rng.hex(24)}`
}

/** The account index encoded by `indexedId`, or undefined for an ID it did not make. */
export function indexOfIndexedId(id: string, seed: number): number | undefined {
  const match = /^(ACC|VLD|IDP)([0-9a-f]{8})[0-9a-f]{24}$/.exec(id)
  if (!match?.[1] || !match[2]) return undefined
  return Math.floor(unscramble(Number.parseInt(match[2], 16), seed, match[1] as IndexedPrefix) / 16)
}
