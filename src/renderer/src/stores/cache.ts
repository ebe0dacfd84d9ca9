// The active operator's local cache, as the settings view shows it: its size, clearing it, and
// exporting it (docs/architecture.md §3 "The operator's cache").
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { CacheExport, CacheStats } from '@shared/domain/cache'
import type { Result } from '@shared/result'
import { api } from '../api'

export const useCacheStore = defineStore('cache', () => {
  const stats = shallowRef<CacheStats | null>(null)

  async function load(): Promise<Result<CacheStats>> {
    const result = await api().cache.stats()
    if (result.ok) stats.value = result.data
    return result
  }

  async function clear(keepOutbox: boolean): Promise<Result<CacheStats>> {
    const result = await api().cache.clear({ keepOutbox })
    if (result.ok) stats.value = result.data
    return result
  }

  function exportAs(format: 'csv' | 'json'): Promise<Result<CacheExport>> {
    return api().cache.export({ format })
  }

  function reset(): void {
    stats.value = null
  }

  return { stats, load, clear, exportAs, reset }
})
