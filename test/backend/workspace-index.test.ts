// The workspace indexes changed accounts in slices, in the background (src/main/workspace/workspace.ts): a
// search made before the slices are done still answers over every cached account, and one removed by a
// clear is gone from the answer at once.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { generateDataKey } from '../../src/main/cache/open-cache'
import { openWorkspace, type Workspace } from '../../src/main/workspace/workspace'
import { accountFor } from '../support/fixtures/accounts'

const FETCHED_AT = '2026-11-26T12:00:00.000Z'
let folder: string | undefined
let workspace: Workspace | undefined

afterEach(async () => {
  await workspace?.cache.close()
  if (folder !== undefined) await rm(folder, { recursive: true, force: true })
  workspace = undefined
  folder = undefined
})

describe('the workspace search index', () => {
  it('answers over every account cached a moment ago, more than one background slice of them', async () => {
    folder = await mkdtemp(join(tmpdir(), 'workspace-index-'))
    const key = generateDataKey()
    workspace = await openWorkspace('op-1', {
      dataDir: folder,
      dataKey: async () => key,
      now: () => new Date(FETCHED_AT)
    })
    const accounts = Array.from({ length: 10_000 }, (_, n) => accountFor(n))
    workspace.cache.accounts.putMany(accounts, FETCHED_AT)
    // At once, before any slice had its turn of the event loop.
    expect(workspace.index.search({ text: '', offset: 0, limit: 1 }).total).toBe(10_000)
    expect(workspace.index.search({ text: 'ACC-test-9999', offset: 0, limit: 5 }).ids[0]).toBe(
      'ACC-test-9999'
    )

    workspace.cache.accounts.put(accountFor(10_000), FETCHED_AT)
    await new Promise((resolve) => setImmediate(resolve))
    workspace.cache.clear({ keepOutbox: true })
    expect(workspace.index.search({ text: '', offset: 0, limit: 1 }).total).toBe(0)
  })
})
