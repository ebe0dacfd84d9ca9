// Creations made offline waiting to be sent (DESIGN.md §5 "Outbox"), kept current by
// `evt:outbox-changed`; failed items stay until the operator retries or discards them.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { OutboxItem } from '@shared/domain/outbox'
import type { Result } from '@shared/result'
import { api } from '../api'
import { useErrorsStore } from './errors'

export const useOutboxStore = defineStore('outbox', () => {
  const items = ref<OutboxItem[]>([])
  const count = computed(() => items.value.length)
  const failedCount = computed(() => items.value.filter((item) => item.state === 'failed').length)
  /** Queued creations sent in this session: the outbox item's id → the account Truora gave it. */
  const sent = ref(new Map<string, string>())
  let unsubscribe: (() => void) | undefined
  let unsubscribeSent: (() => void) | undefined

  function apply(result: Result<OutboxItem[]>): Result<OutboxItem[]> {
    if (result.ok) items.value = result.data
    return result
  }

  async function load(): Promise<Result<OutboxItem[]>> {
    return apply(await api().outbox.list())
  }

  async function retry(id: string): Promise<Result<OutboxItem[]>> {
    return apply(await api().outbox.retry(id))
  }

  async function discard(id: string): Promise<Result<OutboxItem[]>> {
    return apply(await api().outbox.discard(id))
  }

  function init(): void {
    unsubscribe ??= api().events.on('evt:outbox-changed', (next) => {
      items.value = next
    })
    // The agent is told in their language, with the ID Truora gave the account (DESIGN.md §5).
    unsubscribeSent ??= api().events.on('evt:outbox-sent', ({ itemId, accountId }) => {
      sent.value = new Map(sent.value).set(itemId, accountId)
      // Sent in the background: the toast outlives the pending account's view it replaces.
      useErrorsStore().info('outbox.sentToast', { id: accountId }, { acrossViews: true })
    })
    void load()
  }

  /** The session locked: nothing of the operator's stays in the window. */
  function reset(): void {
    items.value = []
    sent.value = new Map()
  }

  return { items, count, failedCount, sent, load, retry, discard, init, reset }
})
