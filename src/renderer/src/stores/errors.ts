// One place for messages the operator must see, so every toast is shown, deduplicated and dismissed
// the same way: failed calls nobody else displays, confirmations, and notices such as a damaged cache.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AppError, ErrorCode, Result } from '@shared/result'
import { errorKey } from '../lib/error-key'

export interface Toast {
  id: number
  kind: 'error' | 'info'
  /** An error code, translated as `errors.<code>` when there is no `key`. */
  code?: ErrorCode
  /** An i18n key with its parameters (for an error: the finer message its details name). */
  key?: string
  params?: Record<string, string | number>
  /** Notices that must be read stay until dismissed; confirmations fade out. */
  sticky: boolean
  /**
   * A confirmation of something that happened in the background (a queued creation sent), not of what
   * the view before did: it stays when the view changes, which it may itself cause.
   */
  acrossViews?: boolean
}

const INFO_LIFETIME_MS = 6000

export const useErrorsStore = defineStore('errors', () => {
  const toasts = ref<Toast[]>([])
  let nextId = 1

  function push(toast: Omit<Toast, 'id'>): number {
    const id = nextId++
    // The same message twice in a row (a retry failing again) is shown once.
    const last = toasts.value.at(-1)
    if (last && last.code === toast.code && last.key === toast.key && last.kind === toast.kind) {
      dismiss(last.id)
    }
    toasts.value.push({ ...toast, id })
    if (!toast.sticky) setTimeout(() => dismiss(id), INFO_LIFETIME_MS)
    return id
  }

  function report(error: AppError): number {
    // The finer message its details name (a locked keychain, a full disk), else its code's.
    const { key, params } = errorKey(error)
    return push({ kind: 'error', code: error.code, key, params, sticky: true })
  }

  /** Waits for a call whose failure nobody else displays, and reports that failure. */
  async function reportFailure(call: Promise<Result<unknown>>): Promise<void> {
    const result = await call
    if (!result.ok) report(result.error)
  }

  function notice(key: string, params?: Record<string, string | number>, sticky = true): number {
    return push({ kind: 'error', key, params, sticky })
  }

  function info(
    key: string,
    params?: Record<string, string | number>,
    { acrossViews = false }: { acrossViews?: boolean } = {}
  ): number {
    return push({ kind: 'info', key, params, sticky: false, ...(acrossViews ? { acrossViews } : {}) })
  }

  function dismiss(id: number): void {
    toasts.value = toasts.value.filter((toast) => toast.id !== id)
  }

  /** The session locked: a toast may name an account ("Account … created"), so all go. */
  function clear(): void {
    toasts.value = []
  }

  /**
   * Another view: a confirmation about the last one ("Account … created") would stand over what this
   * one shows (a conflict on the next creation, say). Notices and errors stay until dismissed.
   */
  function clearConfirmations(): void {
    toasts.value = toasts.value.filter((toast) => toast.sticky || toast.acrossViews === true)
  }

  return { toasts, report, reportFailure, notice, info, dismiss, clear, clearConfirmations }
})
