// Changes wait here, in the order they were made, until the parts they touch are in memory
// (docs/architecture.md "The operator's cache": parts load in the background, history on demand). A put is
// synchronous for its caller; when its parts are loaded and nothing waits before it, it applies at
// once. Otherwise it applies as soon as they are, still in order, and a read or a write made after it
// waits until it has (`applied`), so nobody ever sees the cache without a change made before.

export interface Change {
  /**
   * Whether the change can apply now; if not, it starts what it waits for (a part's load) and the
   * queue tries again when `retry()` is called.
   */
  ready(): boolean
  apply(): void
}

export class ChangeQueue {
  #waiting: Change[] = []
  #queued = 0
  #applied = 0
  #watchers: { upTo: number; resolve: () => void }[] = []
  #failure: Error | undefined
  /** A retry asked for while the queue was busy: run once it is done. */
  #busy = false
  #again = false

  /** Applies the change now if it can, else queues it behind the others. */
  push(change: Change): void {
    this.#queued++
    this.#waiting.push(change)
    this.retry()
  }

  /** Applies the waiting changes that can apply, in order (after a part loaded). */
  retry(): void {
    if (this.#busy) {
      this.#again = true
      return
    }
    this.#busy = true
    try {
      do {
        this.#again = false
        while (this.#waiting.length > 0 && (this.#waiting[0] as Change).ready()) {
          ;(this.#waiting.shift() as Change).apply()
          this.#applied++
        }
      } while (this.#again)
    } finally {
      this.#busy = false
    }
    this.#failure = undefined
    this.#wake()
  }

  /** A part a change waits for could not be read (I/O): those waiting for `applied` are told. */
  fail(error: Error): void {
    this.#failure = error
    for (const watcher of this.#watchers.splice(0)) watcher.resolve()
  }

  /** Resolves once every change pushed before the call has applied; rejects after a read failure. */
  async applied(): Promise<void> {
    const upTo = this.#queued
    while (this.#applied < upTo) {
      await new Promise<void>((resolve) => this.#watchers.push({ upTo, resolve }))
      if (this.#failure && this.#applied < upTo) throw this.#failure
    }
  }

  get pending(): number {
    return this.#waiting.length
  }

  /** Drops every waiting change (the cache was cleared). */
  clear(): void {
    this.#applied += this.#waiting.length
    this.#waiting = []
    this.#wake()
  }

  #wake(): void {
    this.#watchers = this.#watchers.filter((watcher) => {
      if (this.#applied < watcher.upTo) return true
      watcher.resolve()
      return false
    })
  }
}
