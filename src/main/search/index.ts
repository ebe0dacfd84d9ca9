export { createSearchIndex } from './search-index'
export type { IndexedAccount, SearchIndex } from './types'
