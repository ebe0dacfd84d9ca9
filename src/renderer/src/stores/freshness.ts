// One source of truth in the renderer for how old each item is (DESIGN.md §3 "Reads carry freshness,
// and a revalidation that succeeds pushes the new freshness"): every read's freshness and every
// `evt:cache-updated` that carries one is noted here, and every view that shows an item's age (the
// account view, the lookup card, result rows, the detail panel) asks here, so a copy confirmed by
// Truora a second ago says so everywhere at once.
import { defineStore } from 'pinia'
import { shallowReactive } from 'vue'
import type { CacheUpdated } from '@shared/domain/cache'
import type { Freshness } from '@shared/domain/freshness'
import { api } from '../api'
import { parseTime } from '../lib/format'

export type FreshnessKind = CacheUpdated['kind']

/**
 * The fresher of two observations of one item: the later `fetchedAt` wins. At the same `fetchedAt`
 * it is the same copy, and the later observation `b` says how it stands now (read from the cache
 * while offline, it is "cached 3 h ago · may be out of date" even if it first came from Truora).
 */
export function fresher(a: Freshness | undefined, b: Freshness | undefined): Freshness | undefined {
  if (a === undefined || b === undefined) return a ?? b
  const timeA = parseTime(a.fetchedAt) ?? 0
  const timeB = parseTime(b.fetchedAt) ?? 0
  return timeA > timeB ? a : b
}

export const useFreshnessStore = defineStore('freshness', () => {
  // Reactive per key: a row re-renders when its own account's age changes, not when any does.
  const known = shallowReactive(new Map<string, Freshness>())
  let unsubscribe: (() => void) | undefined

  const key = (kind: FreshnessKind, id: string) => `${kind}\u0000${id}`

  function note(kind: FreshnessKind, id: string, freshness: Freshness): void {
    const k = key(kind, id)
    const before = known.get(k)
    const next = fresher(before, freshness)
    if (next !== undefined && next !== before) known.set(k, next)
  }

  /** The freshest known for the item; `shown` is what the caller's own (earlier) read said. */
  function of(kind: FreshnessKind, id: string, shown?: Freshness): Freshness | undefined {
    return fresher(shown, known.get(key(kind, id)))
  }

  /** Another operator: their items, their ages. */
  function reset(): void {
    known.clear()
  }

  function init(): void {
    unsubscribe ??= api().events.on('evt:cache-updated', (change) => {
      if (change.id !== undefined && change.freshness !== undefined)
        note(change.kind, change.id, change.freshness)
    })
  }

  return { note, of, reset, init }
})
