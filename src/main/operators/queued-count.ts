// How many creations wait in an operator's outbox: what removing the operator would lose, so the
// removal can name that number before anything is deleted (DESIGN.md §1 promise 1).
import { stat } from 'node:fs/promises'
import { readCacheData } from '../cache/open-cache'
import { CacheCorruptError } from '../cache/sharded-file-adapter'
import { cacheFileOf } from '../workspace/operator-paths'

/**
 * Read from the operator's cache file without opening a store over it (nothing is moved aside or
 * written). null when they cannot be counted: no data key, or a file that cannot be read.
 */
export async function queuedInFile(
  dataDir: string,
  operatorId: string,
  dataKey: Buffer | null
): Promise<number | null> {
  const file = cacheFileOf(dataDir, operatorId)
  if (dataKey === null) {
    // Without a file there is nothing to lose, key or no key.
    return (await stat(file).catch(() => undefined)) === undefined ? 0 : null
  }
  try {
    const data = await readCacheData(file, dataKey)
    return data?.outbox.length ?? 0
  } catch (error) {
    // A damaged shard beside an intact state part still tells its outbox.
    if (error instanceof CacheCorruptError && error.outbox !== undefined) return error.outbox.length
    return null
  }
}
