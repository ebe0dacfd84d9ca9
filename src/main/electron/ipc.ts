// The IPC boundary (docs/architecture.md §2): one `ipcMain.handle` per row of the contract's channel
// table, so a call cannot exist in the preload and not here. Each handler checks who is asking, then
// hands the payload as it came to the Backend, whose call boundary (backend/call-boundary.ts) checks
// its structure and parses it with the contract's schema for every caller alike. Every outcome is a
// Result value; nothing is thrown back across IPC (Electron would keep only the message).
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { EVENT_NAMES } from '@shared/channels'
import { channelEntries, type ChannelEntry } from '@shared/contract'
import type { Backend } from '../backend/create-backend'
import { fail, type Result } from '@shared/result'

export interface IpcOptions {
  /** True when a frame URL belongs to our own UI (security.ts `isTrustedSender`). */
  isTrustedSender(frameUrl: string): boolean
  /** Where events go, looked up per event: the window can be closed and re-created (macOS `activate`). */
  eventTarget(): Pick<WebContents, 'send' | 'isDestroyed'> | null
  /** A log sink; lines never hold payloads or error messages, which may hold personal data or a key. */
  log?: (line: string) => void
}

type Method = (...args: unknown[]) => Promise<Result<unknown>>

/** The URL of the calling frame when it is a top-level frame, else null (destroyed, navigated away, or a subframe). */
function topFrameUrl(event: IpcMainInvokeEvent): string | null {
  try {
    const frame = event.senderFrame
    return frame !== null && frame.parent === null ? frame.url : null
  } catch {
    return null
  }
}

/** Stack frames without the message: enough to find the bug, nothing the error text may have carried. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return typeof error
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '))
  return [error.name, ...frames.slice(0, 8)].join('\n')
}

function handlerFor(entry: ChannelEntry, backend: Backend, options: IpcOptions) {
  const log = options.log ?? (() => {})
  return async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<Result<unknown>> => {
    // Electron security checklist 17, "Validate the sender of all IPC messages".
    const senderUrl = topFrameUrl(event)
    if (senderUrl === null || !options.isTrustedSender(senderUrl)) {
      log(`ipc ${entry.channel}: refused a call from an untrusted frame`)
      return fail('forbidden', 'This page may not call the app')
    }
    try {
      const domain = backend[entry.domain] as unknown as Record<string, Method>
      const method = domain[entry.method]
      if (method === undefined) return fail('internal', 'This call is not implemented')
      return await method.apply(domain, args)
    } catch (error) {
      log(`ipc ${entry.channel}: unexpected ${describe(error)}`)
      return fail('internal', 'Something went wrong in the app')
    }
  }
}

/**
 * Registers every contract channel on `ipcMain` and forwards every Backend event to the window.
 * Returns a function that removes both again.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  backend: Backend,
  options: IpcOptions
): () => void {
  const entries = channelEntries()
  for (const entry of entries) ipcMain.handle(entry.channel, handlerFor(entry, backend, options))

  const unsubscribes = EVENT_NAMES.map((name) =>
    backend.events.on(name, (payload: unknown) => {
      const target = options.eventTarget()
      if (target === null || target.isDestroyed()) return
      try {
        target.send(name, payload)
      } catch (error) {
        options.log?.(`ipc ${name}: could not send ${describe(error)}`)
      }
    })
  )

  return () => {
    for (const entry of entries) ipcMain.removeHandler(entry.channel)
    for (const unsubscribe of unsubscribes) unsubscribe()
  }
}
