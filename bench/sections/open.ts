// Section 2, opening the cache (DESIGN.md §4 "Open"; its target is in the README's Performance table): the
// time until the first search is answered as the Backend answers it (manifest + index snapshot, then the
// hits' accounts parts) and the memory held right after it, beside the floor of a plain
// JSON.parse(readFileSync()) of the same plaintext; also the time until every accounts part has loaded in
// the background (openCache with all accounts parts read, and the workspace). Each figure is the median of
// fresh child processes, the kinds interleaved.
import { runChild } from '../child/run-child'
import { MB, median, printTable, type Figures, type Section } from '../report'

interface Timed {
  ms: number
}
interface Memory {
  heap: number
  arrayBuffers: number
}
interface Opened {
  openMs: number
  firstSearchMs: number
  loadedMs: number
  base: Memory
  memory: Memory
  loadedMemory: Memory
}

const held = (memory: Memory, base: Memory): number =>
  memory.heap + memory.arrayBuffers - base.heap - base.arrayBuffers

export const openSection: Section = {
  name: 'open',
  title: 'Open',
  async run(context) {
    const fixture = await context.cacheFixture()
    const floor: number[] = []
    const cache: number[] = []
    const open: number[] = []
    const firstSearch: number[] = []
    const loaded: number[] = []
    const heldAfterSearch: number[] = []
    const heldLoaded: number[] = []
    for (let run = 0; run < context.options.repeats; run++) {
      floor.push(runChild<Timed>('floor', fixture).ms)
      cache.push(runChild<Timed>('cache', fixture).ms)
      const opened = runChild<Opened>('workspace', fixture)
      open.push(opened.openMs)
      firstSearch.push(opened.firstSearchMs)
      loaded.push(opened.loadedMs)
      heldAfterSearch.push(held(opened.memory, opened.base))
      heldLoaded.push(held(opened.loadedMemory, opened.base))
    }
    const floorMs = median(floor)
    const figures: Figures = {
      runs: context.options.repeats,
      plaintextMB: fixture.plaintextBytes / MB,
      fileMB: fixture.fileBytes / MB,
      writeMs: fixture.writeMs,
      floorMs,
      cacheOpenMs: median(cache),
      cacheOverFloor: median(cache) / floorMs,
      openWithIndexMs: median(open),
      openWithIndexOverFloor: median(open) / floorMs,
      firstSearchAnsweredMs: median(firstSearch),
      firstSearchOverFloor: median(firstSearch) / floorMs,
      heldAfterFirstSearchMB: median(heldAfterSearch) / MB,
      heldAfterFirstSearchOverPlaintext: median(heldAfterSearch) / fixture.plaintextBytes,
      allAccountsLoadedMs: median(loaded),
      heldAllAccountsLoadedMB: median(heldLoaded) / MB,
      heldAllAccountsLoadedOverPlaintext: median(heldLoaded) / fixture.plaintextBytes
    }
    printTable(
      `Open: ${context.data.accounts.length} accounts, ${(figures.plaintextMB as number).toFixed(1)} MB plaintext, ${(figures.fileMB as number).toFixed(1)} MB on disk (median of ${figures.runs} runs, ms)`,
      ['step', 'ms', '÷ floor'],
      [
        ['JSON.parse(readFileSync()) of the plaintext (floor)', floorMs, 1],
        [
          'openWorkspace: manifest + index snapshot',
          figures.openWithIndexMs as number,
          figures.openWithIndexOverFloor as number
        ],
        [
          'until the first search answers (with its hits read)',
          figures.firstSearchAnsweredMs as number,
          figures.firstSearchOverFloor as number
        ],
        [
          'until every accounts part has loaded (background)',
          figures.allAccountsLoadedMs as number,
          (figures.allAccountsLoadedMs as number) / floorMs
        ],
        [
          'openCache + every accounts part read, no index',
          figures.cacheOpenMs as number,
          figures.cacheOverFloor as number
        ]
      ]
    )
    printTable(
      `Memory held by the cache and index (heap + ArrayBuffers above the process's own, MB; ÷ the plaintext)`,
      ['when', 'MB', '÷ plaintext'],
      [
        [
          'right after the first search',
          figures.heldAfterFirstSearchMB as number,
          figures.heldAfterFirstSearchOverPlaintext as number
        ],
        [
          'every accounts part loaded',
          figures.heldAllAccountsLoadedMB as number,
          figures.heldAllAccountsLoadedOverPlaintext as number
        ]
      ]
    )
    return figures
  }
}
