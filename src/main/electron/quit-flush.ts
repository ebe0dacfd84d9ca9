// Quitting waits for the Backend to flush the cache (DESIGN.md §1 "nothing is lost"): the first quit is
// held until the Backend has closed, or until a bound, so a hung close cannot keep the app alive.
import type { App } from 'electron'

/** Longest the app waits for the Backend to flush the cache on quit. */
const CLOSE_TIMEOUT_MS = 10_000

export function closeBackendOnQuit(
  app: Pick<App, 'on' | 'quit'>,
  backend: { close(): Promise<void> },
  log: (line: string) => void
): void {
  let state: 'open' | 'closing' | 'closed' = 'open'
  app.on('before-quit', (event) => {
    if (state === 'closed') return
    event.preventDefault()
    if (state === 'closing') return
    state = 'closing'
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref())
    Promise.race([backend.close(), timeout])
      .catch((error: unknown) =>
        log(`backend close failed: ${error instanceof Error ? (error.stack ?? error.name) : String(error)}`)
      )
      .finally(() => {
        state = 'closed'
        app.quit()
      })
  })
}
