// The views scroll inside the shell's content area, not the window, so vue-router's own scrollBehavior
// (which moves the window) does nothing for them: a new view opened where the last one was scrolled to,
// its title out of sight at 200 % zoom (WCAG 1.4.10). Here a new view starts at the top and Back or
// Forward comes back to where that entry was left, as a browser does.
import { nextTick, onScopeDispose, type Ref } from 'vue'
import type { Router } from 'vue-router'
import { historyPosition } from '../router'

/** About a second at 60 frames a second. */
const RESTORE_FRAMES = 60
const USER_SCROLLS = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const

export function useScrollReset(scroller: Ref<HTMLElement | null>, router: Router): void {
  /** How far the content was scrolled, per history entry (vue-router numbers them). */
  const saved = new Map<number, number>()
  /** The entry Back or Forward is returning to. */
  let returningTo: number | undefined

  const onScroll = (event: Event): void => {
    const position = historyPosition()
    if (position !== undefined && scroller.value && event.target === scroller.value)
      saved.set(position, scroller.value.scrollTop)
  }
  // Told by the router's history before the navigation it starts: a window `popstate` listener would
  // hear of it only after. A typed URL (no history state) moves by 0 entries: a new view, not a return.
  const stopListening = router.options.history.listen((_to, _from, { delta }) => {
    returningTo = delta === 0 ? undefined : historyPosition()
  })
  // Capture: the content area's scroll events do not bubble to the window.
  window.addEventListener('scroll', onScroll, { capture: true, passive: true })

  const stopAfterEach = router.afterEach((to, from, failure) => {
    const returning = returningTo
    returningTo = undefined
    stopRestoring?.()
    // The same view with another query (a drill-down opened) keeps its place.
    if (failure || to.path === from.path) return
    // Read now, before the new view's layout clamps the scroll and overwrites the entry.
    const top = returning === undefined ? 0 : (saved.get(returning) ?? 0)
    void nextTick(() => (top === 0 ? scroller.value?.scrollTo({ top }) : restore(top)))
  })

  /**
   * Back to a place further down: the view's panels fill in as their data arrives, so the place is
   * tried again each frame for a moment, until reached or the operator scrolls for themselves.
   */
  let stopRestoring: (() => void) | undefined
  function restore(top: number): void {
    stopRestoring?.()
    let frames = RESTORE_FRAMES
    let frame = 0
    const stop = (): void => {
      cancelAnimationFrame(frame)
      for (const type of USER_SCROLLS) window.removeEventListener(type, stop, true)
      stopRestoring = undefined
    }
    const step = (): void => {
      const element = scroller.value
      if (!element) return stop()
      element.scrollTo({ top })
      frames -= 1
      if (Math.abs(element.scrollTop - top) < 1 || frames === 0) return stop()
      frame = requestAnimationFrame(step)
    }
    for (const type of USER_SCROLLS) window.addEventListener(type, stop, true)
    stopRestoring = stop
    step()
  }

  onScopeDispose(() => {
    stopRestoring?.()
    stopAfterEach()
    stopListening()
    window.removeEventListener('scroll', onScroll, { capture: true })
  })
}
