// `window.api` in the test page, built exactly as the preload builds it (DESIGN.md §7): one function
// per row of the channel table, each calling the real Backend in this process through
// `page.exposeFunction`, plus event subscription fed from `backend.events`.
import type { Page } from 'playwright-core'
import { channelEntries, EVENT_NAMES, type Api, type EventName } from '@shared/contract'
import { fail, type Result } from '@shared/result'

const INVOKE = '__talInvoke'
const EMIT = '__talEmit'

interface BridgeData {
  channels: { domain: string; method: string; channel: string }[]
  events: readonly string[]
  invoke: string
  emit: string
}

/** The page's global object, as far as the bridge uses it (this file is type-checked without the DOM lib). */
type PageGlobal = Record<string, unknown>

/** Runs in the page before any of its scripts: the page-side half of the bridge. */
function installApi({ channels, events, invoke, emit }: BridgeData): void {
  const page = globalThis as unknown as PageGlobal
  const call = page[invoke] as (channel: string, args: unknown[]) => Promise<unknown>
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const api: Record<string, unknown> = {}
  for (const { domain, method, channel } of channels) {
    const group = (api[domain] ??= {}) as Record<string, unknown>
    group[method] = (...args: unknown[]) => call(channel, args)
  }
  api.events = {
    on(name: string, listener: (payload: unknown) => void) {
      // Like the preload: only contract events, and the listener gets the payload only.
      if (!events.includes(name) || typeof listener !== 'function') return () => {}
      const set = listeners.get(name) ?? new Set()
      set.add(listener)
      listeners.set(name, set)
      return () => set.delete(listener)
    }
  }
  Object.defineProperty(page, emit, {
    value: (name: string, payload: unknown) => {
      for (const listener of listeners.get(name) ?? []) listener(payload)
    }
  })
  Object.defineProperty(page, 'api', { value: Object.freeze(api) })
}

type Method = (...args: unknown[]) => Promise<Result<unknown>>

/** Joins `page` to `backend`; returns a function that stops forwarding events. */
export async function bridgePage(page: Page, backend: Api): Promise<() => void> {
  const entries = new Map(channelEntries().map((entry) => [entry.channel, entry]))
  await page.exposeFunction(INVOKE, async (channel: string, args: unknown[]) => {
    const entry = entries.get(channel)
    if (!entry) return fail('forbidden', 'No such channel')
    const domain = backend[entry.domain] as unknown as Record<string, Method>
    return domain[entry.method]!.apply(domain, args)
  })
  const data: BridgeData = {
    channels: [...entries.values()].map(({ domain, method, channel }) => ({ domain, method, channel })),
    events: EVENT_NAMES,
    invoke: INVOKE,
    emit: EMIT
  }
  await page.addInitScript(installApi, data)

  const unsubscribes = EVENT_NAMES.map((name: EventName) =>
    backend.events.on(name, (payload) => {
      page
        .evaluate(
          ([event, value, emit]) => {
            const deliver = (globalThis as unknown as PageGlobal)[emit] as
              ((n: string, v: unknown) => void) | undefined
            deliver?.(event, value)
          },
          [name, payload, EMIT] as const
        )
        // The page may be navigating or closed; the next event will find it.
        .catch(() => {})
    })
  )
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe())
}
