// The Electron security model of DESIGN.md §6, one rule per function, each naming the item of the
// Electron security checklist (https://www.electronjs.org/docs/latest/tutorial/security) it applies.
// The validators at the top are pure and take `unknown`, so they are unit-tested with tables of evil
// input; the installers below them only wire those validators to Electron's hooks.
import { isAbsolute, relative, resolve } from 'node:path'
import type { App, Protocol, Session, Shell, WebContents } from 'electron'
import { fail, ok, type Result } from '@shared/result'
import { isSafeExternalUrl, parseUrl } from '../links/external-url'

/**
 * Production UI origin: a custom privileged scheme rather than file:// (checklist 18, "Avoid usage of
 * the file:// protocol and prefer usage of custom protocols").
 */
export const APP_SCHEME = 'app'
const APP_HOST = 'app'
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * Checklist 17, "Validate the sender of all IPC messages": a frame is ours when its URL is on the
 * app:// origin or, in development only, on the electron-vite dev server's origin. Compared by parsed
 * scheme and host (Node gives non-special schemes an opaque "null" origin, so `origin` cannot be used).
 */
export function isTrustedSender(frameUrl: unknown, devServerUrl?: string): boolean {
  const frame = parseUrl(frameUrl)
  if (frame === null) return false
  if (frame.protocol === `${APP_SCHEME}:` && frame.host.toLowerCase() === APP_HOST) return true
  const dev = devServerUrl === undefined ? null : parseUrl(devServerUrl)
  return (
    dev !== null && (dev.protocol === 'http:' || dev.protocol === 'https:') && frame.origin === dev.origin
  )
}

const DOT_SEGMENT = /[/\\](?:\.|%2e){1,2}(?:[/\\?#]|%2f|%5c|$)/i

/**
 * Maps an app:// request URL to a file under `root`, or null. The guard against path traversal that
 * DESIGN.md §6 asks for: only our scheme and host; no dot segment, plain or encoded; the path is
 * percent-decoded once and then refused if it holds a backslash, a NUL, a `%` (double encoding), a
 * drive letter or a second leading slash; and the resolved path must still lie inside `root`.
 */
export function resolveAppPath(root: string, requestUrl: unknown): string | null {
  // The URL parser silently folds `/../` and `/%2e%2e/` into the path; a request that spelled one is
  // hostile whatever it folds to, so it is refused before parsing.
  if (typeof requestUrl !== 'string' || DOT_SEGMENT.test(requestUrl)) return null
  const url = parseUrl(requestUrl)
  if (url === null || url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (/[\0\\]|%/.test(decoded) || decoded.startsWith('//') || /^\/?[A-Za-z]:/.test(decoded)) return null
  const segments = decoded.split('/').filter((segment) => segment !== '')
  if (segments.some((segment) => segment === '..' || segment === '.')) return null
  const relativePath = segments.length === 0 ? 'index.html' : segments.join('/')
  const resolved = resolve(root, relativePath)
  const inside = relative(resolve(root), resolved)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null
  return resolved
}

/**
 * Checklist 7, "Define a Content-Security-Policy": sent as a response header (below and by
 * app-protocol.ts) as well as the renderer's meta tag; the browser enforces both, so this one must
 * allow what the meta tag allows and nothing more. Development adds the dev server's HMR websocket.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  const dev = devServerUrl === undefined ? null : parseUrl(devServerUrl)
  const hmr = dev === null ? '' : ` ${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}`
  return [
    "default-src 'none'",
    "script-src 'self'",
    // Vue transitions and the component library set inline styles; scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${hmr}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'"
  ].join('; ')
}

/** Checklist 18: app:// must be registered as standard + secure before `ready`, so it gets a real origin. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/**
 * Checklist 15: the one door to the operating system's browser. Takes `unknown` so it can be wired to
 * an IPC channel as is; refuses anything `isSafeExternalUrl` refuses.
 */
export async function openExternalGuarded(
  shell: Pick<Shell, 'openExternal'>,
  url: unknown
): Promise<Result<null>> {
  const checked = isSafeExternalUrl(url) ? parseUrl(url) : null
  if (checked === null) return fail('forbidden', 'Only https links to Truora can be opened')
  try {
    // The URL as it was checked (parsed and serialised), not the text as typed: the system's
    // handler must not read a leading space, a backslash or fullwidth letters its own way.
    await shell.openExternal(checked.href)
    return ok(null)
  } catch {
    return fail('internal', 'The system could not open the link')
  }
}

/** Whether `value` names the camera alone: `['video']`, never the microphone (`audio`). */
function isCameraOnly(mediaTypes: unknown): boolean {
  return Array.isArray(mediaTypes) && mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video')
}

function field(details: unknown, name: string): unknown {
  return details !== null && typeof details === 'object'
    ? (details as Record<string, unknown>)[name]
    : undefined
}

/**
 * Checklist 5, "Handle session permission requests from remote content": the one permission the app
 * asks for is the camera, for on-site validation (capture of a document or a face), and only its own
 * UI gets it — `media` with video alone (no microphone), from the app's top frame on `app://app` (or
 * the dev server in development). Everything else is denied. Takes `unknown` so it can be table-tested.
 */
export function isAllowedPermissionRequest(
  permission: unknown,
  details: unknown,
  devServerUrl?: string
): boolean {
  return (
    permission === 'media' &&
    field(details, 'isMainFrame') === true &&
    isCameraOnly(field(details, 'mediaTypes')) &&
    isTrustedSender(field(details, 'requestingUrl'), devServerUrl)
  )
}

/**
 * The synchronous check Chromium makes before (and besides) a request: the same rule, by the
 * requesting origin and the one media type asked about (`video`; `audio` and `unknown` are denied).
 */
export function isAllowedPermissionCheck(
  permission: unknown,
  requestingOrigin: unknown,
  details: unknown,
  devServerUrl?: string
): boolean {
  return (
    permission === 'media' &&
    field(details, 'isMainFrame') === true &&
    field(details, 'mediaType') === 'video' &&
    isTrustedSender(requestingOrigin, devServerUrl)
  )
}

export interface SessionHardening {
  /** The electron-vite dev server URL in development; undefined when packaged. */
  devServerUrl?: string
}

/** Permission handlers and the CSP header for one session (the app uses only the default one). */
export function hardenSession(session: Session, options: SessionHardening = {}): void {
  // Checklist 5: Electron grants every request by default. Only the camera, for the app's own UI, is
  // allowed (on-site validation); the synchronous checks Chromium asks before a request follow the
  // same rule.
  const dev = options.devServerUrl
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isAllowedPermissionRequest(permission, details, dev))
  )
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isAllowedPermissionCheck(permission, requestingOrigin, details, dev)
  )
  // Checklist 7: the CSP also as a header, which, unlike a meta tag, covers every response.
  const csp = contentSecurityPolicy(options.devServerUrl)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } })
  })
}

/**
 * Navigation, new windows and <webview> for every web contents the app creates (`web-contents-created`
 * covers the main window and anything created later).
 */
function hardenWebContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>): void {
  const sendOut = (url: string): void => {
    if (isSafeExternalUrl(url)) void openExternalGuarded(shell, url)
  }
  // Checklist 13, "Disable or limit navigation": the UI is one page (vue-router changes history only,
  // which fires no will-navigate), so every navigation is refused; a Truora link goes to the browser.
  contents.on('will-navigate', (event) => {
    event.preventDefault()
    sendOut(event.url)
  })
  contents.on('will-redirect', (event) => {
    event.preventDefault()
  })
  // Checklist 14, "Disable or limit creation of new windows": never a second window; a safe Truora
  // link opens in the system browser instead (checklist 15).
  contents.setWindowOpenHandler(({ url }) => {
    sendOut(url)
    return { action: 'deny' }
  })
  // Checklists 11-12, "<webview>: Verify options and params": the app uses no <webview> at all.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
}

/** Applies `hardenWebContents` to every web contents as it is created. */
export function hardenAllWebContents(app: Pick<App, 'on'>, shell: Pick<Shell, 'openExternal'>): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell))
}
