// The unlocked operator's choices for this laptop: how long without use before the session locks, and
// how long cached personal data not refreshed is kept (Settings → Security and privacy).
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { OperatorPreferences } from '@shared/domain/preferences'
import type { Result } from '@shared/result'
import type { PreferencesUpdate } from '@shared/schemas'
import { api, plain } from '../api'

export const usePreferencesStore = defineStore('preferences', () => {
  const preferences = shallowRef<OperatorPreferences | null>(null)

  async function load(): Promise<Result<OperatorPreferences>> {
    const result = await api().preferences.get()
    if (result.ok) preferences.value = result.data
    return result
  }

  async function update(changes: PreferencesUpdate): Promise<Result<OperatorPreferences>> {
    const result = await api().preferences.update(plain(changes))
    if (result.ok) preferences.value = result.data
    return result
  }

  function reset(): void {
    preferences.value = null
  }

  return { preferences, load, update, reset }
})
