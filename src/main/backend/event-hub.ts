// The Backend's event hub: main-to-renderer events (`evt:*`, DESIGN.md §3). ipc.ts forwards each
// event to the window; the browser test host forwards them into the page.
import type { ApiEvents, EventName, Events, Unsubscribe } from '@shared/contract'

export interface EventHub extends Events {
  emit<E extends EventName>(event: E, payload: ApiEvents[E]): void
}

/**
 * Events nobody may miss: a damaged cache file must reach the operator even when it is found before
 * anyone listens (a Backend used without a window: the browser host, a script). Emitted with no
 * listener, such an event waits for the first one. In the app, ipc.ts listens from the start and the
 * renderer subscribes before its first call, which is what opens the cache.
 */
const HELD_UNTIL_HEARD: ReadonlySet<EventName> = new Set(['evt:cache-corrupt'])

export function createEventHub(onListenerError: (error: unknown) => void = () => {}): EventHub {
  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  const unheard = new Map<EventName, unknown[]>()
  const hub: EventHub = {
    on(event, listener): Unsubscribe {
      const set = listeners.get(event) ?? new Set()
      set.add(listener)
      listeners.set(event, set)
      const waiting = unheard.get(event)
      if (waiting) {
        unheard.delete(event)
        for (const payload of waiting) hub.emit(event, payload as never)
      }
      return () => {
        set.delete(listener)
      }
    },
    emit(event, payload) {
      const set = listeners.get(event)
      if ((set === undefined || set.size === 0) && HELD_UNTIL_HEARD.has(event)) {
        unheard.set(event, [...(unheard.get(event) ?? []), payload])
        return
      }
      for (const listener of set ?? []) {
        // One failing listener (a closed window) must not stop the others or the Backend.
        try {
          ;(listener as (payload: ApiEvents[typeof event]) => void)(payload)
        } catch (error) {
          onListenerError(error)
        }
      }
    }
  }
  return hub
}
