// security.ts wired to the recording `electron` stand-in: what it registers on the session and on
// every web contents, and what those handlers then decide (DESIGN.md §6).
import type { App, Session } from 'electron'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('../support/electron/electron-stand-in'))

const electron = await import('../support/electron/electron-stand-in')
const security = await import('../../src/main/electron/security')

const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'openExternal',
  'hid',
  'fullscreen',
  'unknown'
]

describe('hardenSession', () => {
  const session = electron.session.defaultSession
  security.hardenSession(session as unknown as Session)

  it.each(PERMISSIONS)('denies the permission request for %s', async (permission) => {
    const granted = await new Promise<boolean>((resolve) =>
      session.permissionRequestHandler!({}, permission, resolve)
    )
    expect(granted).toBe(false)
  })

  it.each(PERMISSIONS)('denies the permission check for %s', (permission) => {
    expect(session.permissionCheckHandler!({}, permission, 'app://app')).toBe(false)
  })

  // The camera for on-site validation: the app's own top frame, video alone (README "Security", item 5).
  const camera = {
    requestingUrl: 'app://app/index.html#/accounts/ACC1',
    isMainFrame: true,
    mediaTypes: ['video']
  }
  it('grants the camera to the app’s own page, and nothing more with it', async () => {
    const ask = (permission: string, details: unknown) =>
      new Promise<boolean>((resolve) => session.permissionRequestHandler!({}, permission, resolve, details))
    expect(await ask('media', camera)).toBe(true)
    expect(await ask('media', { ...camera, mediaTypes: ['video', 'audio'] })).toBe(false)
    expect(await ask('media', { ...camera, requestingUrl: 'https://identity.truora.com/' })).toBe(false)
    expect(await ask('media', { ...camera, isMainFrame: false })).toBe(false)
    expect(await ask('geolocation', camera)).toBe(false)
    expect(
      session.permissionCheckHandler!({}, 'media', 'app://app', { isMainFrame: true, mediaType: 'video' })
    ).toBe(true)
    expect(
      session.permissionCheckHandler!({}, 'media', 'app://app', { isMainFrame: true, mediaType: 'audio' })
    ).toBe(false)
  })

  it('adds the CSP header to every response and keeps the other headers', async () => {
    const response = await new Promise<{ responseHeaders?: Record<string, string[]> }>((resolve) =>
      session.headersListener!(
        { url: 'app://app/index.html', responseHeaders: { 'Content-Type': ['text/html'] } },
        resolve
      )
    )
    expect(response.responseHeaders?.['Content-Type']).toEqual(['text/html'])
    expect(response.responseHeaders?.['Content-Security-Policy']).toEqual([security.contentSecurityPolicy()])
  })
})

describe('hardenAllWebContents', () => {
  security.hardenAllWebContents(electron.app as unknown as App, electron.shell)
  // Creating a window fires `web-contents-created`, as Electron does.
  const contents = new electron.BrowserWindow({}).webContents

  it.each([
    'https://evil.example/',
    'app://app/index.html',
    'file:///etc/passwd',
    'https://identity.truora.com/?token=abc'
  ])('prevents navigating to %s', (url) => {
    expect(contents.simulate('will-navigate', url)).toBe(true)
  })

  it('prevents redirects', () => {
    expect(contents.simulate('will-redirect', 'https://evil.example/')).toBe(true)
  })

  it('prevents attaching a <webview>', () => {
    expect(contents.simulate('will-attach-webview', 'https://evil.example/')).toBe(true)
  })

  it('denies every new window and opens only safe Truora links in the system browser', async () => {
    electron.shell.opened.length = 0
    const urls = [
      'https://identity.truora.com/?token=abc',
      'https://evil.example/',
      'http://identity.truora.com/?token=abc',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://app/index.html'
    ]
    for (const url of urls) expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' })
    await vi.waitFor(() => expect(electron.shell.opened).toEqual(['https://identity.truora.com/?token=abc']))
  })

  it('sends a clicked Truora link to the system browser instead of navigating', async () => {
    electron.shell.opened.length = 0
    expect(contents.simulate('will-navigate', 'https://dev.truora.com/guides/')).toBe(true)
    expect(contents.simulate('will-navigate', 'https://evil.example/')).toBe(true)
    await vi.waitFor(() => expect(electron.shell.opened).toEqual(['https://dev.truora.com/guides/']))
  })
})

describe('openExternalGuarded', () => {
  it('opens a safe link', async () => {
    electron.shell.opened.length = 0
    expect(
      await security.openExternalGuarded(electron.shell, 'https://identity.truora.com/?token=t')
    ).toEqual({
      ok: true,
      data: null
    })
    expect(electron.shell.opened).toEqual(['https://identity.truora.com/?token=t'])
  })

  it.each([
    [' https://wa.me/573001234567', 'https://wa.me/573001234567'],
    ['https:\\\\wa.me\\573001234567?text=hola', 'https://wa.me/573001234567?text=hola'],
    ['https://ｗａ.ｍｅ/573001234567', 'https://wa.me/573001234567'],
    ['HTTPS://IDENTITY.TRUORA.COM/?token=t', 'https://identity.truora.com/?token=t']
  ])('hands the shell the link as it was checked, not as typed: %j', async (typed, opened) => {
    electron.shell.opened.length = 0
    expect((await security.openExternalGuarded(electron.shell, typed)).ok).toBe(true)
    expect(electron.shell.opened).toEqual([opened])
  })

  it.each(['https://evil.example/', 'smb://host/share', { url: 'x' }, undefined])(
    'refuses %s as forbidden without calling the shell',
    async (url) => {
      electron.shell.opened.length = 0
      const result = await security.openExternalGuarded(electron.shell, url)
      expect(result.ok ? null : result.error.code).toBe('forbidden')
      expect(electron.shell.opened).toEqual([])
    }
  )

  it('turns a shell failure into an internal Result', async () => {
    const failing = { openExternal: () => Promise.reject(new Error('no handler')) }
    const result = await security.openExternalGuarded(failing, 'https://identity.truora.com/')
    expect(result.ok ? null : result.error.code).toBe('internal')
  })
})

describe('registerAppScheme', () => {
  it('registers app:// as standard and secure, and nothing more powerful', () => {
    security.registerAppScheme(electron.protocol)
    expect(electron.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ])
  })
})
