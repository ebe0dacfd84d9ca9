// How many creations wait in an operator's outbox: what removing the operator would lose, so the
// removal can name that number before anything is deleted (DESIGN.md §1 promise 1).
import { stat } from 'node:fs/promises'
import { readOutbox } from '../cache/read-outbox'
import { cacheFolderOf, legacyCacheFileOf } from '../workspace/operator-paths'

/**
 * Read from the operator's cache without opening a store over it (nothing is moved aside or
 * written). null when they cannot be counted: no data key, or a cache that cannot be read.
 */
export async function queuedInFile(
  dataDir: string,
  operatorId: string,
  dataKey: Buffer | null
): Promise<number | null> {
  const folder = cacheFolderOf(dataDir, operatorId)
  const legacyFile = legacyCacheFileOf(dataDir, operatorId)
  if (dataKey === null) {
    // Without a cache there is nothing to lose, key or no key.
    const exists = async (path: string): Promise<boolean> =>
      (await stat(path).catch(() => undefined)) !== undefined
    return (await exists(folder)) || (await exists(legacyFile)) ? null : 0
  }
  try {
    return (await readOutbox({ folder, legacyFile, operatorId, dataKey }))?.length ?? null
  } catch {
    return null
  }
}
