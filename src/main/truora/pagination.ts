// Following Truora's `next` (TRUORA_API.md "Pagination"): it may be a `/v1/…` path, a full URL or a
// bare `start_key`; the list ends when it is absent or empty. Lists may also come as a bare array.
import { fail, ok, type Result } from '@shared/result'
import { listItems } from './parse'

/** A guard against a server that never stops paging (10 000 pages of 100 = a million items). */
const MAX_PAGES = 10_000

function badNext(message: string): Result<never> {
  return fail('bad_response', `Truora's paging link could not be followed: ${message}. Try again later.`)
}

/**
 * The URL `next` points at. A path is resolved against the API base the way it resolves against
 * `https://api.validations.truora.com/v1`: its `/v1` is the base's own `/v1`, so a base with a path
 * prefix (a proxy, the simulator) keeps it. A full URL must stay on the base's origin so the key
 * header never goes elsewhere (DESIGN.md §1 promise 2).
 */
function resolveNext(next: unknown, current: URL, base: string): Result<URL | undefined> {
  if (next === undefined || next === null || next === '') return ok(undefined)
  if (typeof next !== 'string') return badNext('it is not text')
  const baseUrl = new URL(base)
  if (/^https?:\/\//i.test(next)) {
    if (!URL.canParse(next)) return badNext('it is not a valid address')
    const url = new URL(next)
    return url.origin === baseUrl.origin ? ok(url) : badNext('it points to another host')
  }
  if (next.startsWith('/')) {
    const basePath = baseUrl.pathname.replace(/\/+$/, '')
    const prefix = basePath.endsWith('/v1') && /^\/v1(?:[/?]|$)/.test(next) ? basePath.slice(0, -3) : ''
    return ok(new URL(`${prefix}${next}`, baseUrl.origin))
  }
  const url = new URL(current)
  url.searchParams.set('start_key', next)
  return ok(url)
}

/** The opaque `start_key` that `next` carries, for callers that page one request at a time. */
export function startKeyOf(next: unknown): Result<string | undefined> {
  if (next === undefined || next === null || next === '') return ok(undefined)
  if (typeof next !== 'string') return badNext('it is not text')
  if (!next.startsWith('/') && !/^https?:\/\//i.test(next)) return ok(next)
  const key = new URL(next, 'http://base.invalid').searchParams.get('start_key')
  return key ? ok(key) : badNext('it carries no start_key')
}

/** Reads one page: its items (each kept only if `read` accepts it) and its `next`. */
export function readPage<T>(
  body: unknown,
  key: string,
  read: (item: unknown) => T | undefined
): Result<{ items: T[]; next: unknown }> {
  const raw = listItems(body, key)
  if (raw === undefined)
    return fail('bad_response', `Truora's list of ${key} could not be read. Try again later.`)
  const items: T[] = []
  for (const item of raw) {
    const value = read(item)
    if (value !== undefined) items.push(value)
  }
  const next = Array.isArray(body) ? undefined : (body as Record<string, unknown>).next
  return ok({ items, next })
}

/** Fetches every page from `first` on, following `next`, and concatenates the items. */
export async function collectPages<T>(
  first: URL,
  base: string,
  key: string,
  read: (item: unknown) => T | undefined,
  get: (url: URL) => Promise<Result<unknown>>
): Promise<Result<T[]>> {
  const all: T[] = []
  const seen = new Set<string>()
  let url: URL | undefined = first
  while (url !== undefined) {
    if (seen.has(url.href)) return badNext('it repeats a page already read')
    if (seen.size >= MAX_PAGES) return badNext(`the list goes on past ${MAX_PAGES} pages`)
    seen.add(url.href)
    const answer = await get(url)
    if (!answer.ok) return answer
    const page = readPage(answer.data, key, read)
    if (!page.ok) return page
    all.push(...page.data.items)
    const next = resolveNext(page.data.next, url, base)
    if (!next.ok) return next
    url = next.data
  }
  return ok(all)
}
