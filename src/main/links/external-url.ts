// Which links may leave the app for the system browser (Electron security checklist 15, "Do not use
// shell.openExternal with untrusted content"). Pure, so the Backend (links.open) and the Electron glue
// (navigation and window-open handlers) apply the same rule.

/**
 * The only hosts `shell.openExternal` may open (checklist 15, "Do not use shell.openExternal with
 * untrusted content"): the identity-process link (TRUORA_API.md "Account API",
 * `https://identity.truora.com/?token=…`) and Truora's developer documentation. Exact host names, no
 * wildcard: a subdomain takeover of any `*.truora.com` host must not turn into a link the app opens.
 */
const EXTERNAL_HOSTS: ReadonlySet<string> = new Set(['identity.truora.com', 'dev.truora.com'])

/** A URL from untrusted input (a string of bounded length), or null. */
export function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length > 8192) return null
  try {
    return new URL(value)
  } catch {
    return null
  }
}

function isPlainHttps(parsed: URL): boolean {
  return (
    parsed.protocol === 'https:' && parsed.port === '' && parsed.username === '' && parsed.password === ''
  )
}

/**
 * The WhatsApp hand-off of an identity link: `https://wa.me/<E.164 digits>?text=<message>` and only
 * that shape — a path of 7 to 15 digits (E.164 without its plus), at most one query parameter, `text`,
 * and no fragment — so `wa.me` cannot be used to open anything else.
 */
function isWhatsAppHandoff(parsed: URL): boolean {
  if (!isPlainHttps(parsed) || parsed.hostname !== 'wa.me' || parsed.hash !== '') return false
  if (!/^\/[1-9]\d{6,14}$/.test(parsed.pathname)) return false
  const names = [...parsed.searchParams.keys()]
  return names.length === 0 || (names.length === 1 && names[0] === 'text')
}

/**
 * True only for an https URL, default port, no credentials, whose host is exactly one of
 * `EXTERNAL_HOSTS`, or a WhatsApp hand-off of the shape above.
 */
export function isSafeExternalUrl(url: unknown): boolean {
  const parsed = parseUrl(url)
  if (parsed === null) return false
  return (isPlainHttps(parsed) && EXTERNAL_HOSTS.has(parsed.hostname)) || isWhatsAppHandoff(parsed)
}
