// Starts bench/child/open-cache.ts in a fresh Node process (tsx, garbage collector exposed) and returns
// the JSON line it prints.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { CacheFixture } from '../cache-fixture'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export type ChildMode = 'floor' | 'cache' | 'workspace' | 'writes'

/** `dataDir` defaults to the fixture's own; the writes mode runs on a copy. */
export function runChild<T>(mode: ChildMode, fixture: CacheFixture, dataDir = fixture.dataDir): T {
  const result = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      'bench/child/open-cache.ts',
      mode,
      dataDir,
      fixture.operatorId,
      fixture.plaintextFile
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BENCH_CACHE_KEY: fixture.keyHex } }
  )
  const lastLine = result.stdout.trim().split('\n').pop() ?? ''
  if (result.status !== 0 || lastLine === '') {
    throw new Error(
      `bench child "${mode}" failed (exit ${result.status}): ${result.stderr.trim().slice(-2000)}`
    )
  }
  return JSON.parse(lastLine) as T
}
