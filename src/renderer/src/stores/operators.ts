// Operator profiles (no secrets: the API key and the passphrase go straight to main, DESIGN.md §1);
// names only while the session is locked.
// Also what the keychain allows for the active operator now (a locked keychain is said as such, with
// "Try again"), and removal that names the queued creations it would lose before it deletes anything.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type {
  KeychainState,
  ListedOperator,
  OperatorAdded,
  OperatorCheck,
  OperatorList
} from '@shared/domain/operators'
import type { Result } from '@shared/result'
import type { OperatorAddInput, OperatorRemoveInput } from '@shared/schemas'
import { api, plain } from '../api'
import { useSessionStore } from './session'

/** A keychain state that needs the operator's attention (every one but 'ok'). */
export interface KeychainProblem {
  operatorId: string
  reason: Exclude<KeychainState, 'ok'>
}

export const useOperatorsStore = defineStore('operators', () => {
  const operators = ref<ListedOperator[]>([])
  const activeId = ref<string | null>(null)
  const loaded = ref(false)
  /** Set by the last check of an operator whose keychain entries cannot all be read now. */
  const keychainProblem = ref<KeychainProblem | null>(null)
  const checking = ref(false)
  const active = computed(() => operators.value.find((operator) => operator.id === activeId.value) ?? null)
  let unsubscribe: (() => void) | undefined

  async function load(): Promise<Result<OperatorList>> {
    const result = await api().operators.list()
    if (result.ok) {
      operators.value = result.data.operators
      activeId.value = result.data.activeId
      loaded.value = true
      if (
        keychainProblem.value &&
        !operators.value.some((op) => op.id === keychainProblem.value?.operatorId)
      ) {
        keychainProblem.value = null
      }
    }
    return result
  }

  async function add(input: OperatorAddInput): Promise<Result<OperatorAdded>> {
    const result = await api().operators.add(plain(input))
    if (result.ok) {
      // Added at the lock screen, the operator is unlocked: the session says so before the list grows.
      await useSessionStore().load()
      await load()
    }
    return result
  }

  /** Asks main what the operator's keychain entries allow now, and remembers a problem to show. */
  async function check(id: string): Promise<Result<OperatorCheck>> {
    checking.value = true
    try {
      const result = await api().operators.check(id)
      if (result.ok) {
        const { keychain } = result.data
        if (keychain !== 'ok') keychainProblem.value = { operatorId: id, reason: keychain }
        else if (keychainProblem.value?.operatorId === id) keychainProblem.value = null
      }
      return result
    } finally {
      checking.value = false
    }
  }

  /** The active operator's check ("Try again" after unlocking the keychain). */
  async function checkActive(): Promise<Result<OperatorCheck> | undefined> {
    return activeId.value === null ? undefined : check(activeId.value)
  }

  /**
   * `confirm.queuedLost` is the number of queued creations the operator agreed to lose; main refuses
   * (`conflict`, `details.queued`) when it is not exactly what is queued now.
   */
  async function remove(id: string, confirm?: OperatorRemoveInput): Promise<Result<null>> {
    const result = await (confirm === undefined
      ? api().operators.remove(id)
      : api().operators.remove(id, plain(confirm)))
    if (result.ok) await load()
    return result
  }

  function clearProblem(): void {
    keychainProblem.value = null
  }

  function init(): void {
    unsubscribe ??= api().events.on('evt:operator-changed', () => {
      void load()
    })
  }

  return {
    operators,
    activeId,
    active,
    loaded,
    keychainProblem,
    checking,
    load,
    add,
    check,
    checkActive,
    remove,
    clearProblem,
    init
  }
})
