// The create form's likely duplicates (`accounts.duplicates`), asked again a moment after the person
// fields stop changing; an answer to older input is dropped.
import { ref, watch, type Ref } from 'vue'
import type { DuplicateMatch } from '@shared/domain/search'
import { api, plain } from '../api'
import type { CreateForm } from '../lib/create-form'

const DELAY_MS = 200

export function useDuplicates(form: CreateForm): Ref<DuplicateMatch[]> {
  const matches = ref<DuplicateMatch[]>([])
  let timer: ReturnType<typeof setTimeout> | undefined
  let asked = 0
  watch(
    () => [form.document_number, form.phone_number, form.email, form.country] as const,
    ([document_number, phone_number, email, country]) => {
      clearTimeout(timer)
      const question = ++asked
      if (![document_number, phone_number, email].some((value) => value.trim() !== '')) {
        matches.value = []
        return
      }
      timer = setTimeout(() => {
        void api()
          .accounts.duplicates(plain({ document_number, phone_number, email, country }))
          .then((result) => {
            if (question === asked) matches.value = result.ok ? result.data : []
          })
      }, DELAY_MS)
    }
  )
  return matches
}
