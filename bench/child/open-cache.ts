// Runs in a fresh process per measurement, so the parent's data set and earlier runs do not weigh on
// the timings or the memory figures. Prints one line of JSON.
//   floor      readFileSync + JSON.parse of the plaintext copy
//   cache      openCache: read + decrypt + inflate + parse (src/main/cache)
//   workspace  openWorkspace, what the Backend does for an operator: the cache plus the search index
//              built over it, then the first search; with the memory held afterwards
import { readFileSync } from 'node:fs'
import { openCache } from '../../src/main/cache/open-cache'
import { openWorkspace } from '../../src/main/workspace/workspace'
import { usedMemory } from '../report'

/** The first search the search view makes: everything, newest first. */
export const FIRST_QUERY = { text: '', offset: 0, limit: 50 }

async function main(): Promise<void> {
  const [mode, dataDir, operatorId, file, plaintextFile] = process.argv.slice(2)
  const key = Buffer.from(process.env.BENCH_CACHE_KEY ?? '', 'hex')
  if (mode === 'floor' && plaintextFile !== undefined) {
    const started = performance.now()
    JSON.parse(readFileSync(plaintextFile, 'utf8'))
    console.log(JSON.stringify({ ms: performance.now() - started }))
  } else if (mode === 'cache' && file !== undefined) {
    const started = performance.now()
    const { store } = await openCache({ file, dataKey: key })
    const ms = performance.now() - started
    await store.close()
    console.log(JSON.stringify({ ms }))
  } else if (mode === 'workspace' && dataDir !== undefined && operatorId !== undefined) {
    const base = usedMemory()
    const started = performance.now()
    const workspace = await openWorkspace(operatorId, {
      dataDir,
      dataKey: async () => key,
      now: () => new Date()
    })
    const openMs = performance.now() - started
    const { total } = workspace.index.search(FIRST_QUERY)
    const firstSearchMs = performance.now() - started
    // Decompression buffers are released once the event loop turns (zlib frees them from a callback):
    // measure the steady state an idle app holds, not the moment of opening.
    await new Promise((resolve) => setTimeout(resolve, 100))
    const memory = usedMemory()
    await workspace.cache.close()
    console.log(JSON.stringify({ openMs, firstSearchMs, total, base, memory }))
  } else {
    throw new Error(
      `usage: open-cache.ts floor|cache|workspace <dataDir> <operatorId> <file> <plaintextFile>`
    )
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
