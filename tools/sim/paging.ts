// Opaque `start_key` pagination as TRUORA_API.md "Pagination" describes it: `{"<plural>": [...],
// "next": "/v1/…?start_key=…", "self": "/v1/…"}`, `next` absent on the last page. The key is an
// offset with a per-seed salt, base64url-encoded, so a client cannot build one and must follow `next`.
import { hash32 } from './prng'

/** How `next` is written: the documented path, a full URL, or the bare key (the client must cope with all). */
export type NextStyle = 'path' | 'url' | 'key'
/** `envelope` is the documented shape; `array` answers a bare top-level array with no paging. */
export type ListStyle = 'envelope' | 'array'

export interface PagingSettings {
  seed: number
  pageSize: number
  nextStyle: NextStyle
  listStyle: ListStyle
  /** The full URL of the API's base without its trailing `/v1`, for `nextStyle: 'url'`. */
  origin: string
}

export type PageResult = { ok: true; offset: number; limit: number } | { ok: false; message: string }

function salt(seed: number): string {
  return hash32(seed, 'start_key').toString(36)
}

function encodeStartKey(seed: number, offset: number): string {
  return Buffer.from(`${salt(seed)}:${offset}`).toString('base64url')
}

/** Reads `start_key` and `limit` from a list request; a key this simulator did not issue is a 400. */
export function readPage(query: URLSearchParams, settings: PagingSettings): PageResult {
  let offset = 0
  const key = query.get('start_key')
  if (key !== null && key !== '') {
    const [keySalt, keyOffset] = Buffer.from(key, 'base64url').toString().split(':')
    offset = Number(keyOffset)
    if (keySalt !== salt(settings.seed) || !Number.isInteger(offset) || offset < 0) {
      return { ok: false, message: 'invalid parameter: start_key' }
    }
  }
  const limitText = query.get('limit')
  const limit = limitText === null ? settings.pageSize : Number(limitText)
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    return { ok: false, message: 'invalid parameter: limit' }
  return { ok: true, offset, limit }
}

/**
 * The list body for items `offset…offset+limit-1` of `total`. `selfPath` is the documented `/v1/…` path;
 * `keep` are query parameters `next` must carry on (`search`, `limit`).
 */
export function listBody(
  key: string,
  items: unknown[],
  page: { offset: number; limit: number; total: number },
  selfPath: string,
  keep: URLSearchParams,
  settings: PagingSettings
): unknown {
  if (settings.listStyle === 'array') return items
  const body: Record<string, unknown> = { [key]: items, self: selfPath }
  const nextOffset = page.offset + page.limit
  if (nextOffset < page.total) {
    const startKey = encodeStartKey(settings.seed, nextOffset)
    const query = new URLSearchParams(keep)
    query.set('start_key', startKey)
    const path = `${selfPath}?${query.toString()}`
    body.next =
      settings.nextStyle === 'key'
        ? startKey
        : settings.nextStyle === 'url'
          ? `${settings.origin}${path}`
          : path
  }
  return body
}
