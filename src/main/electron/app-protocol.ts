// Serves the built renderer (`out/renderer`) on app://app/ in production (DESIGN.md §6; Electron
// checklist 18, "Avoid usage of the file:// protocol and prefer usage of custom protocols"). Files are
// read by this handler, not handed to net.fetch(file://), so the path guard in security.ts is the only
// way in and every response carries the CSP header (checklist 7).
import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import type { Protocol } from 'electron'
import { APP_SCHEME, contentSecurityPolicy, resolveAppPath } from './security'

/** Only what electron-vite's renderer build emits; anything else is refused rather than guessed. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8'
}

function plain(status: number, text: string, csp: string): Response {
  return new Response(text, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff'
    }
  })
}

/** The app:// request handler for the files under `root`. Never throws: failures are HTTP statuses. */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  const csp = contentSecurityPolicy()
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed', csp)
    const file = resolveAppPath(root, request.url)
    if (file === null) return plain(400, 'Bad request', csp)
    const contentType = CONTENT_TYPES[extname(file).toLowerCase()]
    if (contentType === undefined) return plain(404, 'Not found', csp)
    let body: Buffer
    try {
      body = await readFile(file)
    } catch {
      return plain(404, 'Not found', csp)
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': contentType,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache'
      }
    })
  }
}

/** Registers the handler; call after `app.whenReady()` (the scheme itself is registered before). */
export function serveApp(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root))
}
