// Following Truora's `next` (TRUORA_API.md "Pagination"): it may be a `/v1/…` path, a full URL or a
// bare `start_key`; the list ends when it is absent or empty. Lists may also come as a bare array.
// A path or URL is followed only within the API's base (egress.ts): the key goes with every request.
import { fail, ok, type Result } from '@shared/result'
import { resolveWithinBase, type EgressRefusal } from './egress'
import type { RecordReader, Spent } from './bounded-record'
import { listItems } from './parse'

/**
 * Bounds on one full list (an account's validations or processes), against a server that never stops
 * paging or pads its pages: an account's history is a handful of items, a few KB. 1,000 pages, or
 * 8 M characters of kept records (bounded-record.ts counts them), is far past any real one, and a
 * memory bound: each page alone may be up to BODY_LIMITS.listPage.
 */
const MAX_PAGES = 1_000
const MAX_LIST_CHARS = 8 * 1024 * 1024

function badNext(message: string, details?: Record<string, unknown>): Result<never> {
  return fail(
    'bad_response',
    `Truora's paging link could not be followed: ${message}. Try again later.`,
    details
  )
}

function refusedNext(refusal: EgressRefusal): Result<never> {
  const where =
    refusal === 'path'
      ? 'it points outside the Truora API'
      : refusal === 'unparseable'
        ? 'it is not a valid address'
        : 'it points to another host'
  return badNext(where, { reason: 'egress', refusal })
}

/**
 * A path or an absolute URL, as opposed to a bare `start_key`: a leading slash or backslash (which
 * URL parsing reads as a slash), or a scheme followed by one. Anything else is an opaque key that
 * only ever becomes a query parameter on an address already checked.
 */
function isReference(next: string): boolean {
  return /^[/\\]/.test(next) || /^[a-z][a-z0-9+.-]*:[/\\]/i.test(next)
}

/** The URL `next` points at, if it stays within `base` (egress.ts); undefined at the end of the list. */
function resolveNext(next: unknown, current: URL, base: string): Result<URL | undefined> {
  if (next === undefined || next === null || next === '') return ok(undefined)
  if (typeof next !== 'string') return badNext('it is not text')
  if (isReference(next)) {
    const resolved = resolveWithinBase(next, base)
    return resolved.ok ? ok(resolved.url) : refusedNext(resolved.refusal)
  }
  const url = new URL(current)
  url.searchParams.set('start_key', next)
  return ok(url)
}

/**
 * The opaque `start_key` that `next` carries, for callers that page one request at a time. A link
 * that points outside `base` is refused as `resolveNext` refuses it, although only its key is used.
 */
export function startKeyOf(next: unknown, base: string): Result<string | undefined> {
  if (next === undefined || next === null || next === '') return ok(undefined)
  if (typeof next !== 'string') return badNext('it is not text')
  if (!isReference(next)) return ok(next)
  const resolved = resolveWithinBase(next, base)
  if (!resolved.ok) return refusedNext(resolved.refusal)
  const key = resolved.url.searchParams.get('start_key')
  return key ? ok(key) : badNext('it carries no start_key')
}

/** Reads one page: its items (each kept only if `read` accepts it) and its `next`. */
export function readPage<T>(
  body: unknown,
  key: string,
  read: RecordReader<T>,
  spent?: Spent
): Result<{ items: T[]; next: unknown }> {
  const raw = listItems(body, key)
  if (raw === undefined)
    return fail('bad_response', `Truora's list of ${key} could not be read. Try again later.`)
  const items: T[] = []
  for (const item of raw) {
    const value = read(item, spent)
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
  read: RecordReader<T>,
  get: (url: URL) => Promise<Result<unknown>>
): Promise<Result<T[]>> {
  const all: T[] = []
  const seen = new Set<string>()
  const spent: Spent = { chars: 0 }
  let url: URL | undefined = first
  while (url !== undefined) {
    if (seen.has(url.href)) return badNext('it repeats a page already read')
    if (seen.size >= MAX_PAGES) return badNext(`the list goes on past ${MAX_PAGES} pages`)
    seen.add(url.href)
    const answer = await get(url)
    if (!answer.ok) return answer
    const page = readPage(answer.data, key, read, spent)
    if (!page.ok) return page
    if (spent.chars > MAX_LIST_CHARS) {
      return fail(
        'bad_response',
        `Truora's list of ${key} is larger than the app accepts (over ${MAX_LIST_CHARS} characters after ${seen.size} pages), so it was not kept. Try again later.`,
        { reason: 'too_large' }
      )
    }
    all.push(...page.data.items)
    const next = resolveNext(page.data.next, url, base)
    if (!next.ok) return next
    url = next.data
  }
  return ok(all)
}
