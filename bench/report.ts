// Figures, timing and the printed table shared by every section. Each section returns flat figures;
// the runner prints each section's table and, last, one line of JSON with every figure.
import type { CacheFixture } from './cache-fixture'
import type { BenchData } from './data'
import type { BenchOptions } from './options'

export type Figures = Record<string, number | string | boolean>

export interface Section {
  name: string
  title: string
  run(context: BenchContext): Promise<Figures>
}

export interface BenchContext {
  options: BenchOptions
  data: BenchData
  /** Figures of the sections that already ran (later sections may compare with them). */
  results: Record<string, Figures>
  /** The data set as an encrypted cache file, written on first use and removed at the end. */
  cacheFixture: () => Promise<CacheFixture>
}

export interface Latencies {
  p50: number
  p95: number
  max: number
  mean: number
}

/** Nearest-rank percentiles of per-call times in milliseconds. */
export function latencies(samples: number[]): Latencies {
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = (p: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  const sum = sorted.reduce((total, value) => total + value, 0)
  return {
    p50: rank(50),
    p95: rank(95),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: sum / sorted.length
  }
}

/** Milliseconds one piece of async work took. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}

export function median(values: number[]): number {
  return latencies(values).p50
}

/** Rounds for display and JSON: 3 significant decimals below 10, fewer above. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value
  const digits = Math.abs(value) < 10 ? 3 : Math.abs(value) < 1000 ? 1 : 0
  return Number(value.toFixed(digits))
}

export const MB = 1024 * 1024

/** Heap plus ArrayBuffer memory after a full collection (run node with --expose-gc). */
export function usedMemory(): { heap: number; arrayBuffers: number; rss: number } {
  collectGarbage()
  const usage = process.memoryUsage()
  return { heap: usage.heapUsed, arrayBuffers: usage.arrayBuffers, rss: usage.rss }
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc === undefined) throw new Error('run with --expose-gc (npm run bench does)')
  gc()
  gc()
}

export function printTable(title: string, headers: string[], rows: (string | number)[][]): void {
  const cells = [
    headers,
    ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(round(cell)) : cell)))
  ]
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)))
  const line = (row: string[]): string =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)
      )
      .join('  ')
  console.log(`\n${title}`)
  console.log(line(cells[0] as string[]))
  console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  for (const row of cells.slice(1)) console.log(line(row))
}
