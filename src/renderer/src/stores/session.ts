// The session lock as the renderer sees it (DESIGN.md §6): locked or unlocked, who, and after how long
// without use. The app shows the lock screen while locked and nothing of any operator's data: on lock
// every store that holds an operator's data is emptied. The operator's use of the window (keys, pointer,
// wheel) is reported to main, at most twice a minute, so main's clock can lock after their idle time.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { SessionStatus } from '@shared/domain/session'
import type { Result } from '@shared/result'
import type { ChoosePassphraseInput, UnlockInput } from '@shared/schemas'
import { api, plain } from '../api'
import { useAccountStore } from './account'
import { useActivityStore } from './activity'
import { useCacheStore } from './cache'
import { useErrorsStore } from './errors'
import { useFreshnessStore } from './freshness'
import { useOperatorsStore } from './operators'
import { useOutboxStore } from './outbox'
import { useOnsiteStore } from './onsite'
import { usePreferencesStore } from './preferences'
import { useSearchStore } from './search'
import { useSyncStore } from './sync'

/** Reported use more often than this tells main nothing new: its idle times are minutes long. */
const REPORT_EVERY_MS = 30_000
const USE_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const

export const useSessionStore = defineStore('session', () => {
  const status = shallowRef<SessionStatus | null>(null)
  /** The operator the lock screen offers first (the one chosen in Settings to switch to, say). */
  const chosenId = ref<string | null>(null)
  const locked = computed(() => status.value?.state !== 'unlocked')
  const unlockedId = computed(() => (status.value?.state === 'unlocked' ? status.value.operatorId : null))
  let lastReport = 0
  let unsubscribe: (() => void) | undefined

  /** Empties every store that holds an operator's data, so the lock screen has nothing to show. */
  function clearOperatorData(): void {
    useSearchStore().reset()
    useAccountStore().reset()
    useOutboxStore().reset()
    useOnsiteStore().reset()
    useSyncStore().reset()
    useCacheStore().reset()
    useActivityStore().reset()
    usePreferencesStore().reset()
    useFreshnessStore().reset()
    useErrorsStore().clear()
    useOperatorsStore().clearProblem()
  }

  function apply(next: SessionStatus): void {
    const wasUnlocked = status.value?.state === 'unlocked'
    status.value = next
    if (next.state === 'locked' && wasUnlocked) clearOperatorData()
    if (next.state === 'unlocked' && !wasUnlocked) {
      // Another operator's (or the same one's, again) outbox and sync state.
      void useOutboxStore().load()
      void useOnsiteStore().load()
      void useSyncStore().load()
    }
    // Names only while locked, the whole profiles once unlocked.
    void useOperatorsStore().load()
  }

  function applied(result: Result<SessionStatus>): Result<SessionStatus> {
    if (result.ok) apply(result.data)
    return result
  }

  async function load(): Promise<Result<SessionStatus>> {
    return applied(await api().session.status())
  }

  async function unlock(input: UnlockInput): Promise<Result<SessionStatus>> {
    return applied(await api().session.unlock(plain(input)))
  }

  async function choosePassphrase(input: ChoosePassphraseInput): Promise<Result<SessionStatus>> {
    return applied(await api().session.choosePassphrase(plain(input)))
  }

  /** The Lock button and its shortcut; `next` is the operator the lock screen then offers. */
  async function lock(next?: string): Promise<Result<SessionStatus>> {
    if (next !== undefined) chosenId.value = next
    return applied(await api().session.lock())
  }

  function reportUse(): void {
    if (status.value?.state !== 'unlocked') return
    const now = Date.now()
    if (now - lastReport < REPORT_EVERY_MS) return
    lastReport = now
    void api()
      .session.reportActivity()
      .then((result) => {
        if (result.ok) apply(result.data)
      })
  }

  function init(): void {
    unsubscribe ??= api().events.on('evt:session-changed', apply)
    for (const name of USE_EVENTS) window.addEventListener(name, reportUse, { passive: true, capture: true })
    void load()
  }

  return { status, chosenId, locked, unlockedId, load, unlock, choosePassphrase, lock, init }
})
