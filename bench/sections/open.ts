// Section 2, opening the cache (issue 4): read + decrypt + inflate + parse (openCache), and the same
// plus building the search index (openWorkspace, as the Backend does), beside the floor of a plain
// JSON.parse(readFileSync()) of the same plaintext; and the time until the first search answers.
// Each figure is the median of fresh child processes, the three kinds interleaved.
import { runChild } from '../child/run-child'
import { MB, median, printTable, type Figures, type Section } from '../report'

interface Timed {
  ms: number
}
interface Opened {
  openMs: number
  firstSearchMs: number
}

export const openSection: Section = {
  name: 'open',
  title: 'Open',
  async run(context) {
    const fixture = await context.cacheFixture()
    const floor: number[] = []
    const cache: number[] = []
    const open: number[] = []
    const firstSearch: number[] = []
    for (let run = 0; run < context.options.repeats; run++) {
      floor.push(runChild<Timed>('floor', fixture).ms)
      cache.push(runChild<Timed>('cache', fixture).ms)
      const opened = runChild<Opened>('workspace', fixture)
      open.push(opened.openMs)
      firstSearch.push(opened.firstSearchMs)
    }
    const figures: Figures = {
      runs: context.options.repeats,
      plaintextMB: fixture.plaintextBytes / MB,
      fileMB: fixture.fileBytes / MB,
      writeMs: fixture.writeMs,
      floorMs: median(floor),
      cacheOpenMs: median(cache),
      cacheOverFloor: median(cache) / median(floor),
      openWithIndexMs: median(open),
      openWithIndexOverFloor: median(open) / median(floor),
      firstSearchAnsweredMs: median(firstSearch)
    }
    printTable(
      `Open: ${context.data.accounts.length} accounts, ${(figures.plaintextMB as number).toFixed(1)} MB plaintext, ${(figures.fileMB as number).toFixed(1)} MB on disk (median of ${figures.runs} runs, ms)`,
      ['step', 'ms', '÷ floor'],
      [
        ['JSON.parse(readFileSync()) of the plaintext (floor)', figures.floorMs as number, 1],
        [
          'openCache: read + decrypt + inflate + parse',
          figures.cacheOpenMs as number,
          figures.cacheOverFloor as number
        ],
        [
          'openWorkspace: the same + search index',
          figures.openWithIndexMs as number,
          figures.openWithIndexOverFloor as number
        ],
        [
          'until the first search answers',
          figures.firstSearchAnsweredMs as number,
          (figures.firstSearchAnsweredMs as number) / (figures.floorMs as number)
        ]
      ]
    )
    return figures
  }
}
