// Operator profiles (no secrets: the API key goes straight to main and the keychain, DESIGN.md §1).
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Operator, OperatorAdded, OperatorList } from '@shared/domain'
import type { Result } from '@shared/result'
import type { OperatorAddInput } from '@shared/schemas'
import { api, plain } from '../api'

export const useOperatorsStore = defineStore('operators', () => {
  const operators = ref<Operator[]>([])
  const activeId = ref<string | null>(null)
  const loaded = ref(false)
  const active = computed(() => operators.value.find((operator) => operator.id === activeId.value) ?? null)
  let unsubscribe: (() => void) | undefined

  async function load(): Promise<Result<OperatorList>> {
    const result = await api().operators.list()
    if (result.ok) {
      operators.value = result.data.operators
      activeId.value = result.data.activeId
      loaded.value = true
    }
    return result
  }

  async function add(input: OperatorAddInput): Promise<Result<OperatorAdded>> {
    const result = await api().operators.add(plain(input))
    if (result.ok) await load()
    return result
  }

  async function select(id: string): Promise<Result<Operator>> {
    const result = await api().operators.select(id)
    if (result.ok) await load()
    return result
  }

  async function remove(id: string): Promise<Result<null>> {
    const result = await api().operators.remove(id)
    if (result.ok) await load()
    return result
  }

  function init(): void {
    unsubscribe ??= api().events.on('evt:operator-changed', () => {
      void load()
    })
  }

  return { operators, activeId, active, loaded, load, add, select, remove, init }
})
