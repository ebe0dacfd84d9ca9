// How old a read is, carried by every read that can come from the cache (DESIGN.md §3).

/**
 * How fresh a read is (DESIGN.md §3 "Reads carry freshness"). `stale` is true when the answer
 * comes from the cache and the network could not confirm it this time.
 */
export interface Freshness {
  source: 'cache' | 'network'
  /** ISO 8601 time the data was last received from Truora. */
  fetchedAt: string
  stale: boolean
}

export interface Cached<T> {
  data: T
  freshness: Freshness
}
