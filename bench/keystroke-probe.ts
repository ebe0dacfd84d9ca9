// Keystroke to painted results, measured inside the page: each key event's time, and each search the
// renderer sends (window.api.accounts.search, wrapped) with when it was answered and when the frame
// after its answer was painted. A keystroke's latency ends at the paint of the first search sent after
// it that the renderer kept (the search store drops an answer once a newer query was sent, see
// src/renderer/src/stores/search.ts); it includes the store's typing pause, the bridge, the Backend's
// search and Vue's update.
import type { Page } from 'playwright-core'

export interface KeyEvent {
  /** performance.now() of the keydown (or of the input event, for text typed without one). */
  at: number
  value: string
}

export interface SearchRun {
  text: string
  offset: number
  sent: number
  answered?: number
  /** After the frame that follows the answer has been painted. */
  painted?: number
  /** Result rows in the DOM at that moment. */
  rows?: number
}

interface Probe {
  keys: KeyEvent[]
  runs: SearchRun[]
  recording: boolean
}

/** The page's globals this file uses (it is type-checked without the DOM library). */
interface PageGlobals {
  __benchProbe?: Probe
  api: { accounts: { search: (query: { text: string; offset?: number }) => Promise<unknown> } }
  document: {
    addEventListener(
      type: string,
      listener: (event: { timeStamp: number; target: unknown }) => void,
      capture: boolean
    ): void
    querySelectorAll(selector: string): { length: number }
  }
  requestAnimationFrame(callback: () => void): void
  MessageChannel: new () => {
    port1: { onmessage: (() => void) | null; close(): void }
    port2: { postMessage(message: unknown): void }
  }
}

/** Runs in the page once the app has started. */
function install(): void {
  const page = globalThis as unknown as PageGlobals
  if (page.__benchProbe) return
  const probe: Probe = { keys: [], runs: [], recording: false }
  page.__benchProbe = probe
  const isSearchBox = (target: unknown): target is { value: string } =>
    (target as { id?: string } | null)?.id === 'search-box'
  let keydownAt: number | undefined
  page.document.addEventListener(
    'keydown',
    (event) => {
      if (isSearchBox(event.target)) keydownAt = event.timeStamp
    },
    true
  )
  page.document.addEventListener(
    'input',
    (event) => {
      if (!isSearchBox(event.target)) return
      // Text Playwright inserts without a key (accented letters) has only the input event.
      const at = keydownAt !== undefined && event.timeStamp - keydownAt < 50 ? keydownAt : event.timeStamp
      keydownAt = undefined
      if (probe.recording) probe.keys.push({ at, value: event.target.value })
    },
    true
  )
  const group = page.api.accounts
  const search = group.search
  group.search = (query) => {
    const run: SearchRun = { text: query.text, offset: query.offset ?? 0, sent: performance.now() }
    if (probe.recording) probe.runs.push(run)
    return search(query).then((answer) => {
      run.answered = performance.now()
      // rAF runs after the store's update and Vue's flush (microtasks) and before the frame's paint;
      // a message posted from there arrives once that frame has been painted.
      page.requestAnimationFrame(() => {
        const channel = new page.MessageChannel()
        channel.port1.onmessage = () => {
          run.painted = performance.now()
          run.rows = page.document.querySelectorAll('[data-testid="results"] [role="listitem"]').length
          channel.port1.close()
        }
        channel.port2.postMessage(null)
      })
      return answer
    })
  }
}

export async function installProbe(page: Page): Promise<void> {
  await page.evaluate(install)
}

export async function setRecording(page: Page, recording: boolean): Promise<void> {
  await page.evaluate((on) => {
    const probe = (globalThis as unknown as PageGlobals).__benchProbe
    if (probe) probe.recording = on
  }, recording)
}

/** Takes what was recorded so far out of the page. */
export async function takeRecorded(page: Page): Promise<{ keys: KeyEvent[]; runs: SearchRun[] }> {
  return page.evaluate(() => {
    const probe = (globalThis as unknown as PageGlobals).__benchProbe
    if (!probe) throw new Error('the keystroke probe is not installed')
    const taken = { keys: probe.keys, runs: probe.runs }
    probe.keys = []
    probe.runs = []
    return taken
  })
}

export interface Paired {
  /** Keystroke to painted results, ms, one per keystroke that got a painted answer. */
  latencies: number[]
  /** The same keystrokes in three steps: until the search was sent (the store's typing pause)… */
  untilSent: number[]
  /** …until its answer arrived (bridge + Backend), and until the frame after it was painted. */
  untilAnswered: number[]
  untilPainted: number[]
  /** Keystrokes no kept search answered and painted after (should be none). */
  unpainted: number
  maxRows: number
}

/** Nothing paired yet: where one query's pairs, or every query's, are gathered. */
export function noPairs(): Paired {
  return { latencies: [], untilSent: [], untilAnswered: [], untilPainted: [], unpainted: 0, maxRows: 0 }
}

/** Pairs each keystroke with the paint of the first kept search sent after it. */
export function pairKeystrokes(keys: KeyEvent[], runs: SearchRun[]): Paired {
  // The first page of each query: the store's run(). Later pages (offset > 0) fill in as the list scrolls.
  const firstPages = runs.filter((run) => run.offset === 0).sort((a, b) => a.sent - b.sent)
  const kept = firstPages.filter((run, i) => {
    const newer = firstPages[i + 1]
    return (
      run.painted !== undefined &&
      run.answered !== undefined &&
      (newer === undefined || newer.sent > run.answered)
    )
  })
  const paired = noPairs()
  for (const key of keys) {
    const run = kept.find((candidate) => candidate.sent >= key.at)
    if (run?.painted === undefined || run.answered === undefined) {
      paired.unpainted += 1
      continue
    }
    paired.latencies.push(run.painted - key.at)
    paired.untilSent.push(run.sent - key.at)
    paired.untilAnswered.push(run.answered - run.sent)
    paired.untilPainted.push(run.painted - run.answered)
  }
  paired.maxRows = Math.max(0, ...runs.map((run) => run.rows ?? 0))
  return paired
}

/**
 * Round trips of the cheapest call (connectivity.status) from the page: what the browser host's bridge
 * (Playwright's exposeFunction over the DevTools protocol) adds to every call, where the app has
 * Electron's IPC.
 */
export async function bridgeRoundTrips(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    const api = (globalThis as unknown as { api: { connectivity: { status(): Promise<unknown> } } }).api
    const times: number[] = []
    for (let i = 0; i < n; i++) {
      const started = performance.now()
      await api.connectivity.status()
      times.push(performance.now() - started)
    }
    return times
  }, count)
}
