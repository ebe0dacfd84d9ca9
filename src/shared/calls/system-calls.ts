// The calls that hand something to the operating system: support's diagnostics and the log folder, and
// a Truora link opened in the system browser (Electron security checklist item 15: no
// `shell.openExternal` with untrusted content, so main checks the URL again).
import { z } from 'zod'
import { CHANNEL_NAMES } from '../channels'
import type { Diagnostics } from '../domain/diagnostics'
import { id, none, type Call, type ChannelTable } from './channel-row'

export interface SystemCalls {
  diagnostics: {
    /** What support needs to know about this installation: versions and counts, never personal data or a key. */
    report: Call<[], Diagnostics>
    /** Opens the folder of the app's log files in the system's file manager. */
    openLogs: Call<[], null>
  }
  links: {
    /** Opens an https link to Truora (the identity-process link) in the system browser. */
    open: Call<[url: string], null>
  }
}

export const SYSTEM_CHANNELS = {
  diagnostics: {
    report: { channel: CHANNEL_NAMES.diagnostics.report, args: none },
    openLogs: { channel: CHANNEL_NAMES.diagnostics.openLogs, args: none }
  },
  links: {
    open: { channel: CHANNEL_NAMES.links.open, args: id(z.url().max(8192)) }
  }
} as const satisfies ChannelTable<SystemCalls>
