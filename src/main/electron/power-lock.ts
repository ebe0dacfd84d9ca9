// The OS says the person stepped away: the screen locks, or the laptop suspends. The session locks
// with it (DESIGN.md §6 "Session lock": idle and OS lock/suspend auto-lock), so a laptop opened again
// by someone else shows the lock screen, never the last operator's accounts. Electron's powerMonitor
// is Electron glue; the Backend is told directly, not through IPC.
import type { PowerMonitor } from 'electron'

/** What locks the session: `lock-screen` (Windows, macOS; Linux where the desktop reports it) and `suspend`. */
const SYSTEM_LOCK_EVENTS = ['lock-screen', 'suspend'] as const

export function lockOnSystemSignals(
  powerMonitor: Pick<PowerMonitor, 'on'>,
  lock: (reason: 'system') => Promise<void>,
  log: (line: string) => void
): void {
  for (const event of SYSTEM_LOCK_EVENTS) {
    powerMonitor.on(event as 'lock-screen', () => {
      lock('system').catch((error: unknown) =>
        log(
          `power: the session could not be locked on ${event} (${error instanceof Error ? error.name : 'error'})`
        )
      )
    })
  }
}
