// The search index is kept with the parts it covers (docs/architecture.md "The operator's cache"): written
// with them in one manifest, read at open so the first search answers before any accounts part is read, and
// checked part by part — accounts of a part written after it are indexed as that part loads, and a snapshot
// that cannot be used is rebuilt while searches answer from what is loaded.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { generateDataKey } from '../../src/main/cache/open-cache'
import { GROUPS_PER_PART } from '../../src/main/cache/part-table'
import type { PartReadInfo } from '../../src/main/cache/types'
import { openWorkspace, type Workspace } from '../../src/main/workspace/workspace'
import { accountFor } from '../support/fixtures/accounts'
import { cacheAt, FETCHED_AT, partFiles, tempFolder } from '../support/cache-helpers'

const ACCOUNTS = Array.from({ length: GROUPS_PER_PART * 2 + 200 }, (_, n) => accountFor(n))
const LATER = '2026-06-01T00:00:00.000Z'
const open: Workspace[] = []

afterEach(async () => {
  for (const workspace of open.splice(0)) await workspace.cache.close().catch(() => undefined)
})

async function workspaceIn(dataDir: string, key: Buffer, reads: PartReadInfo[] = []): Promise<Workspace> {
  const workspace = await openWorkspace('op-1', {
    dataDir,
    dataKey: async () => key,
    now: () => new Date(LATER),
    onRead: (info) => reads.push(info)
  })
  open.push(workspace)
  return workspace
}

const total = (workspace: Workspace, text = ''): number =>
  workspace.index.search({ text, offset: 0, limit: 1 }).total

/** A cache of every account, closed: the close writes the index snapshot. */
async function cacheWithSnapshot(): Promise<{ dataDir: string; key: Buffer }> {
  const dataDir = await tempFolder()
  const key = generateDataKey()
  const workspace = await workspaceIn(dataDir, key)
  workspace.cache.accounts.putMany(ACCOUNTS, FETCHED_AT)
  workspace.cache.validations.putForAccount(
    ACCOUNTS[7]!.account_id,
    [{ validation_id: 'V', validation_status: 'pending' }],
    FETCHED_AT
  )
  await workspace.cache.close()
  open.pop()
  expect((await partFiles(cacheAt(dataDir))).filter((name) => name.startsWith('index-'))).toHaveLength(1)
  return { dataDir, key }
}

describe('the index snapshot', () => {
  it('answers the first search at open, before any accounts part is read', async () => {
    const { dataDir, key } = await cacheWithSnapshot()
    const reads: PartReadInfo[] = []
    const workspace = await workspaceIn(dataDir, key, reads)
    expect(total(workspace)).toBe(ACCOUNTS.length)
    expect(
      workspace.index.search({ text: ACCOUNTS[GROUPS_PER_PART * 2 + 50]!.account_id, offset: 0, limit: 1 })
        .ids
    ).toEqual([ACCOUNTS[GROUPS_PER_PART * 2 + 50]!.account_id])
    expect(
      workspace.index.search({ text: '', filters: { status: 'pending' }, offset: 0, limit: 5 }).ids
    ).toEqual([ACCOUNTS[7]!.account_id])
    expect(reads.map((read) => read.role)).toEqual(['index'])
    // The hit's account is in its part, read on demand (the others load in the background).
    expect(
      (await workspace.cache.accounts.get(ACCOUNTS[GROUPS_PER_PART * 2 + 50]!.account_id))?.data
    ).toEqual(ACCOUNTS[GROUPS_PER_PART * 2 + 50])
    await workspace.cache.loaded()
    expect(reads.filter((read) => read.role === 'accounts')).toHaveLength(3)
    expect(reads.filter((read) => read.role === 'history')).toHaveLength(0)
  })

  it('indexes again the accounts of a part written after it, as that part loads', async () => {
    const { dataDir, key } = await cacheWithSnapshot()
    const renamed = { ...ACCOUNTS[GROUPS_PER_PART + 1]!, first_name: 'Xiomara' }
    const first = await workspaceIn(dataDir, key)
    first.cache.accounts.put(renamed, LATER)
    // One part of three changed: not worth a new snapshot, so the one on disk no longer covers it.
    await first.cache.close()
    open.pop()

    const reads: PartReadInfo[] = []
    const workspace = await workspaceIn(dataDir, key, reads)
    // At once, from the snapshot: the change is not in it yet.
    expect(total(workspace)).toBe(ACCOUNTS.length)
    await workspace.cache.loaded()
    expect(workspace.index.search({ text: 'xiomara', offset: 0, limit: 5 }).ids).toEqual([renamed.account_id])
    expect(total(workspace)).toBe(ACCOUNTS.length)
    // Each part read once: the snapshot, and the accounts parts in the background.
    expect(reads.map((read) => read.name.split('-').slice(0, 2).join('-')).sort()).toEqual([
      'accounts-000000',
      'accounts-000001',
      'accounts-000002',
      'index-1.part'
    ])
  })

  it('that cannot be used is rebuilt: searches answer from what has loaded, then from everything', async () => {
    const { dataDir, key } = await cacheWithSnapshot()
    const at = cacheAt(dataDir)
    const name = (await partFiles(at)).find((file) => file.startsWith('index-'))!
    const path = join(at.folder, 'parts', name)
    const bytes = await readFile(path)
    bytes[30] = (bytes[30] ?? 0) ^ 0x01
    await writeFile(path, bytes)

    const workspace = await workspaceIn(dataDir, key)
    expect(total(workspace)).toBeLessThan(ACCOUNTS.length)
    await workspace.cache.loaded()
    expect(total(workspace)).toBe(ACCOUNTS.length)
    expect(total(workspace, 'jose')).toBeGreaterThan(0)
    // A new snapshot goes with the close, and the next open answers from it.
    await workspace.cache.close()
    open.pop()
    const reads: PartReadInfo[] = []
    const again = await workspaceIn(dataDir, key, reads)
    expect(total(again)).toBe(ACCOUNTS.length)
    expect(reads.map((read) => read.role)).toEqual(['index'])
  })

  it('is dropped by a clear, with every account it held', async () => {
    const { dataDir, key } = await cacheWithSnapshot()
    const workspace = await workspaceIn(dataDir, key)
    expect(total(workspace)).toBe(ACCOUNTS.length)
    workspace.cache.clear({ keepOutbox: true })
    expect(total(workspace)).toBe(0)
    await workspace.cache.close()
    open.pop()
    expect(await partFiles(cacheAt(dataDir))).toEqual([])
    const again = await workspaceIn(dataDir, key)
    expect(total(again)).toBe(0)
  })
})
