// The renderer's only way out (DESIGN.md §2): a thin adapter over `window.api`, so component tests and
// the browser test host can hand the app another implementation of the same contract.
import { isProxy, toRaw } from 'vue'
import type { Api } from '@shared/contract'

let current: Api | undefined

/** Replaces the contract implementation (tests); the app uses the preload's `window.api`. */
export function setApi(api: Api): void {
  current = api
}

export function api(): Api {
  current ??= window.api
  return current
}

/**
 * A plain, structured-clone-safe copy of reactive state (DESIGN.md §3: "renderer state is unwrapped
 * with toRaw() before it is sent"); nested proxies are unwrapped too.
 */
export function plain<T>(value: T): T {
  const raw = isProxy(value) ? toRaw(value) : value
  if (Array.isArray(raw)) return raw.map((item: unknown) => plain(item)) as T
  if (raw !== null && typeof raw === 'object') {
    return Object.fromEntries(
      Object.entries(raw)
        .filter(([, field]) => field !== undefined)
        .map(([key, field]) => [key, plain(field)])
    ) as T
  }
  return raw
}
