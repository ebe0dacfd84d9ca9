// The app's own index (src/main/search), exactly as the Backend uses it.
import { createSearchIndex } from '../../src/main/search/search-index'
import type { SearchIndex } from '../../src/main/search/types'
import { PAGE, type Candidate } from './candidate'

export function localIndex(): Candidate {
  let index: SearchIndex | undefined
  return {
    name: 'index',
    note: 'src/main/search: every matching rule of the app',
    build(entries) {
      index = createSearchIndex()
      index.upsert(entries)
    },
    search({ text, filters }) {
      if (index === undefined) throw new Error('build first')
      return index.search({ text, offset: 0, limit: PAGE, ...(filters ? { filters } : {}) })
    }
  }
}
