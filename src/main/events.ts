// The Backend's event hub: main-to-renderer events (`evt:*`, DESIGN.md §3). ipc.ts forwards each
// event to the window; the browser test host forwards them into the page.
import type { ApiEvents, EventName, Events, Unsubscribe } from '@shared/contract'

export interface EventHub extends Events {
  emit<E extends EventName>(event: E, payload: ApiEvents[E]): void
}

export function createEventHub(onListenerError: (error: unknown) => void = () => {}): EventHub {
  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  return {
    on(event, listener): Unsubscribe {
      const set = listeners.get(event) ?? new Set()
      set.add(listener as (payload: never) => void)
      listeners.set(event, set)
      return () => {
        set.delete(listener as (payload: never) => void)
      }
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) {
        // One failing listener (a closed window) must not stop the others or the Backend.
        try {
          ;(listener as (payload: ApiEvents[typeof event]) => void)(payload)
        } catch (error) {
          onListenerError(error)
        }
      }
    }
  }
}
