// Turns contract errors and `validation.*` issue keys into text in the UI language (DESIGN.md §1
// promise 5: every failure says what happened, in the operator's language).
import { useI18n } from 'vue-i18n'
import type { AppError } from '@shared/result'
import { errorKey } from '../lib/error-key'

export function useErrorText() {
  const { t, te } = useI18n()
  return {
    errorText(error: Pick<AppError, 'code'> & { details?: AppError['details'] }): string {
      const { key, params } = errorKey(error)
      if (te(key)) return t(key, params)
      return te(`errors.${error.code}`) ? t(`errors.${error.code}`) : t('errors.internal')
    },
    issueText: (key: string): string => (te(key) ? t(key) : t('validation.invalid'))
  }
}
