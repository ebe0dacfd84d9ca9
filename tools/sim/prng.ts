// A small seeded PRNG so the simulator's data is the same on every run and machine (the brief forbids
// Math.random): the same seed and index always give the same account, whatever the account count.

/** 32-bit finaliser (MurmurHash3 fmix32): spreads nearby inputs (index 1, 2, 3…) far apart. */
function fmix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** Hashes a list of numbers and strings into one 32-bit value. */
export function hash32(...parts: (number | string)[]): number {
  let h = 0x9e3779b9
  for (const part of parts) {
    const text = String(part)
    for (let i = 0; i < text.length; i++) h = fmix32(h ^ Math.imul(text.charCodeAt(i), 0x27d4eb2d))
    h = fmix32(h ^ 0x165667b1)
  }
  return h
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T
  chance(probability: number): boolean
  hex(length: number): string
  digits(length: number): string
}

/** mulberry32: fast, good enough for test data, not for secrets. A class, not closures, because
 * the simulator makes one per account and 100 000 accounts must generate in about a second. */
class Mulberry32 implements Rng {
  constructor(private state: number) {}

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0
    for (const [, weight] of entries) total += weight
    let roll = this.next() * total
    for (const [value, weight] of entries) {
      roll -= weight
      if (roll < 0) return value
    }
    return this.pick(entries)[0]
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  hex(length: number): string {
    let out = ''
    while (out.length < length)
      out += Math.floor(this.next() * 0x10000)
        .toString(16)
        .padStart(4, '0')
    return out.slice(0, length)
  }

  digits(length: number): string {
    let out = ''
    for (let i = 0; i < length; i++) out += String(this.int(0, 9))
    return out
  }
}

export function createRng(...parts: (number | string)[]): Rng {
  return new Mulberry32(hash32(...parts))
}
