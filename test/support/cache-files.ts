// An operator's cache as the Backend keeps it (src/main/workspace/workspace.ts), for tests that open it
// while the Backend is closed or damage one of its files on purpose.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openCache } from '../../src/main/cache/open-cache'
import type { OpenedCache } from '../../src/main/cache/types'
import { cacheFolderOf, legacyCacheFileOf } from '../../src/main/workspace/operator-paths'

export function openOperatorCache(
  dataDir: string,
  operatorId: string,
  dataKey: Buffer
): Promise<OpenedCache> {
  return openCache({
    folder: cacheFolderOf(dataDir, operatorId),
    legacyFile: legacyCacheFileOf(dataDir, operatorId),
    operatorId,
    dataKey
  })
}

export function manifestFileOf(dataDir: string, operatorId: string): string {
  return join(cacheFolderOf(dataDir, operatorId), 'manifest')
}

/** Flips one bit inside the ciphertext of the first part whose name starts with `prefix`. */
export async function damagePart(dataDir: string, operatorId: string, prefix: string): Promise<string> {
  const parts = join(cacheFolderOf(dataDir, operatorId), 'parts')
  const name = (await readdir(parts)).find((file) => file.startsWith(prefix) && !file.includes('.corrupt-'))
  if (name === undefined) throw new Error(`no part ${prefix}`)
  const path = join(parts, name)
  const bytes = await readFile(path)
  bytes[20] = (bytes[20] ?? 0) ^ 0x01
  await writeFile(path, bytes)
  return path
}
