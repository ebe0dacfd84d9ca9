// Looking for a person before creating them again: when Truora may already hold an account made from
// this input (its answer was lost), the operator searches first instead of retrying blindly
// (DESIGN.md §5 "an interrupted send is checked, never blindly repeated"). The create form and the
// outbox offer the same search.
import { useRouter } from 'vue-router'
import { useSearchStore } from '../stores/search'

interface PersonInput {
  document_number?: string | undefined
  first_name?: string | undefined
  last_name?: string | undefined
}

/** What to search for: the document number, else the name. */
export function personQuery(person: PersonInput): string {
  return (
    person.document_number?.trim() || [person.first_name, person.last_name].filter(Boolean).join(' ').trim()
  )
}

/** Puts the person's query in the search box and opens the search view. */
export function usePersonSearch(): (person: PersonInput) => Promise<void> {
  const search = useSearchStore()
  const router = useRouter()
  return async (person) => {
    search.setText(personQuery(person))
    await router.push({ name: 'search' })
  }
}
