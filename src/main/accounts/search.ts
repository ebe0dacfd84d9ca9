// `accounts.search`: the local search over the operator's cache (search/), plus what tells people
// apart in each row (the matched field and where, the latest status and its date), queued creations
// that match (DESIGN.md §5: found, so they are not created twice), and exact Truora IDs: a whole
// process (`IDP…`), validation (`VLD…`) or flow (`IPF…`) ID finds the accounts whose cached history
// holds it, and nothing partial (Truora's dashboard: docs/truora-api.md).
import type { Calls } from '@shared/contract'
import type { OutboxItem } from '@shared/domain/outbox'
import type { SearchHit, SearchPage } from '@shared/domain/search'
import type { Account } from '@shared/domain/truora-records'
import { ok } from '@shared/result'
import type { BackendContext } from '../backend/context'
import { haystackOf } from '../search/haystack'
import { hitMatch } from '../search/hit-match'
import { parseQuery } from '../search/normalize'
import { TRUORA_ID_PATTERN, type TruoraIdKind } from '../search/truora-id-directory'
import type { Workspace } from '../workspace/workspace'
import { statusOf, type Newest } from './latest-status'

const DEFAULT_PAGE = 50
/** Longest a search waits for the accounts the index snapshot did not cover (workspace.ts). */
const INDEXED_WAIT_MS = 300

const KIND_OF_PREFIX: Record<string, TruoraIdKind> = { IDP: 'process', VLD: 'validation', IPF: 'flow' }

/** The queued input as the account it will become; Truora names it when no ID was chosen. */
export function pendingAccount(item: OutboxItem): Account {
  return { ...item.input, account_id: item.input.account_id ?? '' }
}

/** Queued creations that hold every term of the query (all of them for an empty query), oldest first. */
function matchingPending(ws: Workspace, text: string): OutboxItem[] {
  const { terms } = parseQuery(text)
  return ws.cache.outbox.list().filter((item) => {
    if (terms.length === 0) return true
    const hay = haystackOf(pendingAccount(item))
    return terms.every((needles) => needles.some((needle) => hay.includes(needle)))
  })
}

/** The latest status and its date, from the summary kept with the account (no history read). */
function latestOf(ws: Workspace, id: string): { status: string; date?: string } | undefined {
  const summary = ws.cache.summaryOf(id)
  const status = summary && statusOf(summary.newestValidation, summary.newestProcess)
  if (status === undefined || summary === undefined) return undefined
  const newest = [summary.newestValidation, summary.newestProcess].filter(
    (entry): entry is Newest => entry?.[1] === status
  )
  const at = Math.max(...newest.map((entry) => entry[0] ?? Number.NEGATIVE_INFINITY))
  return Number.isFinite(at) ? { status, date: new Date(at).toISOString() } : { status }
}

async function hitOf(ws: Workspace, id: string, text: string): Promise<SearchHit | undefined> {
  // Right after open a hit's part may not be in memory yet: only those parts are read, at once.
  const entry = ws.cache.accounts.peek(id) ?? (await ws.cache.accounts.get(id))
  if (!entry) return undefined
  const latest = latestOf(ws, id)
  const match = hitMatch(entry.data, text)
  return {
    account: entry.data,
    fetchedAt: entry.fetchedAt,
    ...(latest ? { latestStatus: latest.status } : {}),
    ...(latest?.date ? { latestStatusAt: latest.date } : {}),
    ...(match ? { match } : {})
  }
}

function pendingHit(item: OutboxItem, text: string): SearchHit {
  const account = pendingAccount(item)
  const match = hitMatch(account, text)
  return {
    account,
    fetchedAt: item.createdAt,
    pending: { itemId: item.id, state: item.state },
    ...(match ? { match } : {})
  }
}

export function accountSearch(ctx: BackendContext): Calls['accounts']['search'] {
  return async (query) => {
    const opened = await ctx.workspace()
    if (!opened.ok) return opened
    const ws = opened.data
    const offset = query.offset ?? 0
    const limit = query.limit ?? DEFAULT_PAGE
    const text = query.text.trim()

    if (TRUORA_ID_PATTERN.test(text)) {
      const kind = KIND_OF_PREFIX[text.slice(0, 3).toUpperCase()] as TruoraIdKind
      const found = await ws.directory.truoraId(text)
      const id = found?.id ?? text
      const hits = await Promise.all(
        (found?.accountIds ?? []).slice(offset, offset + limit).map(async (accountId) => {
          const hit = (await hitOf(ws, accountId, '')) ?? {
            // History cached before its account: the row still leads to it.
            account: { account_id: accountId },
            fetchedAt: new Date(0).toISOString()
          }
          return { ...hit, match: { field: kind, id } }
        })
      )
      const page: SearchPage = {
        hits,
        total: found?.accountIds.length ?? 0,
        offset,
        limit,
        truoraId: { kind, id }
      }
      return ok(page)
    }

    // Right after open, the accounts no index snapshot covered are still loading: a moment's wait.
    await ws.untilIndexed(INDEXED_WAIT_MS)
    // Queued creations first: they are what an agent who has just queued one looks for. Filters are
    // about Truora's data (status, creation date), which a queued creation does not have yet.
    const pending = query.filters ? [] : matchingPending(ws, text)
    const fromIndex = Math.max(0, offset - pending.length)
    const pendingSlice = pending.slice(offset, offset + limit)
    const found = ws.index.search({
      text: query.text,
      offset: fromIndex,
      limit: limit - pendingSlice.length,
      ...(query.filters ? { filters: query.filters } : {})
    })
    const hits: SearchHit[] = pendingSlice.map((item) => pendingHit(item, text))
    for (const hit of await Promise.all(found.ids.map((id) => hitOf(ws, id, text)))) {
      if (hit) hits.push(hit)
    }
    return ok({ hits, total: found.total + pending.length, offset, limit })
  }
}
