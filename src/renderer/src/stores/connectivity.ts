// What main knows about the network (DESIGN.md §5: learned from real request outcomes), kept current
// by `evt:connectivity`.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { ConnectivityState } from '@shared/domain'
import { api } from '../api'

export const useConnectivityStore = defineStore('connectivity', () => {
  const state = ref<ConnectivityState>('unknown')
  const offline = computed(() => state.value === 'offline')
  let unsubscribe: (() => void) | undefined

  async function load(): Promise<void> {
    const result = await api().connectivity.status()
    if (result.ok) state.value = result.data
  }

  function init(): void {
    unsubscribe ??= api().events.on('evt:connectivity', (next) => {
      state.value = next
    })
    void load()
  }

  return { state, offline, load, init }
})
