// Section 1, search (targets, README "Performance": p95 ≤ 5 ms over 100,000 accounts, ≥ 20× faster than a
// plain Array.filter): the same 1,000 queries through the app's index, MiniSearch and the Array.filter
// baseline, one call at a time, with each one's build time and the memory it holds; then through the
// Backend's accounts.search over the operator's encrypted cache.
import { arrayFilter } from '../candidates/array-filter'
import { measureBackendSearch } from '../candidates/backend-search'
import type { Candidate } from '../candidates/candidate'
import { localIndex } from '../candidates/local-index'
import { miniSearch } from '../candidates/minisearch'
import { benchQueries, type BenchQuery } from '../queries'
import { MB, latencies, printTable, usedMemory, type Figures, type Latencies, type Section } from '../report'

/** Queries run before timing, so each candidate's JIT and lazy state are warm. */
const WARM_UP = 100

interface Measured {
  candidate: Candidate
  buildMs: number
  firstSearchMs: number
  memoryMB: number
  /** Wall-clock ms per query: what an operator waits. */
  samples: number[]
  /**
   * CPU ms per query (this process, all threads): on a shared machine the wall clock also counts time
   * spent waiting for a core, so this is the figure to compare across runs.
   */
  cpuSamples: number[]
  withHits: number
}

function measure(
  candidate: Candidate,
  entries: Parameters<Candidate['build']>[0],
  queries: BenchQuery[]
): Measured {
  const before = usedMemory()
  let start = performance.now()
  candidate.build(entries)
  const buildMs = performance.now() - start
  start = performance.now()
  candidate.search(queries[0] as BenchQuery)
  const firstSearchMs = performance.now() - start
  for (const query of queries.slice(0, WARM_UP)) candidate.search(query)
  const after = usedMemory()
  let withHits = 0
  const samples: number[] = []
  const cpuSamples: number[] = []
  for (const query of queries) {
    const cpu = process.cpuUsage()
    const began = performance.now()
    const { total } = candidate.search(query)
    samples.push(performance.now() - began)
    const used = process.cpuUsage(cpu)
    cpuSamples.push((used.user + used.system) / 1000)
    if (total > 0) withHits++
  }
  const memoryMB = (after.heap + after.arrayBuffers - before.heap - before.arrayBuffers) / MB
  return { candidate, buildMs, firstSearchMs, memoryMB, samples, cpuSamples, withHits }
}

export const searchSection: Section = {
  name: 'search',
  title: 'Search',
  async run({ data, cacheFixture }) {
    const queries = benchQueries(data.accounts, data.seed)
    const figures: Figures = { accounts: data.accounts.length, queries: queries.length }
    const measured: Measured[] = []
    // One at a time, so each one's memory is measured without the others'.
    for (const make of [localIndex, miniSearch, arrayFilter])
      measured.push(measure(make(), data.entries, queries))
    const rows = measured.map(
      ({ candidate, buildMs, firstSearchMs, memoryMB, samples, cpuSamples, withHits }) => {
        const wall = latencies(samples)
        const cpu = latencies(cpuSamples)
        const key = candidate.name === 'Array.filter' ? 'arrayFilter' : candidate.name
        Object.assign(figures, {
          [`${key}BuildMs`]: buildMs,
          [`${key}FirstSearchMs`]: firstSearchMs,
          [`${key}MemoryMB`]: memoryMB,
          [`${key}P50Ms`]: wall.p50,
          [`${key}P95Ms`]: wall.p95,
          [`${key}MaxMs`]: wall.max,
          [`${key}MeanMs`]: wall.mean,
          [`${key}CpuP50Ms`]: cpu.p50,
          [`${key}CpuP95Ms`]: cpu.p95,
          [`${key}CpuMeanMs`]: cpu.mean,
          [`${key}QueriesWithHits`]: withHits
        })
        return [
          candidate.name,
          wall.p50,
          wall.p95,
          wall.max,
          wall.mean,
          cpu.p50,
          cpu.p95,
          buildMs,
          memoryMB,
          withHits,
          candidate.note
        ]
      }
    )
    const backend = await measureBackendSearch(await cacheFixture(), queries, WARM_UP)
    const backendWall = latencies(backend.samples)
    const backendCpu = latencies(backend.cpuSamples)
    Object.assign(figures, {
      backendFirstSearchMs: backend.firstSearchMs,
      backendP50Ms: backendWall.p50,
      backendP95Ms: backendWall.p95,
      backendMaxMs: backendWall.max,
      backendMeanMs: backendWall.mean,
      backendCpuP50Ms: backendCpu.p50,
      backendCpuP95Ms: backendCpu.p95,
      backendCpuMeanMs: backendCpu.mean,
      backendQueriesWithHits: backend.withHits
    })
    rows.push([
      'accounts.search',
      backendWall.p50,
      backendWall.p95,
      backendWall.max,
      backendWall.mean,
      backendCpu.p50,
      backendCpu.p95,
      backend.firstSearchMs,
      '-',
      backend.withHits,
      'Backend call: index + cached accounts (build: open cache + index)'
    ])
    const [index, mini, filter] = measured.map((m) => latencies(m.samples)) as [
      Latencies,
      Latencies,
      Latencies
    ]
    const [indexCpu, , filterCpu] = measured.map((m) => latencies(m.cpuSamples)) as [
      Latencies,
      Latencies,
      Latencies
    ]
    Object.assign(figures, {
      filterOverIndexMean: filter.mean / index.mean,
      filterOverIndexP50: filter.p50 / index.p50,
      filterOverIndexP95: filter.p95 / index.p95,
      filterOverIndexCpuMean: filterCpu.mean / indexCpu.mean,
      filterOverIndexCpuP95: filterCpu.p95 / indexCpu.p95,
      minisearchOverIndexMean: mini.mean / index.mean,
      minisearchOverIndexP95: mini.p95 / index.p95
    })
    printTable(
      `Search: ${queries.length} queries over ${data.accounts.length} accounts (ms; memory in MB)`,
      [
        'candidate',
        'p50',
        'p95',
        'max',
        'mean',
        'cpu p50',
        'cpu p95',
        'build',
        'memory',
        'with hits',
        'semantics'
      ],
      rows
    )
    printTable(
      'Array.filter ÷ index',
      ['', 'mean', 'p50', 'p95', 'cpu mean', 'cpu p95'],
      [
        [
          'ratio',
          figures.filterOverIndexMean as number,
          figures.filterOverIndexP50 as number,
          figures.filterOverIndexP95 as number,
          figures.filterOverIndexCpuMean as number,
          figures.filterOverIndexCpuP95 as number
        ]
      ]
    )
    printByKind(queries, measured[0] as Measured, measured[2] as Measured)
    return figures
  }
}

/** The index's latencies per kind of query, beside the baseline's, to show where time goes. */
function printByKind(queries: BenchQuery[], index: Measured, filter: Measured): void {
  const kinds = [...new Set(queries.map((query) => query.kind))]
  const rows = kinds.map((kind) => {
    const at = queries.flatMap((query, i) => (query.kind === kind ? [i] : []))
    const own = latencies(at.map((i) => index.samples[i] as number))
    const ownCpu = latencies(at.map((i) => index.cpuSamples[i] as number))
    const naive = latencies(at.map((i) => filter.samples[i] as number))
    return [kind, at.length, own.p50, own.p95, own.max, ownCpu.p95, naive.p50, naive.p95]
  })
  printTable(
    'Index by kind of query (ms)',
    ['kind', 'queries', 'p50', 'p95', 'max', 'cpu p95', 'filter p50', 'filter p95'],
    rows
  )
}
