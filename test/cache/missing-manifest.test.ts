// A manifest that is gone while parts are still beside it (deleted by hand, lost by a disk or a
// sync tool) is not a first start: those parts, and the outbox the manifest named, are not orphans
// to delete. The folder is set aside whole and reported, as a damaged manifest is (DESIGN.md §4:
// never silently lose the outbox); an empty folder or one with no parts still opens as new.
import { mkdir, readdir, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { expect, it } from 'vitest'
import { generateDataKey } from '../../src/main/cache/open-cache'
import { accountFor } from '../support/fixtures/accounts'
import { cacheInTemp, FETCHED_AT, openAt, partFiles } from '../support/cache-helpers'

const NOW = new Date('2026-05-22T23:31:12.952Z')

it('sets the folder aside with every part when the manifest is gone, and reports it', async () => {
  const at = await cacheInTemp()
  const key = generateDataKey()
  const first = await openAt(at, key)
  first.store.accounts.put(accountFor(1), FETCHED_AT)
  first.store.outbox.add({ id: 'out-1', input: {}, createdAt: FETCHED_AT, state: 'pending', attempts: 0 })
  await first.store.close()
  const parts = await partFiles(at)
  expect(parts.length).toBeGreaterThan(0)
  await rm(join(at.folder, 'manifest'))

  const opened = await openAt(at, key, { now: () => NOW })
  expect(opened.corruptReason).toBe('missing-manifest')
  expect(opened.corruptMovedTo).toBe(join(dirname(at.folder), 'cache.corrupt-2026-05-22T23-31-12.952Z'))
  expect((await readdir(join(opened.corruptMovedTo as string, 'parts'))).sort()).toEqual(parts)
  expect(opened.store.accounts.count()).toBe(0)
  await opened.store.close()
})

it('opens a folder with an empty parts folder and no manifest as a first start', async () => {
  const at = await cacheInTemp()
  await mkdir(join(at.folder, 'parts'), { recursive: true })
  const opened = await openAt(at, generateDataKey(), { now: () => NOW })
  expect(opened.corruptMovedTo).toBeUndefined()
  await opened.store.close()
})
