// Section 1, search (issue 4 targets: p95 ≤ 5 ms over 100,000 accounts, ≥ 20× faster than a plain
// Array.filter): the same 1,000 queries through the app's index, MiniSearch and the Array.filter
// baseline, one call at a time; plus each one's build time and the memory it holds.
import { arrayFilter } from '../candidates/array-filter'
import type { Candidate } from '../candidates/candidate'
import { localIndex } from '../candidates/local-index'
import { miniSearch } from '../candidates/minisearch'
import { benchQueries, type BenchQuery } from '../queries'
import { MB, latencies, printTable, usedMemory, type Figures, type Section } from '../report'

/** Queries run before timing, so each candidate's JIT and lazy state are warm. */
const WARM_UP = 100

interface Measured {
  candidate: Candidate
  buildMs: number
  firstSearchMs: number
  memoryMB: number
  samples: number[]
  withHits: number
}

function measure(candidate: Candidate, entries: Parameters<Candidate['build']>[0], queries: BenchQuery[]): Measured {
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
  const samples = queries.map((query) => {
    const began = performance.now()
    const { total } = candidate.search(query)
    const ms = performance.now() - began
    if (total > 0) withHits++
    return ms
  })
  const memoryMB = (after.heap + after.arrayBuffers - before.heap - before.arrayBuffers) / MB
  return { candidate, buildMs, firstSearchMs, memoryMB, samples, withHits }
}

export const searchSection: Section = {
  name: 'search',
  title: 'Search',
  async run({ data }) {
    const queries = benchQueries(data.accounts, data.seed)
    const figures: Figures = { accounts: data.accounts.length, queries: queries.length }
    const measured: Measured[] = []
    // One at a time, so each one's memory is measured without the others'.
    for (const make of [localIndex, miniSearch, arrayFilter]) measured.push(measure(make(), data.entries, queries))
    const rows = measured.map(({ candidate, buildMs, firstSearchMs, memoryMB, samples, withHits }) => {
      const l = latencies(samples)
      const key = candidate.name === 'Array.filter' ? 'arrayFilter' : candidate.name
      Object.assign(figures, {
        [`${key}BuildMs`]: buildMs,
        [`${key}FirstSearchMs`]: firstSearchMs,
        [`${key}MemoryMB`]: memoryMB,
        [`${key}P50Ms`]: l.p50,
        [`${key}P95Ms`]: l.p95,
        [`${key}MaxMs`]: l.max,
        [`${key}MeanMs`]: l.mean,
        [`${key}QueriesWithHits`]: withHits
      })
      return [candidate.name, l.p50, l.p95, l.max, l.mean, buildMs, memoryMB, withHits, candidate.note]
    })
    const [index, mini, filter] = measured.map((m) => latencies(m.samples)) as [ReturnType<typeof latencies>, ReturnType<typeof latencies>, ReturnType<typeof latencies>]
    Object.assign(figures, {
      filterOverIndexMean: filter.mean / index.mean,
      filterOverIndexP50: filter.p50 / index.p50,
      filterOverIndexP95: filter.p95 / index.p95,
      minisearchOverIndexMean: mini.mean / index.mean,
      minisearchOverIndexP95: mini.p95 / index.p95
    })
    printTable(
      `Search: ${queries.length} queries over ${data.accounts.length} accounts (ms; memory in MB)`,
      ['candidate', 'p50', 'p95', 'max', 'mean', 'build', 'memory', 'with hits', 'semantics'],
      rows
    )
    printTable('Array.filter ÷ index', ['', 'mean', 'p50', 'p95'], [
      ['ratio', figures.filterOverIndexMean as number, figures.filterOverIndexP50 as number, figures.filterOverIndexP95 as number]
    ])
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
    const naive = latencies(at.map((i) => filter.samples[i] as number))
    return [kind, at.length, own.p50, own.p95, own.max, naive.p50, naive.p95]
  })
  printTable('Index by kind of query (ms)', ['kind', 'queries', 'p50', 'p95', 'max', 'filter p50', 'filter p95'], rows)
}
