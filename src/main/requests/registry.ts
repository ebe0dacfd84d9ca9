// Reads the renderer may cancel: each gets an AbortController under the renderer's `requestId`
// (the Bruno model: cancellation by request id), so a lookup nobody waits for stops using the network.

export interface RequestRegistry {
  /** Runs `work` with a signal that `cancel(requestId)` aborts; without an id the work is not cancellable. */
  run<T>(requestId: string | undefined, work: (signal: AbortSignal | undefined) => Promise<T>): Promise<T>
  cancel(requestId: string): boolean
  cancelAll(): void
}

export function createRequestRegistry(): RequestRegistry {
  const running = new Map<string, AbortController>()
  return {
    async run(requestId, work) {
      if (requestId === undefined) return work(undefined)
      running.get(requestId)?.abort()
      const controller = new AbortController()
      running.set(requestId, controller)
      try {
        return await work(controller.signal)
      } finally {
        if (running.get(requestId) === controller) running.delete(requestId)
      }
    },
    cancel(requestId) {
      const controller = running.get(requestId)
      if (!controller) return false
      controller.abort()
      running.delete(requestId)
      return true
    },
    cancelAll() {
      for (const controller of running.values()) controller.abort()
      running.clear()
    }
  }
}
