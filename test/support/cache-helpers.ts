// Shared by the cache tests: a real temp folder per test (removed afterwards) and a fresh data key.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

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

/** Where the Backend keeps an operator's cache, inside a temp data folder. */
export async function cacheFileInTemp(): Promise<string> {
  return join(await tempFolder(), 'operators', 'op-1', 'cache.json')
}

export const FETCHED_AT = '2026-05-22T23:31:12.952Z'
