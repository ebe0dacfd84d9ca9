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

/** The forms a key could take inside a URL: as is, percent-encoded, base64 and base64url. */
function keyForms(apiKey: string): string[] {
  if (apiKey.length < 6) return []
  const bytes = Buffer.from(apiKey, 'utf8')
  return [apiKey, encodeURIComponent(apiKey), bytes.toString('base64'), bytes.toString('base64url')]
}

function carriesKey(text: string, apiKey: string): boolean {
  let decoded = text
  try {
    decoded = decodeURIComponent(text)
  } catch {
    // A malformed escape: look at the text as it is.
  }
  return keyForms(apiKey).some((form) => text.includes(form) || decoded.includes(form))
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
  if (options.apiKey !== undefined && carriesKey(url.href, options.apiKey)) return 'carries_key'
  if (url.username !== '' || url.password !== '') return 'credentials'
  const host = url.hostname.toLowerCase()
  if (options.allowLoopbackHttp && isLoopbackHost(host)) {
    return url.protocol === 'http:' || url.protocol === 'https:' ? undefined : 'scheme'
  }
  if (url.protocol !== 'https:') return 'scheme'
  if (url.port !== '') return 'port'
  if (isIpLiteral(host) || !host.includes('.') || isLoopbackHost(host)) return 'host'
  if (PRIVATE_SUFFIXES.some((suffix) => host.endsWith(suffix))) return 'host'
  return undefined
}
