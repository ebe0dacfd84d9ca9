// What main knows about the network (DESIGN.md §5: request outcomes, platform hints and a keyless
// probe), kept current by `evt:connectivity`. The window's own `online`/`offline` events go to main as
// hints (`connectivity.hint`): "offline" shows at once, "online" once main's probe reaches Truora.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { ConnectivityState } from '@shared/domain/sync'
import { api } from '../api'

export const useConnectivityStore = defineStore('connectivity', () => {
  const state = ref<ConnectivityState>('unknown')
  const offline = computed(() => state.value === 'offline')
  let unsubscribe: (() => void) | undefined

  async function load(): Promise<void> {
    const result = await api().connectivity.status()
    if (result.ok) state.value = result.data
  }

  async function hint(next: 'online' | 'offline'): Promise<void> {
    const result = await api().connectivity.hint(next)
    if (result.ok) state.value = result.data
  }

  function init(): void {
    if (unsubscribe) return
    unsubscribe = api().events.on('evt:connectivity', (next) => {
      state.value = next
    })
    window.addEventListener('offline', () => void hint('offline'))
    window.addEventListener('online', () => void hint('online'))
    if (navigator.onLine === false) void hint('offline')
    else void load()
  }

  return { state, offline, load, init }
})
