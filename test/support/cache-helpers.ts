// Shared by the cache tests: a real temp folder per test (removed afterwards), where the Backend
// would keep an operator's cache, and a way to open it there.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { openCache } from '../../src/main/cache/open-cache'
import type { OpenCacheOptions, OpenedCache } from '../../src/main/cache/types'
import { cacheFolderOf, legacyCacheFileOf } from '../../src/main/workspace/operator-paths'

const folders: string[] = []

afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })))
})

/** A new empty folder under the OS temp dir, removed after the current test. */
export async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'cache-test-'))
  folders.push(folder)
  return folder
}

/** Where an operator's cache lives inside a data folder (src/main/workspace/workspace.ts). */
export interface CacheAt {
  dataDir: string
  operatorId: string
  /** `operators/<id>/cache`: the manifest and `parts/`. */
  folder: string
  /** `operators/<id>/cache.json`: the one file of earlier formats. */
  legacyFile: string
}

export function cacheAt(dataDir: string, operatorId = 'op-1'): CacheAt {
  return {
    dataDir,
    operatorId,
    folder: cacheFolderOf(dataDir, operatorId),
    legacyFile: legacyCacheFileOf(dataDir, operatorId)
  }
}

/** An operator's cache inside a new temp data folder. */
export async function cacheInTemp(operatorId = 'op-1'): Promise<CacheAt> {
  return cacheAt(await tempFolder(), operatorId)
}

export function openAt(
  at: CacheAt,
  dataKey: Buffer,
  options: Partial<Omit<OpenCacheOptions, 'folder' | 'operatorId' | 'dataKey'>> = {}
): Promise<OpenedCache> {
  return openCache({
    folder: at.folder,
    operatorId: at.operatorId,
    legacyFile: at.legacyFile,
    dataKey,
    ...options
  })
}

/** The part files there are now, sorted. */
export async function partFiles(at: CacheAt): Promise<string[]> {
  try {
    return (await readdir(join(at.folder, 'parts'))).sort()
  } catch {
    return []
  }
}

/** Bytes of the cache on disk: the manifest and every part. */
export async function bytesOnDisk(at: CacheAt): Promise<number> {
  let total = (await stat(join(at.folder, 'manifest'))).size
  for (const name of await partFiles(at)) total += (await stat(join(at.folder, 'parts', name))).size
  return total
}

export const FETCHED_AT = '2026-05-22T23:31:12.952Z'

/** Everything an async iterable yields. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of items) out.push(item)
  return out
}
