// Truora's codes in the UI language (lib/code-labels.ts), with a readable fallback for new codes.
import { useI18n } from 'vue-i18n'
import { codeKey, humanizeCode, type CodeGroup } from '../lib/code-labels'

export function useCodeLabel() {
  const { t, te } = useI18n()
  return {
    codeLabel(group: CodeGroup, code: string): string {
      const key = codeKey(group, code)
      return te(key) ? t(key) : humanizeCode(code)
    }
  }
}
