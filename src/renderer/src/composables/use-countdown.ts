// Time left until a moment (a link's expiry), ticking each second while shown.
import { computed, onScopeDispose, ref, type ComputedRef, type Ref } from 'vue'

/** The time now, moved on each second for as long as the calling component lives. */
export function useSecondTick(): Ref<number> {
  const now = ref(Date.now())
  const timer = setInterval(() => (now.value = Date.now()), 1000)
  onScopeDispose(() => clearInterval(timer))
  return now
}

/** Whole seconds left until `until` (0 once past), from a shared tick. */
export function secondsLeft(until: string | undefined, now: number): number | undefined {
  const end = Date.parse(until ?? '')
  return Number.isNaN(end) ? undefined : Math.max(0, Math.floor((end - now) / 1000))
}

export function useCountdown(until: () => string | undefined): ComputedRef<number | undefined> {
  const now = useSecondTick()
  return computed(() => secondsLeft(until(), now.value))
}

/** `1:59:07`, `4:05`: hours only when there are some. */
export function clockText(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const two = (n: number) => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`
}
