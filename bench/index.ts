// `npm run bench`: measures each promise of DESIGN.md §1 "Fast at any size" against its target (the README's
// Performance table), one section at a time (bench/sections/*), on a deterministic data set. Prints each
// section's table and, last, one line of JSON with every figure. A section is a file exporting a `Section`;
// add it to SECTIONS to run it.
import { cpus, loadavg } from 'node:os'
import { buildCacheFixture, removeCacheFixture, type CacheFixture } from './cache-fixture'
import { createBenchData } from './data'
import { HelpRequested, parseOptions } from './options'
import { round, type BenchContext, type Figures, type Section } from './report'
import { createSection } from './sections/create'
import { memorySection } from './sections/memory'
import { mirrorSection } from './sections/mirror'
import { openSection } from './sections/open'
import { rendererSection } from './sections/renderer'
import { searchSection } from './sections/search'
import { writesSection } from './sections/writes'
import { vaultSection } from './sections/vault'

const SECTIONS: Section[] = [
  searchSection,
  openSection,
  writesSection,
  mirrorSection,
  memorySection,
  rendererSection,
  createSection,
  vaultSection
]

async function main(): Promise<void> {
  const options = parseOptions(
    process.argv.slice(2),
    SECTIONS.map((section) => section.name)
  )
  const started = performance.now()
  const data = createBenchData(options.accounts, options.seed)
  const meta: Figures = {
    accounts: options.accounts,
    seed: options.seed,
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    // The machine may be shared: a load average above the core count means the timings are inflated.
    loadAverageAtStart: loadavg()[0] ?? 0,
    dataSetMs: performance.now() - started
  }
  console.log(
    `Data set: ${options.accounts} accounts, seed ${options.seed} (${round(meta.dataSetMs as number)} ms); load average ${round(meta.loadAverageAtStart as number)} on ${meta.cpus} cores`
  )
  let fixture: Promise<CacheFixture> | undefined
  const context: BenchContext = {
    options,
    data,
    results: { meta },
    cacheFixture: () => (fixture ??= buildCacheFixture(data))
  }
  try {
    for (const section of SECTIONS.filter((s) => options.sections.includes(s.name))) {
      context.results[section.name] = await section.run(context)
    }
  } finally {
    if (fixture !== undefined) removeCacheFixture(await fixture)
  }
  meta.loadAverageAtEnd = loadavg()[0] ?? 0
  meta.totalMs = performance.now() - started
  const rounded = Object.fromEntries(
    Object.entries(context.results).map(([name, figures]) => [
      name,
      Object.fromEntries(
        Object.entries(figures).map(([key, value]) => [key, typeof value === 'number' ? round(value) : value])
      )
    ])
  )
  console.log(`\n${JSON.stringify(rounded)}`)
}

main().catch((error: unknown) => {
  if (error instanceof HelpRequested) {
    console.log(error.message)
    return
  }
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
