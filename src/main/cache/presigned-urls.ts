// Truora's image and media fields are presigned URLs valid 15 minutes (TRUORA_API.md "Validations
// API"); DESIGN.md §4: never cache them as if they last. A cached copy is read hours or days later,
// offline, when such a link can only fail, so it is not kept at all: each signed URL is removed and
// the object that held it is marked `_mediaExpired: true`, which tells the UI "there was media here;
// fetch the record again to see it". Plain URLs (no signature in the query) are kept.

/** The mark left on an object that held a presigned URL. */
const MEDIA_EXPIRED_MARK = '_mediaExpired'

// Query parameters that make a URL a time-limited signed one: AWS S3 (SigV4 and V2), Google Cloud
// Storage, CloudFront, Azure SAS. Compared lower-case.
const SIGNATURE_PARAMS = new Set([
  'x-amz-signature',
  'x-amz-credential',
  'x-amz-security-token',
  'x-goog-signature',
  'x-goog-credential',
  'signature',
  'expires',
  'key-pair-id',
  'sig',
  'se'
])

export function isPresignedUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || !value.includes('?')) return false
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  for (const name of url.searchParams.keys()) {
    if (SIGNATURE_PARAMS.has(name.toLowerCase())) return true
  }
  return false
}

/** A copy of `value` without presigned URLs, marked where they were; `value` itself is not changed. */
export function stripPresignedUrls<T>(value: T): T {
  return strip(value).value as T
}

/** `orphaned`: a URL was dropped from an array, which has no place for the mark; its object takes it. */
function strip(value: unknown): { value: unknown; orphaned: boolean } {
  if (Array.isArray(value)) {
    let orphaned = false
    const kept: unknown[] = []
    for (const item of value) {
      if (typeof item === 'string' && isPresignedUrl(item)) {
        orphaned = true
        continue
      }
      const inner = strip(item)
      orphaned ||= inner.orphaned
      kept.push(inner.value)
    }
    return { value: kept, orphaned }
  }
  if (typeof value !== 'object' || value === null) return { value, orphaned: false }
  const entries: [string, unknown][] = []
  let marked = false
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'string' && isPresignedUrl(field)) {
      marked = true
      continue
    }
    const inner = strip(field)
    marked ||= inner.orphaned
    entries.push([key, inner.value])
  }
  if (marked) entries.push([MEDIA_EXPIRED_MARK, true])
  // fromEntries defines own properties, so a `__proto__` key in Truora's JSON stays plain data.
  return { value: Object.fromEntries(entries), orphaned: false }
}
