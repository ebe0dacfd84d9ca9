// The unlocked operator's activity log on this laptop (Settings → Activity), newest first, and its
// export as CSV to where the operator chooses.
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { ActivityExport, ActivityPage } from '@shared/domain/activity'
import type { Result } from '@shared/result'
import { api } from '../api'

const ACTIVITY_PAGE = 50

export const useActivityStore = defineStore('activity', () => {
  const page = shallowRef<ActivityPage | null>(null)

  async function load(limit = ACTIVITY_PAGE): Promise<Result<ActivityPage>> {
    const result = await api().activity.list({ limit })
    if (result.ok) page.value = result.data
    return result
  }

  /** The next entries after those shown. */
  async function more(): Promise<Result<ActivityPage>> {
    return load((page.value?.entries.length ?? 0) + ACTIVITY_PAGE)
  }

  function exportCsv(): Promise<Result<ActivityExport>> {
    return api().activity.export()
  }

  function reset(): void {
    page.value = null
  }

  return { page, load, more, exportCsv, reset }
})
