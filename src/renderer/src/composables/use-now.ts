// One shared clock for every "cached 3 h ago": ages move on while a view stays open.
import { onScopeDispose, ref, type Ref } from 'vue'

const TICK_MS = 30_000
const now = ref(new Date())
let users = 0
let timer: ReturnType<typeof setInterval> | undefined

export function useNow(): Ref<Date> {
  users += 1
  if (timer === undefined) {
    now.value = new Date()
    timer = setInterval(() => (now.value = new Date()), TICK_MS)
  }
  onScopeDispose(() => {
    users -= 1
    if (users === 0) {
      clearInterval(timer)
      timer = undefined
    }
  })
  return now
}
