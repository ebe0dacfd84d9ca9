// The search box on the home view: instant local results from `accounts.search`, paged on demand for the
// virtual list, and an exact-ID lookup through `accounts.get` when the text looks like an account ID.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { SearchFilters, SearchHit, SearchQuery } from '@shared/domain/search'
import type { AppError } from '@shared/result'
import { api, plain } from '../api'
import { isTruoraHistoryId, isWholeHistoryId, looksLikeAccountId } from '../lib/account-id'
import { searchLookup } from './search-lookup'

export type { Lookup } from './search-lookup'

/**
 * A little more than the rows a full-height window shows (with the list's overscan), so the first
 * answer fills the screen and stays small across IPC; scrolling asks for more.
 */
export const PAGE_SIZE = 25
const REFRESH_DELAY_MS = 250

/** Same rows with the same ages, statuses and matches: an answer that would change nothing on screen. */
function sameHits(shown: SearchHit[], hits: SearchHit[]): boolean {
  return (
    shown.length === hits.length &&
    shown.every((hit, i) => {
      const other = hits[i]
      return (
        other !== undefined &&
        hit.account.account_id === other.account.account_id &&
        hit.fetchedAt === other.fetchedAt &&
        hit.latestStatus === other.latestStatus &&
        hit.pending?.state === other.pending?.state &&
        // The same account matched elsewhere (its name, then one of its process IDs) is a new row.
        JSON.stringify(hit.match) === JSON.stringify(other.match)
      )
    })
  )
}

/** A document number as typed: case and separators aside ("1.234.567-k" is "1234567K"). */
function documentKey(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

function cleanFilters(filters: SearchFilters): SearchFilters | undefined {
  const entries = Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')
  return entries.length > 0 ? Object.fromEntries(entries) : undefined
}

export const useSearchStore = defineStore('search', () => {
  const text = ref('')
  const filters = ref<SearchFilters>({})
  const total = ref(0)
  /** True until the current query has its first answer. */
  const loading = ref(false)
  /** False until any search has answered, so the view can tell "loading" from "empty". */
  const answered = ref(false)
  const error = shallowRef<AppError | null>(null)
  const pages = shallowRef(new Map<number, SearchHit[]>())
  /** Bumped when the answer to a new query replaces the list, so the view can scroll back to the top. */
  const resultsVersion = ref(0)
  const hasFilters = computed(() => cleanFilters(filters.value) !== undefined)

  // Every new query bumps the generation; answers of older generations are dropped ("cancel stale
  // answers"), so a slow first keystroke cannot overwrite the result of the last one.
  let generation = 0
  let pagesGeneration = -1
  const inFlight = new Set<number>()
  /** The rows the list last asked for: a new query's answer loads them too. */
  let wanted = { start: 0, end: 0 }
  /** A first-page search is in flight; `queued` says the text changed meanwhile. */
  let searching = false
  let queued = false
  let refreshTimer: ReturnType<typeof setTimeout> | undefined
  let unsubscribe: (() => void) | undefined
  const {
    lookup,
    lookupShown,
    cancel: cancelLookup,
    schedule: scheduleLookup,
    run: runLookup,
    runHistory: runHistoryLookup
  } = searchLookup({
    text,
    firstPage: () => pages.value.get(0) ?? [],
    // A first fetch from Truora has just cached it: the local list should show it too.
    foundAtTruora: () => void run()
  })

  function query(page: number): SearchQuery {
    return plain({
      text: text.value.trim(),
      filters: cleanFilters(filters.value),
      offset: page * PAGE_SIZE,
      limit: PAGE_SIZE
    })
  }

  async function fetchPage(page: number, gen: number): Promise<void> {
    inFlight.add(page)
    const result = await api().accounts.search(query(page))
    if (gen !== generation) return
    inFlight.delete(page)
    loading.value = false
    if (!result.ok) {
      error.value = result.error
      return
    }
    error.value = null
    answered.value = true
    if (pagesGeneration === gen) {
      pages.value = new Map(pages.value).set(page, result.data.hits)
      return
    }
    pagesGeneration = gen
    showFirstPage(result.data.hits, result.data.total)
    // A whole process or validation ID the cache does not hold: Truora can say whose it is.
    const truoraId = result.data.truoraId
    if (
      page === 0 &&
      truoraId !== undefined &&
      result.data.total === 0 &&
      (truoraId.kind === 'process' || truoraId.kind === 'validation') &&
      isWholeHistoryId(truoraId.id)
    ) {
      void runHistoryLookup(truoraId.id, truoraId.kind)
    }
  }

  /** A new query's first page replaces the list, unless it would show the very same rows. */
  function showFirstPage(hits: SearchHit[], count: number): void {
    const shown = pages.value.get(0)
    if (shown !== undefined && count === total.value && sameHits(shown, hits)) {
      // Nothing to re-render (a keystroke that adds a space, a refresh that changed nothing). Later
      // pages were the previous query's: drop them, the rows in view are loaded again below.
      if (pages.value.size > 1) pages.value = new Map([[0, shown]])
    } else {
      pages.value = new Map([[0, hits]])
      total.value = count
      resultsVersion.value += 1
      // The view scrolls back to the top for new results.
      wanted = { start: 0, end: wanted.end - wanted.start }
    }
    ensureRange(wanted.start, wanted.end)
  }

  /** The latest first-page search, so Enter can wait for the answer to what was typed. */
  let latestRun: Promise<void> = Promise.resolve()

  /** Runs the current query now; the list keeps the previous results until the answer arrives. */
  function run(): Promise<void> {
    generation += 1
    inFlight.clear()
    loading.value = true
    latestRun = fetchPage(0, generation)
    return latestRun
  }

  function setText(value: string): void {
    text.value = value
    // The local search answers in about a millisecond, so a keystroke is sent at once rather than
    // after a typing pause; while one is in flight, only the latest text follows it (npm run bench,
    // renderer section: the pause alone was 60 of the 50 ms budget).
    if (searching) queued = true
    else void searchNow()
    scheduleLookup()
  }

  async function searchNow(): Promise<void> {
    searching = true
    try {
      await run()
    } finally {
      searching = false
      if (queued) {
        queued = false
        void searchNow()
      }
    }
  }

  function setFilters(next: SearchFilters): void {
    filters.value = { ...next }
    void run()
  }

  /** Loads the pages that rows `start`..`end` (inclusive) fall in, if not loaded or loading. */
  function ensureRange(start: number, end: number): void {
    wanted = { start, end }
    if (pagesGeneration !== generation) return
    for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor(end / PAGE_SIZE); page += 1) {
      if (page * PAGE_SIZE >= total.value) break
      if (!pages.value.has(page) && !inFlight.has(page)) void fetchPage(page, generation)
    }
  }

  function hitAt(index: number): SearchHit | undefined {
    return pages.value.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE]
  }

  /**
   * What Enter in the search box opens: the only hit, else the first whose account ID or document
   * number is exactly what was typed, else the exact-ID lookup's account (asked for now rather than
   * after the typing pause). Undefined when nothing is clearly meant.
   */
  async function bestHit(): Promise<string | undefined> {
    const typed = text.value.trim()
    if (typed === '') return undefined
    // The answer to the text as typed, not to the keystroke before it.
    for (let waits = 0; (loading.value || searching || queued) && waits < 20; waits += 1) {
      await latestRun
      await Promise.resolve()
    }
    if (text.value.trim() !== typed) return undefined
    if (total.value === 1) return hitAt(0)?.account.account_id
    const id = typed.toLowerCase()
    const document = documentKey(typed)
    const exact = pages.value
      .get(0)
      ?.find(
        (hit) =>
          hit.account.account_id.toLowerCase() === id ||
          (document !== '' &&
            hit.account.document_number !== undefined &&
            documentKey(hit.account.document_number) === document)
      )
    if (exact) return exact.account.account_id
    const shownHistory = lookup.value
    if (shownHistory.state === 'history_found' && shownHistory.id === typed) return shownHistory.accountId
    if (!looksLikeAccountId(typed) || isTruoraHistoryId(typed)) return undefined
    const shown = lookup.value
    if (shown.state !== 'found' || shown.id !== typed) await runLookup(typed)
    const found = lookup.value
    return found.state === 'found' && found.id === typed ? found.result.data.account_id : undefined
  }

  /** Re-runs both the list and the lookup, e.g. after going back online. */
  function refresh(): void {
    void run()
    const id = text.value.trim()
    if (looksLikeAccountId(id) && !isTruoraHistoryId(id)) void runLookup(id)
  }

  /** The session locked: the typed text, the results and the lookup leave the window. */
  function reset(): void {
    // A newer generation: answers still on their way are dropped as they arrive.
    generation += 1
    inFlight.clear()
    cancelLookup()
    clearTimeout(refreshTimer)
    text.value = ''
    filters.value = {}
    total.value = 0
    loading.value = false
    answered.value = false
    error.value = null
    pages.value = new Map()
    lookup.value = { state: 'idle' }
    resultsVersion.value += 1
  }

  function init(): void {
    // Accounts cached by a lookup, a creation or a sync show up in the list without retyping.
    unsubscribe ??= api().events.on('evt:cache-updated', (change) => {
      if (change.kind !== 'account' && change.kind !== 'accounts') return
      // Confirmed as it was: the rows ask the freshness store for their age, nothing to re-run.
      if (change.changed === false) return
      clearTimeout(refreshTimer)
      refreshTimer = setTimeout(() => void run(), REFRESH_DELAY_MS)
    })
  }

  return {
    text,
    filters,
    total,
    loading,
    answered,
    error,
    pages,
    lookup,
    lookupShown,
    resultsVersion,
    hasFilters,
    run,
    setText,
    setFilters,
    ensureRange,
    hitAt,
    runLookup,
    bestHit,
    refresh,
    reset,
    init
  }
})
