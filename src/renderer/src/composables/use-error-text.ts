// Turns contract errors and `validation.*` issue keys into text in the UI language (DESIGN.md §1
// promise 5: every failure says what happened, in the operator's language). A `reason` in the
// error's details (or on a SyncStatus error) says more than its code — the disk refused a write, an
// answer was too large — and has its own words under `errors.reasons.*`; otherwise the code's.
import { useI18n } from 'vue-i18n'
import type { AppError } from '@shared/result'

/** What the words come from: a code, and a reason when main gave one. */
export type ErrorWords = Pick<AppError, 'code'> & { reason?: unknown; details?: Record<string, unknown> }

/** The `reason` of an error, from its details or its own field. */
function reasonOf(error: ErrorWords): string | undefined {
  const reason = error.reason ?? error.details?.reason
  return typeof reason === 'string' ? reason : undefined
}

export function useErrorText() {
  const { t, te } = useI18n()
  return {
    errorText: (error: ErrorWords): string => {
      const reason = reasonOf(error)
      if (reason !== undefined && te(`errors.reasons.${reason}`)) return t(`errors.reasons.${reason}`)
      return te(`errors.${error.code}`) ? t(`errors.${error.code}`) : t('errors.internal')
    },
    issueText: (key: string): string => (te(key) ? t(key) : t('validation.invalid'))
  }
}
