// `window.api` in the test page, built exactly as the preload builds it (DESIGN.md §7): one function
// per row of the channel table, each calling the real Backend in this process through
// `page.exposeFunction`, plus event subscription fed from `backend.events`. Every answer crosses as
// JSON text parsed in the page: Playwright hands an object result over value by value (about 90 ms for
// the 200 hits of one search page, against 8 ms as text), where the app's Electron IPC copies it with
// one structured clone; as text the bridge costs about what IPC does (the benchmark's renderer section
// uses this bridge too, so its figure measures the app). Bytes (the images of an on-site validation)
// cross as `{ "__talBytes": "<base64>" }` and arrive as the Uint8Array structured clone would give.
import type { Page } from 'playwright-core'
import { EVENT_NAMES } from '@shared/channels'
import { channelEntries, type Api, type EventName } from '@shared/contract'
import { fail, type Result } from '@shared/result'

const INVOKE = '__talInvoke'
const EMIT = '__talEmit'
const BYTES = '__talBytes'

interface BridgeData {
  channels: { domain: string; method: string; channel: string }[]
  events: readonly string[]
  invoke: string
  emit: string
  bytes: string
}

/** Runs in the page before any of its scripts (type-checked without the DOM library). */
function installApi({ channels, events, invoke, emit, bytes }: BridgeData): void {
  const page = globalThis as unknown as Record<string, unknown>
  const call = page[invoke] as (channel: string, args: string) => Promise<string>
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const api: Record<string, unknown> = {}
  for (const { domain, method, channel } of channels) {
    const group = (api[domain] ??= {}) as Record<string, unknown>
    group[method] = async (...args: unknown[]) => {
      // JSON would turn an omitted trailing argument (`get(id, undefined)`) into null; a clone keeps it out.
      while (args.length > 0 && args[args.length - 1] === undefined) args.pop()
      const text = JSON.stringify(args, (_key, value: unknown) => {
        if (!(value instanceof Uint8Array)) return value
        let binary = ''
        for (let at = 0; at < value.length; at += 0x8000)
          binary += String.fromCharCode(...value.subarray(at, at + 0x8000))
        return { [bytes]: btoa(binary) }
      })
      return JSON.parse(await call(channel, text)) as unknown
    }
  }
  api.events = {
    on(name: string, listener: (payload: unknown) => void) {
      if (!events.includes(name) || typeof listener !== 'function') return () => {}
      const set = listeners.get(name) ?? new Set()
      set.add(listener)
      listeners.set(name, set)
      return () => set.delete(listener)
    }
  }
  Object.defineProperty(page, emit, {
    value: (name: string, payload: string) => {
      for (const listener of listeners.get(name) ?? []) listener(JSON.parse(payload))
    }
  })
  Object.defineProperty(page, 'api', { value: Object.freeze(api) })
}

type Method = (...args: unknown[]) => Promise<Result<unknown>>

/** Joins `page` to `backend`; returns a function that stops forwarding events. */
export async function bridgePage(page: Page, backend: Api): Promise<() => void> {
  const entries = new Map(channelEntries().map((entry) => [entry.channel, entry]))
  await page.exposeFunction(INVOKE, async (channel: string, args: string) => {
    const entry = entries.get(channel)
    if (!entry) return JSON.stringify(fail('forbidden', 'No such channel'))
    const domain = backend[entry.domain] as unknown as Record<string, Method>
    const parsed = JSON.parse(args, (_key, value: unknown) => {
      const encoded = (value as Record<string, unknown> | null)?.[BYTES]
      return typeof encoded === 'string' ? new Uint8Array(Buffer.from(encoded, 'base64')) : value
    }) as unknown[]
    return JSON.stringify(await domain[entry.method]!.apply(domain, parsed))
  })
  const data: BridgeData = {
    channels: [...entries.values()].map(({ domain, method, channel }) => ({ domain, method, channel })),
    events: EVENT_NAMES,
    invoke: INVOKE,
    emit: EMIT,
    bytes: BYTES
  }
  await page.addInitScript(installApi, data)
  const unsubscribes = EVENT_NAMES.map((name: EventName) =>
    backend.events.on(name, (payload) => {
      page
        .evaluate(
          ([event, value, emit]) => {
            const deliver = (globalThis as unknown as Record<string, unknown>)[emit] as
              ((n: string, v: string) => void) | undefined
            deliver?.(event, value)
          },
          [name, JSON.stringify(payload), EMIT] as const
        )
        // The page may be navigating or closed; the next event will find it.
        .catch(() => {})
    })
  )
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe())
}
