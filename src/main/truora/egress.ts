// Where the operator's API key may go (DESIGN.md §6 "Egress", §1 promise 2): only to a configured
// Truora base — its origin and, below it, its path. Every URL that carries the key passes through
// here: the ones the client builds from IDs and the `next` links Truora sends back. The WHATWG URL
// parser decides what a reference means (`//host`, `/\host`, tabs inside, `%2e%2e` segments,
// `user@host`), and the rule is checked on what it resolved to, never on how the text looks.

/** Why a URL may not carry the key. */
export type EgressRefusal =
  /** Not a URL at all, even against the base. */
  | 'unparseable'
  /** Another scheme than the base's (`ftp:`, `data:`, `http:` under an `https:` base…). */
  | 'scheme'
  /** A user name or password in the URL (`https://api.truora.com@evil/`). */
  | 'credentials'
  /** Another host or port. */
  | 'origin'
  /** Same origin, but outside the base's path (`/v1` in production; another API behind a proxy). */
  | 'path'

/** The base's path without its trailing slashes: `/v1`, `/validations/v1`, or '' for a bare host. */
function pathPrefix(base: URL): string {
  return base.pathname.replace(/\/+$/, '')
}

/** Why `url` may not carry the key for `base`, or undefined when it may. */
export function egressRefusal(url: URL, base: URL): EgressRefusal | undefined {
  if (url.protocol !== base.protocol) return 'scheme'
  if (url.username !== '' || url.password !== '') return 'credentials'
  if (url.origin !== base.origin) return 'origin'
  const prefix = pathPrefix(base)
  if (prefix !== '' && url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return 'path'
  return undefined
}

/** Whether `url` may carry the key to one of `bases` (the three configured Truora APIs). */
export function withinAnyBase(url: URL, bases: readonly string[]): boolean {
  return bases.some((base) => URL.canParse(base) && egressRefusal(url, new URL(base)) === undefined)
}

/**
 * Resolves a reference Truora sent (a `/v1/…` path or a full URL) against the API's base, and says
 * whether the result may carry the key. A `/v1/…` path is the base's own `/v1`: Truora's documented
 * links are written for `https://api.validations.truora.com/v1` (TRUORA_API.md "Pagination"), so a
 * base with a longer path (a proxy, the simulator) keeps its prefix in front of it.
 */
export function resolveWithinBase(
  reference: string,
  base: string
): { ok: true; url: URL } | { ok: false; refusal: EgressRefusal } {
  if (!URL.canParse(base)) return { ok: false, refusal: 'unparseable' }
  const baseUrl = new URL(base)
  const prefix = pathPrefix(baseUrl)
  const rooted = prefix.endsWith('/v1') && /^\/v1(?:[/?#]|$)/.test(reference)
  const text = rooted ? `${prefix.slice(0, -3)}${reference}` : reference
  // Resolved against the base itself (not a made-up origin), so whatever the reference says about
  // scheme, host, port or path is what the check below sees.
  if (!URL.canParse(text, baseUrl.href)) return { ok: false, refusal: 'unparseable' }
  const url = new URL(text, baseUrl)
  const refusal = egressRefusal(url, baseUrl)
  return refusal === undefined ? { ok: true, url } : { ok: false, refusal }
}
