// The exact-ID lookup beside the home view's search list: an account ID is asked of Truora
// (`accounts.get`, cache first) after a typing pause; a whole process or validation ID the cache does
// not hold is asked of Truora for its account. "Truora has no account with the ID …" is shown only for
// a whole account ID, never for a phone or part of a document number or e-mail (lookupShown).
import { computed, shallowRef, type Ref } from 'vue'
import type { Cached } from '@shared/domain/freshness'
import type { SearchHit } from '@shared/domain/search'
import type { Account } from '@shared/domain/truora-records'
import type { AppError } from '@shared/result'
import { api } from '../api'
import { isTruoraHistoryId, isWholeAccountId, looksLikeAccountId } from '../lib/account-id'
import { newRequestId } from '../lib/request-id'
import { useFreshnessStore } from './freshness'

/** A lookup may go to Truora: wait until the operator has likely finished the ID. */
const LOOKUP_DELAY_MS = 300

export type Lookup =
  | { state: 'idle' }
  /** `kind` when a process or validation ID is being looked up (the card is titled by it). */
  | { state: 'loading'; id: string; kind?: 'process' | 'validation' }
  | { state: 'found'; id: string; result: Cached<Account> }
  | { state: 'not_found'; id: string }
  | { state: 'offline_missing'; id: string }
  | { state: 'error'; id: string; error: AppError }
  /** A process or validation ID not in the cache, looked up at Truora: the account it belongs to. */
  | { state: 'history_found'; id: string; kind: 'process' | 'validation'; accountId: string }
  | { state: 'history_not_found'; id: string; kind: 'process' | 'validation' }

export function searchLookup(options: {
  text: Ref<string>
  /** The search list's first page, whose matched fields say what the text was found as. */
  firstPage: () => SearchHit[]
  /** An account fetched from Truora for the first time: the list should show it too. */
  foundAtTruora: () => void
}) {
  const { text } = options
  const lookup = shallowRef<Lookup>({ state: 'idle' })
  const freshness = useFreshnessStore()
  let lookupTimer: ReturnType<typeof setTimeout> | undefined
  let lookupRequestId: string | undefined

  const lookupShown = computed(() => {
    const shown = lookup.value
    if (shown.state === 'idle') return false
    if (shown.state !== 'not_found') return true
    return isWholeAccountId(
      shown.id,
      options.firstPage().map((hit) => hit.match?.field)
    )
  })

  function cancelLookup(): void {
    clearTimeout(lookupTimer)
    if (lookupRequestId !== undefined) void api().requests.cancel(lookupRequestId)
    lookupRequestId = undefined
  }

  function scheduleLookup(): void {
    cancelLookup()
    const id = text.value.trim()
    // A process, validation or flow ID is matched exactly by the local search (and, for the first
    // two, at Truora when not cached: runHistoryLookup), never as an account ID.
    if (isTruoraHistoryId(id)) {
      if (lookup.value.state !== 'idle' && lookup.value.id !== id) lookup.value = { state: 'idle' }
      return
    }
    // An answer about another ID must not stay on screen while this one waits for the pause.
    if (!looksLikeAccountId(id) || (lookup.value.state !== 'idle' && lookup.value.id !== id)) {
      lookup.value = { state: 'idle' }
    }
    if (!looksLikeAccountId(id)) return
    lookupTimer = setTimeout(() => void runLookup(id), LOOKUP_DELAY_MS)
  }

  async function runLookup(id: string): Promise<void> {
    cancelLookup()
    const requestId = newRequestId()
    lookupRequestId = requestId
    lookup.value = { state: 'loading', id }
    const result = await api().accounts.get(id, { requestId })
    if (lookupRequestId !== requestId) return
    lookupRequestId = undefined
    if (result.ok) {
      freshness.note('account', id, result.data.freshness)
      lookup.value = { state: 'found', id, result: result.data }
      if (result.data.freshness.source === 'network') options.foundAtTruora()
      return
    }
    switch (result.error.code) {
      case 'not_found':
        lookup.value = { state: 'not_found', id }
        break
      case 'offline':
        lookup.value = { state: 'offline_missing', id }
        break
      case 'cancelled':
        lookup.value = { state: 'idle' }
        break
      default:
        lookup.value = { state: 'error', id, error: result.error }
    }
  }

  async function runHistoryLookup(id: string, kind: 'process' | 'validation'): Promise<void> {
    cancelLookup()
    const requestId = newRequestId()
    lookupRequestId = requestId
    lookup.value = { state: 'loading', id, kind }
    const result =
      kind === 'process'
        ? await api().processes.result(id, { requestId })
        : await api().validations.get(id, { requestId })
    if (lookupRequestId !== requestId || text.value.trim() !== id) return
    lookupRequestId = undefined
    const accountId = result.ok ? result.data.data.account_id : undefined
    if (result.ok && typeof accountId === 'string') {
      lookup.value = { state: 'history_found', id, kind, accountId }
      return
    }
    if (result.ok) lookup.value = { state: 'history_not_found', id, kind }
    else if (result.error.code === 'not_found') lookup.value = { state: 'history_not_found', id, kind }
    else if (result.error.code === 'offline') lookup.value = { state: 'offline_missing', id }
    else if (result.error.code === 'cancelled') lookup.value = { state: 'idle' }
    else lookup.value = { state: 'error', id, error: result.error }
  }

  return {
    lookup,
    lookupShown,
    cancel: cancelLookup,
    schedule: scheduleLookup,
    run: runLookup,
    runHistory: runHistoryLookup
  }
}
