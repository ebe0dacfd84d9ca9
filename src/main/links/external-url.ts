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

/** True only for an https URL, default port, no credentials, whose host is exactly one of `EXTERNAL_HOSTS`. */
export function isSafeExternalUrl(url: unknown): boolean {
  const parsed = parseUrl(url)
  return (
    parsed !== null &&
    parsed.protocol === 'https:' &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    EXTERNAL_HOSTS.has(parsed.hostname)
  )
}
