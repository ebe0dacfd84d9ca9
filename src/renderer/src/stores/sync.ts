// "Sync all accounts" (DESIGN.md §5 "Mirror"): progress comes from `evt:sync-progress`.
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import type { SyncStatus } from '@shared/domain/sync'
import type { Result } from '@shared/result'
import { api } from '../api'

export const useSyncStore = defineStore('sync', () => {
  const status = shallowRef<SyncStatus | null>(null)
  const running = computed(() => status.value?.state === 'running')
  let unsubscribe: (() => void) | undefined

  function apply(result: Result<SyncStatus>): Result<SyncStatus> {
    if (result.ok) status.value = result.data
    return result
  }

  async function load(): Promise<Result<SyncStatus>> {
    return apply(await api().sync.status())
  }

  async function start(): Promise<Result<SyncStatus>> {
    return apply(await api().sync.mirror())
  }

  async function cancel(): Promise<Result<SyncStatus>> {
    return apply(await api().sync.cancel())
  }

  function init(): void {
    unsubscribe ??= api().events.on('evt:sync-progress', (next) => {
      status.value = next
    })
    void load()
  }

  function reset(): void {
    status.value = null
  }

  return { status, running, load, start, cancel, init, reset }
})
