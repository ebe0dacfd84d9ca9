// The same queries through the Backend's `accounts.search` (src/main/backend/create-backend.ts), the call the renderer
// makes: the operator's workspace is opened by the first call (cache + index), and every answer carries
// the accounts themselves with their latest status and freshness.
import { startSimulator } from '../../tools/sim/index'
import { createBenchBackend, unlockBench } from '../bench-backend'
import type { CacheFixture } from '../cache-fixture'
import type { BenchQuery } from '../queries'
import { PAGE } from './candidate'

export interface BackendTimings {
  /** The first call: opening the workspace (read, decrypt, parse, index) and answering. */
  firstSearchMs: number
  samples: number[]
  cpuSamples: number[]
  withHits: number
}

export async function measureBackendSearch(
  fixture: CacheFixture,
  queries: BenchQuery[],
  warmUp: number
): Promise<BackendTimings> {
  // Only there so the Backend has Truora's hosts to talk to; searching never calls them.
  const sim = await startSimulator({ accounts: 1 })
  const backend = createBenchBackend({
    dataDir: fixture.dataDir,
    secretStore: fixture.secretStore,
    endpoints: sim.endpoints
  })
  await unlockBench(backend, fixture.operatorId)
  const search = async ({ text, filters }: BenchQuery): Promise<number> => {
    const page = await backend.accounts.search({
      text,
      offset: 0,
      limit: PAGE,
      ...(filters ? { filters } : {})
    })
    if (!page.ok) throw new Error(`accounts.search failed: ${page.error.message}`)
    return page.data.total
  }
  try {
    const started = performance.now()
    await search({ kind: 'first', text: '' })
    const firstSearchMs = performance.now() - started
    for (const query of queries.slice(0, warmUp)) await search(query)
    const samples: number[] = []
    const cpuSamples: number[] = []
    let withHits = 0
    for (const query of queries) {
      const cpu = process.cpuUsage()
      const began = performance.now()
      const total = await search(query)
      samples.push(performance.now() - began)
      const used = process.cpuUsage(cpu)
      cpuSamples.push((used.user + used.system) / 1000)
      if (total > 0) withHits++
    }
    return { firstSearchMs, samples, cpuSamples, withHits }
  } finally {
    await backend.close()
    await sim.close()
  }
}
