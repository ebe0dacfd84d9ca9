// On-site validations not finished yet (shared/onsite.ts), kept current by `evt:onsite-changed`: queued,
// being sent, waiting for Truora's result, or stopped for the operator. A finished one leaves the list
// and is then in the account's history; the account shown re-reads its validations at that moment.
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import type { OnsiteCaptureInput, OnsiteValidation } from '@shared/onsite'
import type { Result } from '@shared/result'
import { api } from '../api'
import { useAccountStore } from './account'

export const useOnsiteStore = defineStore('onsite', () => {
  const items = shallowRef<OnsiteValidation[]>([])
  const count = computed(() => items.value.length)
  const failedCount = computed(() => items.value.filter((item) => item.step === 'failed').length)
  let unsubscribe: (() => void) | undefined

  function forAccount(accountId: string | undefined): OnsiteValidation[] {
    return accountId === undefined ? [] : items.value.filter((item) => item.accountId === accountId)
  }

  function apply(next: OnsiteValidation[]): void {
    const shown = useAccountStore().accountId
    const before = items.value
    items.value = next
    // One of the shown account's validations finished or reached Truora: its history has it now.
    if (
      shown !== null &&
      before.some(
        (item) =>
          item.accountId === shown &&
          !next.some((after) => after.id === item.id && after.validationId === item.validationId)
      )
    ) {
      void useAccountStore().reloadValidations()
    }
  }

  async function load(): Promise<void> {
    const listed = await api().onsite.list()
    if (listed.ok) apply(listed.data)
  }

  /**
   * Sends the capture as it is: its images are bytes, which a reactive copy would not keep (the input is
   * built fresh by the capture dialog, never from reactive state).
   */
  async function capture(input: OnsiteCaptureInput): Promise<Result<OnsiteValidation>> {
    const result = await api().onsite.capture(input)
    if (result.ok) await load()
    return result
  }

  async function retry(id: string): Promise<Result<OnsiteValidation[]>> {
    const result = await api().onsite.retry(id)
    if (result.ok) apply(result.data)
    return result
  }

  async function discard(id: string): Promise<Result<OnsiteValidation[]>> {
    const result = await api().onsite.discard(id)
    if (result.ok) apply(result.data)
    return result
  }

  function init(): void {
    unsubscribe ??= api().events.on('evt:onsite-changed', apply)
    void load()
  }

  /** The session locked: nothing of the operator's stays in the window. */
  function reset(): void {
    items.value = []
  }

  return { items, count, failedCount, forAccount, capture, retry, discard, load, init, reset }
})
