// A recording stand-in for the `electron` module (DESIGN.md §7): the Electron binary cannot be
// downloaded on the build machines, so this is the one thing tests stand in for. It exposes the
// few APIs our main, security, ipc and preload code touch, behaves like Electron where behaviour
// matters to them (a second `ipcMain.handle` for a channel throws; `registerSchemesAsPrivileged`
// after ready throws; `whenReady` waits for `simulateReady`), and records everything they register
// so tests can inspect it and drive the handlers.
import { EventEmitter } from 'node:events'
import type { IpcMainInvokeEvent } from 'electron'

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown

/** A frame as `event.senderFrame` exposes it: its URL and whether it is a subframe. */
export interface StandInFrame {
  url: string
  parent: StandInFrame | null
}

export class StandInWebContents extends EventEmitter {
  readonly sent: { channel: string; payload: unknown }[] = []
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  destroyed = false

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }

  send(channel: string, payload: unknown): void {
    // Electron serialises with structured clone; so does this, so a non-cloneable payload fails the same way.
    const cloned = structuredClone(payload)
    this.sent.push({ channel, payload: cloned })
    ipcRenderer.emit(channel, { sender: ipcRenderer }, cloned)
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  /** Emits a navigation-style event the way Electron 45 does (an Event carrying `url`) and reports whether it was prevented. */
  simulate(name: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url: string): boolean {
    let prevented = false
    const event = { url, isMainFrame: true, preventDefault: () => (prevented = true) }
    this.emit(name, event, { src: url }, { src: url })
    return prevented
  }
}

class StandInApp extends EventEmitter {
  isPackaged = false
  ready = false
  quitCalls = 0
  /** False plays a second instance of the app (another one holds the lock). */
  singleInstanceLock = process.env.STAND_IN_SECOND_INSTANCE !== '1'
  readonly paths = new Map<string, string>()
  private resolveReady!: () => void
  private readonly readyPromise = new Promise<void>((resolve) => (this.resolveReady = resolve))

  whenReady(): Promise<void> {
    return this.readyPromise
  }

  isReady(): boolean {
    return this.ready
  }

  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLock
  }

  getPath(name: string): string {
    const path = this.paths.get(name) ?? process.env[`STAND_IN_PATH_${name.toUpperCase()}`]
    if (path === undefined) throw new Error(`stand-in: no path set for ${name}`)
    return path
  }

  getVersion(): string {
    return '0.1.0'
  }

  quit(): void {
    this.quitCalls++
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
    this.emit('before-quit', event)
    if (!event.defaultPrevented) this.emit('will-quit')
  }

  /** What Electron does when Chromium has started. */
  simulateReady(): void {
    this.ready = true
    this.emit('ready')
    this.resolveReady()
  }
}

export const app = new StandInApp()

export class BrowserWindow extends EventEmitter {
  static readonly all: BrowserWindow[] = []
  readonly webContents = new StandInWebContents()
  readonly loadedUrls: string[] = []
  visible = false
  destroyed = false

  constructor(readonly options: Record<string, unknown>) {
    super()
    BrowserWindow.all.push(this)
    app.emit('web-contents-created', {}, this.webContents)
  }

  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.all.filter((window) => !window.destroyed)
  }

  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url)
  }

  show(): void {
    this.visible = true
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  isMinimized(): boolean {
    return false
  }

  restore(): void {}

  focus(): void {}
}

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  /** Every channel ever passed to `handle`, duplicates included. */
  handleCalls: [] as string[],
  handle(channel: string, handler: Handler): void {
    this.handleCalls.push(channel)
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }
}

/** The app's top frame in production; tests make others to play an attacker. */
export const appFrame: StandInFrame = { url: 'app://app/index.html', parent: null }

/** Calls a registered handler as a renderer frame would, with structured-clone semantics for the arguments. */
export async function invokeFrom(
  frame: StandInFrame | null,
  channel: string,
  ...args: unknown[]
): Promise<unknown> {
  const handler = ipcMain.handlers.get(channel)
  if (handler === undefined) throw new Error(`stand-in: no handler for ${channel}`)
  // Only the two fields our handlers read; the rest of a real IpcMainInvokeEvent is Electron's business.
  const event = {
    senderFrame: frame,
    sender: BrowserWindow.all.at(-1)?.webContents
  } as unknown as IpcMainInvokeEvent
  return handler(event, ...structuredClone(args))
}

class StandInIpcRenderer extends EventEmitter {
  /** The frame `invoke` reports as the sender; the preload runs in the app's own top frame. */
  frame: StandInFrame = appFrame

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    return invokeFrom(this.frame, channel, ...args)
  }
}

export const ipcRenderer = new StandInIpcRenderer()

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    if (this.exposed.has(key))
      throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`)
    this.exposed.set(key, api)
  }
}

type RequestHandler = (request: Request) => Promise<Response> | Response

export const protocol = {
  privileged: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  handlers: new Map<string, RequestHandler>(),
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]): void {
    if (app.ready)
      throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
    this.privileged.push(...schemes)
  },
  handle(scheme: string, handler: RequestHandler): void {
    if (!app.ready) throw new Error('protocol.handle must be called after app is ready')
    this.handlers.set(scheme, handler)
  }
}

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void
) => void

class StandInSession {
  permissionRequestHandler:
    ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null
  permissionCheckHandler: ((contents: unknown, permission: string, origin: string) => boolean) | null = null
  headersListener: HeadersListener | null = null
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener): void => {
      this.headersListener = listener
    }
  }

  setPermissionRequestHandler(handler: StandInSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler
  }

  setPermissionCheckHandler(handler: StandInSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler
  }
}

export const session = { defaultSession: new StandInSession() }

export const shell = {
  opened: [] as string[],
  openedPaths: [] as string[],
  async openExternal(url: string): Promise<void> {
    this.opened.push(url)
  },
  /** Electron answers '' when the file manager opened the path, an error text otherwise. */
  async openPath(path: string): Promise<string> {
    this.openedPaths.push(path)
    return ''
  }
}

/** The save dialog: gives `answer` (cancelled unless a test sets a path) and remembers what it was asked. */
export const dialog = {
  asked: [] as unknown[][],
  answer: { canceled: true } as { canceled: boolean; filePath?: string },
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> {
    this.asked.push(args)
    return this.answer
  }
}

/** Electron's powerMonitor: tests emit `lock-screen` or `suspend` as the OS would. */
export const powerMonitor = new EventEmitter()

/** Electron's `net.fetch` is Chromium's network stack; Node's fetch plays it here. */
export const net = {
  fetch: (input: string | Request, init?: RequestInit): Promise<Response> => globalThis.fetch(input, init),
  /** Chromium's network-change notifier; tests set `online` to play a cable pulled out. */
  online: true,
  isOnline(): boolean {
    return this.online
  }
}

export default {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  net,
  powerMonitor,
  protocol,
  session,
  shell
}
