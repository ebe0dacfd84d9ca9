// One writer per cache file (DESIGN.md §4): changes are counted, not queued, so however many arrive
// they cost one write per batch. The first change after a write starts a timer of `delayMs`; the write
// then saves everything changed so far. Changes made while a write is in flight wait for it and go
// out together in the next one. A mirror writing 100 accounts a page never writes once per page.

export interface WriteQueue {
  /** Records that the data changed; a write follows within `delayMs` (or after the one in flight). */
  changed(): void
  /** Resolves when every change recorded before the call is written; rejects if that write fails. */
  flush(): Promise<void>
  /** Cancels the pending timer; later changes schedule nothing. */
  stop(): void
}

export interface WriteQueueOptions {
  /** Writes the current state; must capture it synchronously, before its first await. */
  write: () => Promise<void>
  delayMs: number
  /** A write nobody was waiting for failed. */
  onError: (error: Error) => void
}

export function createWriteQueue(options: WriteQueueOptions): WriteQueue {
  let changes = 0
  /** `changes` as it was when the last successful write captured the state. */
  let written = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let inFlight: Promise<void> | undefined
  let failed = false
  let stopped = false

  function schedule(): void {
    if (timer !== undefined || inFlight !== undefined || stopped) return
    timer = setTimeout(() => {
      timer = undefined
      start().catch((error: unknown) => options.onError(asError(error)))
    }, options.delayMs)
  }

  function start(): Promise<void> {
    const captured = changes
    inFlight = options
      .write()
      .then(
        () => {
          written = Math.max(written, captured)
          failed = false
        },
        (error: unknown) => {
          // The data stays in memory; the next change or flush tries again. Retrying by itself
          // would only spin against a full disk.
          failed = true
          throw error
        }
      )
      .finally(() => {
        inFlight = undefined
        if (written < changes && !failed) schedule()
      })
    return inFlight
  }

  return {
    changed() {
      changes++
      schedule()
    },
    async flush() {
      const target = changes
      while (written < target) {
        if (inFlight !== undefined) {
          // Its outcome is not ours to report: if it failed, the loop writes again and reports that.
          await inFlight.catch(() => undefined)
          continue
        }
        if (timer !== undefined) {
          clearTimeout(timer)
          timer = undefined
        }
        await start()
      }
    },
    stop() {
      stopped = true
      if (timer !== undefined) clearTimeout(timer)
      timer = undefined
    }
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}
