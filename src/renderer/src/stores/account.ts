// One account and its history, for the account view. Reads answer from the cache first and carry their
// freshness (DESIGN.md §3), so each section shows its own age and error.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Cached } from '@shared/domain/freshness'
import type { CreateOutcome } from '@shared/domain/outbox'
import type { ProcessLink } from '@shared/domain/processes'
import type { Account, IdentityProcess, ProcessResult, Validation } from '@shared/domain/truora-records'
import type { AppError, Result } from '@shared/result'
import type { AccountCreateInput, ProcessLinkInput } from '@shared/schemas'
import { api, plain } from '../api'
import { newRequestId } from '../lib/request-id'
import { mergeTimeline } from '../lib/timeline'
import { useFreshnessStore, type FreshnessKind } from './freshness'

interface Section<T> {
  loading: boolean
  value: Cached<T> | null
  error: AppError | null
}

export interface Detail {
  kind: 'validation' | 'process'
  id: string
  loading: boolean
  value: Cached<Validation | ProcessResult> | null
  error: AppError | null
}

const empty = <T>(): Section<T> => ({ loading: false, value: null, error: null })

export const useAccountStore = defineStore('account', () => {
  const accountId = ref<string | null>(null)
  const account = shallowRef<Section<Account>>(empty())
  const validations = shallowRef<Section<Validation[]>>(empty())
  const processes = shallowRef<Section<IdentityProcess[]>>(empty())
  const detail = shallowRef<Detail | null>(null)
  const timeline = computed(() =>
    mergeTimeline(validations.value.value?.data ?? [], processes.value.value?.data ?? [])
  )
  const historyLoading = computed(() => validations.value.loading || processes.value.loading)
  const pending = new Set<string>()
  const freshness = useFreshnessStore()
  let unsubscribe: (() => void) | undefined

  /**
   * Reads one section, cancelling the read if the operator leaves first (`requests.cancel`). Its
   * freshness goes to the freshness store, unless the read only fetches the data an event already
   * announced with its freshness (`noted`): that cache read would say "cached just now" over the
   * event's "from Truora just now" about the very same copy.
   */
  async function read<T>(
    section: { value: Section<T> },
    kind: FreshnessKind,
    id: string,
    call: (requestId: string) => Promise<Result<Cached<T>>>,
    noted = false
  ): Promise<void> {
    section.value = { ...section.value, loading: true, error: null }
    const requestId = newRequestId()
    pending.add(requestId)
    const result = await call(requestId)
    pending.delete(requestId)
    if (result.ok && !noted) freshness.note(kind, id, result.data.freshness)
    if (accountId.value !== id) return
    section.value = result.ok
      ? { loading: false, value: result.data, error: null }
      : { loading: false, value: section.value.value, error: result.error }
  }

  function cancelPending(): void {
    for (const requestId of pending) void api().requests.cancel(requestId)
    pending.clear()
  }

  /** Loads an account and its history; `refresh` asks Truora first (the refresh button). */
  async function load(id: string, refresh = false): Promise<void> {
    if (accountId.value !== id) {
      cancelPending()
      accountId.value = id
      account.value = empty()
      validations.value = empty()
      processes.value = empty()
      detail.value = null
    }
    const options = (requestId: string) => (refresh ? { requestId, refresh } : { requestId })
    await Promise.all([
      read(account, 'account', id, (requestId) => api().accounts.get(id, options(requestId))),
      read(validations, 'validations', id, (requestId) => api().accounts.validations(id, options(requestId))),
      read(processes, 'processes', id, (requestId) => api().accounts.processes(id, options(requestId)))
    ])
  }

  async function refresh(): Promise<void> {
    if (accountId.value !== null) await load(accountId.value, true)
  }

  /** Reads the shown account's validations again from the cache (an on-site one reached it). */
  async function reloadValidations(): Promise<void> {
    const id = accountId.value
    if (id === null) return
    await read(validations, 'validations', id, (requestId) => api().accounts.validations(id, { requestId }))
  }

  async function openDetail(kind: Detail['kind'], id: string): Promise<void> {
    detail.value = { kind, id, loading: true, value: null, error: null }
    const result = kind === 'validation' ? await api().validations.get(id) : await api().processes.result(id)
    if (result.ok)
      freshness.note(kind === 'validation' ? 'validation' : 'process-result', id, result.data.freshness)
    if (detail.value?.id !== id) return
    detail.value = result.ok
      ? { kind, id, loading: false, value: result.data, error: null }
      : { kind, id, loading: false, value: null, error: result.error }
  }

  function closeDetail(): void {
    detail.value = null
  }

  function create(input: AccountCreateInput): Promise<Result<CreateOutcome>> {
    return api().accounts.create(plain(input))
  }

  function processLink(input: ProcessLinkInput): Promise<Result<ProcessLink>> {
    return api().accounts.processLink(plain(input))
  }

  /** Opens the identity link in the system browser; main lets only https Truora links through. */
  function openLink(url: string): Promise<Result<null>> {
    return api().links.open(url)
  }

  function leave(): void {
    cancelPending()
    accountId.value = null
  }

  /** The session locked: the account and its history leave the window. */
  function reset(): void {
    leave()
    account.value = empty()
    validations.value = empty()
    processes.value = empty()
    detail.value = null
  }

  function init(): void {
    // A background refresh in main (cache first, then revalidate: DESIGN.md §5) is picked up here:
    // new data is re-read when the shown copy came from the cache (a network answer ends the
    // exchange); a confirmed copy only changes its age, which the freshness store already has.
    unsubscribe ??= api().events.on('evt:cache-updated', (change) => {
      const id = accountId.value
      if (id === null || change.id !== id || change.changed === false) return
      const noted = change.freshness !== undefined
      if (change.kind === 'account' && account.value.value?.freshness.source === 'cache') {
        void read(account, 'account', id, (requestId) => api().accounts.get(id, { requestId }), noted)
      }
      if (change.kind === 'validations' && validations.value.value?.freshness.source === 'cache') {
        void read(
          validations,
          'validations',
          id,
          (requestId) => api().accounts.validations(id, { requestId }),
          noted
        )
      }
      if (change.kind === 'processes' && processes.value.value?.freshness.source === 'cache') {
        void read(
          processes,
          'processes',
          id,
          (requestId) => api().accounts.processes(id, { requestId }),
          noted
        )
      }
    })
  }

  return {
    accountId,
    account,
    validations,
    processes,
    detail,
    timeline,
    historyLoading,
    load,
    refresh,
    reloadValidations,
    openDetail,
    closeDetail,
    create,
    processLink,
    openLink,
    leave,
    reset,
    init
  }
})
