// Section 5, renderer (target, README "Performance": keystroke to painted results p95 ≤ 50 ms with the data
// set cached, at most a few hundred result rows in the DOM). The built renderer in Chromium, its window.api
// joined to a Backend in this process over a copy of the benchmark's encrypted cache (every account with its
// history); the simulator, in a child process, answers the lookups an account ID starts. Queries operators
// type (bench/queries.ts, text only), typed one key at a time at a steady pace; each keystroke is timed in
// the page until the results it asked for are painted (keystroke-probe.ts).
import { watch } from 'node:fs'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cacheFolderOf } from '../../src/main/workspace/operator-paths'
import { startBrowserHost } from '../browser-host'
import { createBenchBackend, unlockBench } from '../bench-backend'
import {
  bridgeRoundTrips,
  installProbe,
  noPairs,
  pairKeystrokes,
  setRecording,
  takeRecorded
} from '../keystroke-probe'
import { benchQueries } from '../queries'
import { latencies, printTable, type Figures, type Section } from '../report'
import { startSimProcess } from '../sim-process'

/** Keystrokes typed in all; queries are taken in order until there are this many. */
const KEYSTROKES = 300
/** Between keystrokes: a brisk typist, about 100 words a minute. */
const KEY_INTERVAL_MS = 120
/** After a query is typed: its lookup (if it is an account ID) and any refresh it starts settle. */
const SETTLE_MS = 300
const VIEWPORT = { width: 1280, height: 800 }

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Whole queries, in the bench's seeded order, up to KEYSTROKES characters in all. */
function typedQueries(texts: string[]): string[] {
  const chosen: string[] = []
  let keys = 0
  for (const text of texts) {
    if (text === '' || keys >= KEYSTROKES) continue
    const typed = text.slice(0, KEYSTROKES - keys)
    chosen.push(typed)
    keys += typed.length
  }
  return chosen
}

export const rendererSection: Section = {
  name: 'renderer',
  title: 'Renderer',
  async run({ data, cacheFixture }) {
    const fixture = await cacheFixture()
    // A copy: lookups cache what Truora answers, and the fixture must stay as built for later sections.
    const dataDir = await mkdtemp(join(tmpdir(), 'truora-bench-renderer-'))
    await cp(fixture.dataDir, dataDir, {
      recursive: true,
      filter: (source) => source !== fixture.plaintextFile
    })
    const sim = await startSimProcess({ accounts: data.accounts.length, seed: data.seed })
    const backend = createBenchBackend({
      dataDir,
      secretStore: fixture.secretStore,
      endpoints: sim.endpoints
    })
    await unlockBench(backend, fixture.operatorId)
    const queries = typedQueries(benchQueries(data.accounts, data.seed).map((query) => query.text))
    const all = noPairs()
    let bridge: number[]
    let problems: string[]
    let openMs: number
    // Lookups of cached IDs revalidate them in the background (cache first, then revalidate: DESIGN.md
    // §5), and what Truora answers is cached when it changed: each such commit replaces the manifest.
    let cacheWrites = 0
    const watcher = watch(cacheFolderOf(dataDir, fixture.operatorId), (event, name) => {
      if (event === 'rename' && name === 'manifest') cacheWrites += 1
    })
    try {
      const host = await startBrowserHost(backend, { locale: 'es-CO', viewport: VIEWPORT })
      try {
        const { page } = host
        const started = performance.now()
        await host.open('/')
        // The first search opens the workspace (decrypt, parse, index): the list shows once it answers.
        await page.locator('[data-testid="results"] [role="listitem"]').first().waitFor({ timeout: 180_000 })
        openMs = performance.now() - started
        await installProbe(page)
        bridge = await bridgeRoundTrips(page, 200)
        const box = page.locator('#search-box')
        for (const text of queries) {
          await box.fill('')
          await box.focus()
          await sleep(SETTLE_MS)
          await setRecording(page, true)
          for (const char of text) {
            await page.keyboard.type(char)
            await sleep(KEY_INTERVAL_MS)
          }
          await sleep(SETTLE_MS)
          await setRecording(page, false)
          const recorded = await takeRecorded(page)
          const paired = pairKeystrokes(recorded.keys, recorded.runs)
          all.latencies.push(...paired.latencies)
          all.untilSent.push(...paired.untilSent)
          all.untilAnswered.push(...paired.untilAnswered)
          all.untilPainted.push(...paired.untilPainted)
          all.unpainted += paired.unpainted + Math.max(0, text.length - recorded.keys.length)
          all.maxRows = Math.max(all.maxRows, paired.maxRows)
        }
      } finally {
        problems = host.problems
        await host.close()
      }
    } finally {
      watcher.close()
      await backend.close()
      await sim.close()
      await rm(dataDir, { recursive: true, force: true })
    }
    if (problems.length > 0)
      throw new Error(`the page reported problems: ${problems.slice(0, 5).join(' | ')}`)
    const measured = latencies(all.latencies)
    const steps = {
      sent: latencies(all.untilSent),
      answered: latencies(all.untilAnswered),
      painted: latencies(all.untilPainted),
      bridge: latencies(bridge)
    }
    const figures: Figures = {
      accounts: data.accounts.length,
      queries: queries.length,
      keystrokes: all.latencies.length + all.unpainted,
      keystrokesUnpainted: all.unpainted,
      keyIntervalMs: KEY_INTERVAL_MS,
      viewport: `${VIEWPORT.width}x${VIEWPORT.height}`,
      firstListMs: openMs,
      keyToPaintP50Ms: measured.p50,
      keyToPaintP95Ms: measured.p95,
      keyToPaintMaxMs: measured.max,
      keyToPaintMeanMs: measured.mean,
      keyToSentP50Ms: steps.sent.p50,
      keyToSentP95Ms: steps.sent.p95,
      sentToAnsweredP50Ms: steps.answered.p50,
      sentToAnsweredP95Ms: steps.answered.p95,
      answeredToPaintedP50Ms: steps.painted.p50,
      answeredToPaintedP95Ms: steps.painted.p95,
      bridgeRoundTripP50Ms: steps.bridge.p50,
      bridgeRoundTripP95Ms: steps.bridge.p95,
      maxRowsInDom: all.maxRows,
      cacheWrites
    }
    const row = (
      name: string,
      l: { p50: number; p95: number; max: number; mean: number }
    ): (string | number)[] => [name, l.p50, l.p95, l.max, l.mean]
    printTable(
      `Renderer: keystroke to painted results in Chromium, ${data.accounts.length} cached accounts, ${figures.keystrokes} keystrokes of ${queries.length} queries, one every ${KEY_INTERVAL_MS} ms (ms)`,
      ['', 'p50', 'p95', 'max', 'mean'],
      [
        row('keystroke → painted results', measured),
        row("  keystroke → search sent (the store's typing pause)", steps.sent),
        row('  sent → answered (bridge + accounts.search)', steps.answered),
        row('  answered → painted (Vue update, layout, paint)', steps.painted),
        row('bridge round trip alone (connectivity.status)', steps.bridge)
      ]
    )
    console.log(
      `Result rows in the DOM, at most: ${all.maxRows}; keystrokes without a painted answer: ${all.unpainted}; cache file writes during the run: ${cacheWrites}; ` +
        `the list first showed ${Math.round(openMs)} ms after the page was opened (workspace opening included)`
    )
    return figures
  }
}
