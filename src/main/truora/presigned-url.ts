// Where a presigned URL may point (DESIGN.md §6 "Egress": "a presigned file URL is fetched without
// it"): the links Truora's answer to `POST /v1/validations` names for the images (TRUORA_API.md
// "Validations API") and the file a process PDF redirects to. They are bearer URLs on a storage host,
// never one of Truora's API bases, and the request that uses them carries NO key. Only https on the default port to a public DNS name, with no
// user info, and never a URL that would carry the key itself. The simulator serves its upload links
// on http://127.0.0.1, so loopback http is allowed only when every configured Truora endpoint is on
// loopback too (a developer's or a test's setup), never in production.
import type { Endpoints } from './endpoints'

/** Why an upload URL is not used. */
export type PresignedRefusal =
  /** Not a URL. */
  | 'unparseable'
  /** Not https (or http on loopback with the simulator). */
  | 'scheme'
  /** User name or password in it. */
  | 'credentials'
  /** A port other than the scheme's default. */
  | 'port'
  /** An IP literal, loopback, a bare name or a private suffix: not a public storage host. */
  | 'host'
  /** It holds the operator's key (in any form): a URL is logged and kept, a key must not be. */
  | 'carries_key'

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]'])
/** Names that are never a storage host on the internet (RFC 6761, RFC 6762, common private suffixes). */
const PRIVATE_SUFFIXES = ['.localhost', '.local', '.internal', '.lan', '.home.arpa', '.intranet']

function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_NAMES.has(hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
}

function isIpLiteral(hostname: string): boolean {
  return hostname.startsWith('[') || /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname)
}

/** True when every configured API is on this machine: the simulator, never Truora itself. */
export function endpointsOnLoopback(endpoints: Endpoints): boolean {
  return [endpoints.validations, endpoints.identity, endpoints.account].every(
    (base) => URL.canParse(base) && isLoopbackHost(new URL(base).hostname)
  )
}

/**
 * The forms a key could take inside a URL: as is, percent-encoded, base64, base64url and hex. Compared
 * without case (a host is lowercased by the URL parser, and hex has two cases).
 */
function keyForms(apiKey: string): string[] {
  if (apiKey.length < 6) return []
  const bytes = Buffer.from(apiKey, 'utf8')
  return [
    apiKey,
    encodeURIComponent(apiKey),
    bytes.toString('base64'),
    bytes.toString('base64url'),
    bytes.toString('hex')
  ].map((form) => form.toLowerCase())
}

/** `text` percent-decoded until it no longer changes (a key encoded twice is still the key). */
function fullyDecoded(text: string): string {
  let current = text
  for (let round = 0; round < 4; round++) {
    let next = current
    try {
      next = decodeURIComponent(current)
    } catch {
      // A malformed escape: look at the text as it is.
    }
    if (next === current) break
    current = next
  }
  return current
}

/** What may cut a key into pieces inside a URL: the host's dots, the query's `&` and `=`, slashes. */
const SEPARATORS = /[./&=?#:;,+\s-]/g

/**
 * Whether the URL holds the key in a form this can recognise: in the URL as a whole, and with the
 * separators a key could be cut by (the host's dots, the query's `&` and `=`, path slashes) taken out.
 * An encoding it does not know can still hide a key; that is why nothing logs such a URL either
 * (upload-image.ts and pdf-file.ts log the outcome, never the link).
 */
function carriesKey(url: URL, apiKey: string): boolean {
  const forms = keyForms(apiKey)
  if (forms.length === 0) return false
  const whole = fullyDecoded(url.href).toLowerCase()
  const joined = whole.replace(SEPARATORS, '')
  return forms.some((form) => whole.includes(form) || joined.includes(form.replace(SEPARATORS, '')))
}

/**
 * The host as a resolver reads it: lowercase, without the trailing dot(s) of a fully qualified name
 * (`localhost.` and `printer.local.` name the same machines as without the dot).
 */
function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.+$/, '')
}

/**
 * Why `text` may not be used as a presigned URL, or undefined when it may. `apiKey`, when the caller
 * holds it, is looked for in the URL too.
 */
export function presignedRefusal(
  text: string,
  options: { allowLoopbackHttp: boolean; apiKey?: string }
): PresignedRefusal | undefined {
  if (!URL.canParse(text)) return 'unparseable'
  const url = new URL(text)
  if (options.apiKey !== undefined && carriesKey(url, options.apiKey)) return 'carries_key'
  if (url.username !== '' || url.password !== '') return 'credentials'
  const host = hostOf(url)
  if (options.allowLoopbackHttp && isLoopbackHost(host)) {
    return url.protocol === 'http:' || url.protocol === 'https:' ? undefined : 'scheme'
  }
  if (url.protocol !== 'https:') return 'scheme'
  if (url.port !== '') return 'port'
  if (isIpLiteral(host) || !host.includes('.') || isLoopbackHost(host)) return 'host'
  if (PRIVATE_SUFFIXES.some((suffix) => host.endsWith(suffix))) return 'host'
  return undefined
}
