// The pure validators of security.ts against tables of good and evil input (DESIGN.md §6).
import { join, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  contentSecurityPolicy,
  isAllowedPermissionCheck,
  isAllowedPermissionRequest,
  isTrustedSender,
  resolveAppPath
} from '../../src/main/electron/security'
import { isSafeExternalUrl } from '../../src/main/links/external-url'

describe('isSafeExternalUrl', () => {
  it.each([
    'https://identity.truora.com/?token=eyJhbGciOiJIUzI1NiJ9.e30.sig',
    'https://identity.truora.com/',
    'https://dev.truora.com/guides/',
    'https://IDENTITY.truora.com/?token=abc',
    // The WhatsApp hand-off of an identity link: wa.me, E.164 digits, only a `text`.
    'https://wa.me/573001234567?text=Hola%20https%3A%2F%2Fidentity.truora.com%2F%3Ftoken%3Dabc',
    'https://wa.me/5511987654321'
  ])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true)
  })

  it.each([
    ['http, not https', 'http://identity.truora.com/?token=abc'],
    ['another Truora host', 'https://api.validations.truora.com/v1/accounts'],
    ['the bare domain', 'https://truora.com/'],
    ['a look-alike suffix', 'https://identity.truora.com.evil.example/'],
    ['a look-alike prefix', 'https://evilidentity.truora.com/'],
    ['credentials before the host', 'https://identity.truora.com@evil.example/'],
    ['user info on the right host', 'https://user:pass@identity.truora.com/'],
    ['an explicit port', 'https://identity.truora.com:8443/'],
    ['file scheme', 'file:///etc/passwd'],
    ['javascript scheme', 'javascript:alert(1)'],
    ['data scheme', 'data:text/html,<script>alert(1)</script>'],
    ['a custom handler scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['smb share', 'smb://identity.truora.com/share'],
    ['not a URL', 'identity.truora.com'],
    ['empty string', ''],
    ['a huge string', `https://identity.truora.com/?${'a'.repeat(20_000)}`],
    ['a URL object', new URL('https://identity.truora.com/')],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object with href', { href: 'https://identity.truora.com/' }],
    ['an object with toString', { toString: () => 'https://identity.truora.com/' }],
    ['wa.me over http', 'http://wa.me/573001234567?text=x'],
    ['wa.me with a path that is not a phone', 'https://wa.me/send?phone=573001234567'],
    ['wa.me with another parameter', 'https://wa.me/573001234567?text=x&app_absent=0'],
    ['wa.me with a fragment', 'https://wa.me/573001234567?text=x#y'],
    ['wa.me with a short number', 'https://wa.me/12345'],
    ['wa.me with a port', 'https://wa.me:8443/573001234567'],
    ['a wa.me look-alike', 'https://wa.me.evil.example/573001234567'],
    ['api.whatsapp.com', 'https://api.whatsapp.com/send?phone=573001234567']
  ])('refuses %s', (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })
})

describe('isTrustedSender', () => {
  const dev = 'http://localhost:5173'

  it.each([
    ['the app entry', 'app://app/index.html', undefined],
    ['an app route', 'app://app/index.html#/accounts/ACC1', undefined],
    ['the dev server in development', 'http://localhost:5173/', dev],
    ['a dev server route', 'http://localhost:5173/#/search', dev]
  ])('trusts %s', (_label, url, devServerUrl) => {
    expect(isTrustedSender(url, devServerUrl)).toBe(true)
  })

  it.each([
    ['the dev server when none is configured (packaged)', 'http://localhost:5173/', undefined],
    ['another port on localhost', 'http://localhost:5174/', dev],
    ['another scheme on the dev host', 'https://localhost:5173/', dev],
    ['another app:// host', 'app://evil/index.html', undefined],
    ['a remote page', 'https://identity.truora.com/', dev],
    ['file scheme', 'file:///home/user/index.html', undefined],
    ['about:blank', 'about:blank', undefined],
    ['data URL', 'data:text/html,hi', undefined],
    ['empty', '', undefined],
    ['not a string', { url: 'app://app/index.html' }, undefined],
    ['a non-http dev server setting', 'file:///x', 'file:///x']
  ])('refuses %s', (_label, url, devServerUrl) => {
    expect(isTrustedSender(url, devServerUrl)).toBe(false)
  })
})

describe('isAllowedPermissionRequest (the camera for on-site validation)', () => {
  const dev = 'http://localhost:5173'
  const ours = {
    requestingUrl: 'app://app/index.html#/accounts/ACC1',
    isMainFrame: true,
    mediaTypes: ['video']
  }

  it.each([
    ['the camera for the app’s page', 'media', ours, undefined],
    ['the camera for the dev server in development', 'media', { ...ours, requestingUrl: `${dev}/#/` }, dev]
  ])('allows %s', (_label, permission, details, devServerUrl) => {
    expect(isAllowedPermissionRequest(permission, details, devServerUrl)).toBe(true)
  })

  it.each([
    ['the microphone', 'media', { ...ours, mediaTypes: ['audio'] }],
    ['camera and microphone together', 'media', { ...ours, mediaTypes: ['video', 'audio'] }],
    ['no media type named', 'media', { ...ours, mediaTypes: [] }],
    ['media types that are not a list', 'media', { ...ours, mediaTypes: 'video' }],
    ['a subframe of the app', 'media', { ...ours, isMainFrame: false }],
    ['isMainFrame left out', 'media', { requestingUrl: ours.requestingUrl, mediaTypes: ['video'] }],
    ['a remote page', 'media', { ...ours, requestingUrl: 'https://identity.truora.com/' }],
    ['another app:// host', 'media', { ...ours, requestingUrl: 'app://evil/index.html' }],
    ['a file:// page', 'media', { ...ours, requestingUrl: 'file:///tmp/x.html' }],
    ['the dev server when packaged', 'media', { ...ours, requestingUrl: `${dev}/` }],
    ['no details', 'media', undefined],
    ['details that are not an object', 'media', 'video'],
    ['geolocation', 'geolocation', ours],
    ['notifications', 'notifications', ours],
    ['display capture', 'display-capture', ours],
    ['clipboard', 'clipboard-read', ours],
    ['fullscreen', 'fullscreen', ours],
    ['open external', 'openExternal', ours],
    ['a permission that is not a string', 42, ours]
  ])('denies %s', (_label, permission, details) => {
    expect(isAllowedPermissionRequest(permission, details)).toBe(false)
  })
})

describe('isAllowedPermissionCheck', () => {
  const main = { isMainFrame: true, mediaType: 'video' }
  it('allows a camera check from the app’s origin', () => {
    expect(isAllowedPermissionCheck('media', 'app://app', main)).toBe(true)
  })

  it.each([
    ['the microphone', 'media', 'app://app', { ...main, mediaType: 'audio' }],
    ['an unknown media type (device enumeration)', 'media', 'app://app', { ...main, mediaType: 'unknown' }],
    ['no media type', 'media', 'app://app', { isMainFrame: true }],
    ['a subframe', 'media', 'app://app', { ...main, isMainFrame: false }],
    ['another origin', 'media', 'https://identity.truora.com', main],
    ['an opaque origin', 'media', 'null', main],
    ['no origin', 'media', undefined, main],
    ['another permission', 'notifications', 'app://app', main]
  ])('denies %s', (_label, permission, origin, details) => {
    expect(isAllowedPermissionCheck(permission, origin, details)).toBe(false)
  })
})

describe('resolveAppPath', () => {
  const root = join(sep, 'opt', 'app', 'out', 'renderer')

  it.each([
    ['the root', 'app://app/', 'index.html'],
    ['no trailing slash', 'app://app', 'index.html'],
    ['the entry', 'app://app/index.html', 'index.html'],
    ['an asset', 'app://app/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['a query is ignored', 'app://app/assets/a.css?v=1', 'assets/a.css'],
    ['a fragment is ignored', 'app://app/index.html#/accounts/1', 'index.html'],
    ['an encoded space', 'app://app/assets/my%20font.woff2', 'assets/my font.woff2'],
    ['an upper-case host', 'app://APP/index.html', 'index.html'],
    ['a name with dots', 'app://app/assets/vendor..chunk.js', 'assets/vendor..chunk.js']
  ])('maps %s', (_label, url, expected) => {
    expect(resolveAppPath(root, url)).toBe(join(root, expected))
  })

  it.each([
    ['parent segments', 'app://app/../../etc/passwd'],
    ['parent segments that stay inside the root once folded', 'app://app/assets/../index.html'],
    ['a mixed-case encoded dot', 'app://app/.%2E/.%2e/etc/passwd'],
    ['encoded parent segments', 'app://app/%2e%2e/%2e%2e/etc/passwd'],
    ['an encoded slash around ..', 'app://app/assets%2F..%2F..%2F..%2Fetc%2Fpasswd'],
    ['an encoded backslash', 'app://app/..%5C..%5Cetc%5Cpasswd'],
    ['a backslash', 'app://app/assets\\..\\..\\secret'],
    ['double encoding', 'app://app/%252e%252e/%252e%252e/etc/passwd'],
    ['a NUL byte', 'app://app/index.html%00.png'],
    ['a malformed escape', 'app://app/%E0%A4%A'],
    ['an absolute path after the host', 'app://app//etc/passwd'],
    ['an encoded absolute path', 'app://app/%2Fetc%2Fpasswd'],
    ['a Windows drive', 'app://app/C:/Windows/win.ini'],
    ['an encoded Windows drive', 'app://app/C%3A%5CWindows%5Cwin.ini'],
    ['a single dot segment, encoded', 'app://app/%2e/index.html'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///opt/app/out/renderer/index.html'],
    ['https', 'https://app/index.html'],
    ['not a URL', '../etc/passwd'],
    ['not a string', 42],
    ['null', null]
  ])('refuses %s', (_label, url) => {
    expect(resolveAppPath(root, url)).toBeNull()
  })
})

describe('contentSecurityPolicy', () => {
  const directives = (csp: string) =>
    new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))

  it('allows only our own scripts and nothing remote in production', () => {
    const csp = directives(contentSecurityPolicy())
    expect(csp.get('default-src')).toEqual(["'none'"])
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('connect-src')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|https?:|\*/)
  })

  it('adds only the dev server websocket in development', () => {
    const csp = directives(contentSecurityPolicy('http://localhost:5173'))
    expect(csp.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173'])
    expect(csp.get('script-src')).toEqual(["'self'"])
  })
})
