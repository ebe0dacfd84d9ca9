// The whole bridge between the sandboxed renderer and main (DESIGN.md §2): `window.api`, one small
// function per contract channel plus event subscription. Never `ipcRenderer` itself, never a generic
// `invoke(channel)`, never `process.env` (Electron security checklist 20, "Do not expose Electron APIs
// to untrusted web content"). It imports only the channel names, not the schemas: main parses every
// payload anyway, and the sandboxed preload stays one small self-contained file.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { buildCalls, isEventName } from '@shared/channels'
import type { Api, ApiEvents, EventName, Unsubscribe } from '@shared/contract'

const api = {
  ...buildCalls((channel, args) => ipcRenderer.invoke(channel, ...args)),
  events: {
    on<E extends EventName>(name: E, listener: (payload: ApiEvents[E]) => void): Unsubscribe {
      // The name comes from page script: only contract events may be listened to.
      if (!isEventName(name) || typeof listener !== 'function') return () => {}
      // The IPC event (which carries `sender`, i.e. ipcRenderer) never reaches the page: payload only.
      const wrapped = (_event: IpcRendererEvent, payload: ApiEvents[E]): void => listener(payload)
      ipcRenderer.on(name, wrapped)
      return () => {
        ipcRenderer.removeListener(name, wrapped)
      }
    }
  }
} satisfies Api

contextBridge.exposeInMainWorld('api', api)
