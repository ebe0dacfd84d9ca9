// An add the disk refuses leaves nothing behind: not its wrapped keys in the keychain (the
// keychain lives elsewhere, so it takes the write the disk refused), not its folder, not a line in
// operators.json; and the operator is told the disk refused, not "something went wrong". The data
// folder is a real tmpfs, filled up or remounted read-only (the tests run as root).
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  backendFixture,
  eventually,
  FIXTURE_PASSPHRASE as passphrase,
  type BackendFixture
} from '../support/backend-fixture'
import { truoraStyleKey } from '../support/jwt'

const run = promisify(execFile)

/** Writes filler until the file system has no room left. */
async function fillUp(folder: string): Promise<void> {
  const chunk = Buffer.alloc(4096, 1)
  for (let n = 0; ; n++) {
    try {
      await writeFile(join(folder, `filler-${n}`), chunk)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOSPC') return
      throw error
    }
  }
}

describe('operators.add on a disk that refuses the write', () => {
  let f: BackendFixture
  let secondKey: string
  beforeEach(async () => {
    f = await backendFixture()
    await run('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', f.dataDir])
    secondKey = truoraStyleKey({ keyName: 'second' })
    f.sim.addKey(secondKey)
  })
  afterEach(async () => {
    await run('umount', [f.dataDir])
    await f.close()
  })

  /** What must not have changed after a refused add of "Bruno". */
  async function expectOnlyFirst(firstId: string, profilesBefore: string): Promise<void> {
    expect((await f.keychain.entries()).map((entry) => entry.account)).toEqual([`${firstId}:vault`])
    expect(await readdir(join(f.dataDir, 'operators'))).toEqual([firstId])
    expect(await readFile(join(f.dataDir, 'operators.json'), 'utf8')).toBe(profilesBefore)
    const list = await f.backend.operators.list()
    expect(list.ok && list.data.operators.map((op) => op.name)).toEqual(['Ana'])
  }

  it('full (ENOSPC): takes back the keychain entries and the folder, and says the disk refused', async () => {
    const firstId = await f.addOperator('Ana')
    const profilesBefore = await readFile(join(f.dataDir, 'operators.json'), 'utf8')
    const filler = join(f.dataDir, 'filler')
    await run('mkdir', [filler])
    await fillUp(filler)

    const added = await f.backend.operators.add({ name: 'Bruno', apiKey: secondKey, passphrase })
    expect(added.ok ? 'stored' : added.error).toMatchObject({
      code: 'internal',
      details: { reason: 'disk', errno: 'ENOSPC' }
    })
    expect(added.ok ? '' : added.error.message).toMatch(/disk refused/)
    await expectOnlyFirst(firstId, profilesBefore)

    // Once there is room again, the same add works: nothing half-done is in its way.
    await rm(filler, { recursive: true })
    const again = await f.backend.operators.add({ name: 'Bruno', apiKey: secondKey, passphrase })
    expect(again.ok).toBe(true)
  })

  it('read-only (EROFS): stores nothing and says the disk refused', async () => {
    const firstId = await f.addOperator('Ana')
    // Unlocked as she was added, Ana's cache opened and noted its outbox count: let that write end,
    // or the remount finds a file open for writing.
    await eventually(() => existsSync(join(f.dataDir, 'operators', firstId, 'outbox-count.json')))
    const profilesBefore = await readFile(join(f.dataDir, 'operators.json'), 'utf8')
    await run('mount', ['-o', 'remount,ro', f.dataDir])
    try {
      const added = await f.backend.operators.add({ name: 'Bruno', apiKey: secondKey, passphrase })
      expect(added.ok ? 'stored' : added.error).toMatchObject({
        code: 'internal',
        details: { reason: 'disk', errno: 'EROFS' }
      })
      await expectOnlyFirst(firstId, profilesBefore)
    } finally {
      await run('mount', ['-o', 'remount,rw', f.dataDir])
    }
  })
})
