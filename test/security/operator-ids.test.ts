// Operator ids are checked wherever they are read (DESIGN.md §6 "Bounds"): operators.json, folder
// names during recovery, calls. A crafted id never becomes a path outside the data folder, even with
// keychain entries under that id (which is all that stood in the way before).
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  cacheFolderOf,
  legacyCacheFileOf,
  operatorFolderOf,
  OperatorPathError
} from '../../src/main/workspace/operator-paths'
import { backendFixture, type BackendFixture } from '../support/backend-fixture'

const CRAFTED = [
  '../../outside/evil',
  '..',
  '.',
  '',
  'a/b',
  'a\\b',
  '/etc',
  'UPPER',
  'x'.repeat(65),
  'ok:data-key'
]

describe('operator paths', () => {
  it('refuse every id that is not an operator id, and stay inside <dataDir>/operators', () => {
    for (const id of CRAFTED) {
      expect(() => operatorFolderOf('/data', id), id).toThrow(OperatorPathError)
      expect(() => cacheFolderOf('/data', id), id).toThrow(OperatorPathError)
      expect(() => legacyCacheFileOf('/data', id), id).toThrow(OperatorPathError)
    }
    const id = '0b6f7c1e-2d3a-4e5f-8a9b-0c1d2e3f4a5b'
    expect(operatorFolderOf('/data', id)).toBe(`/data/operators/${id}`)
    expect(cacheFolderOf('/data', id)).toBe(`/data/operators/${id}/cache`)
    expect(legacyCacheFileOf('/data', id)).toBe(`/data/operators/${id}/cache.json`)
  })
})

const EVIL_ID = '../../outside/evil'

describe('crafted operator ids in the data folder', () => {
  let f: BackendFixture
  /** Where `../../outside/evil` under `<dataDir>/operators` would land: beside the data folder. */
  let outside: string
  beforeEach(async () => {
    f = await backendFixture()
    outside = join(dirname(f.dataDir), 'outside')
  })
  afterEach(async () => {
    await f.close()
    await rm(outside, { recursive: true, force: true })
  })

  /** Secrets in the keychain under a crafted id, as if planted there: the app must never read them. */
  async function keychainSecretsFor(id: string): Promise<string> {
    await f.keychain.setPassword(f.keychain.service, id, f.sim.key)
    await f.keychain.setPassword(f.keychain.service, `${id}:data-key`, Buffer.alloc(32, 7).toString('base64'))
    return id
  }

  it('drops an entry of operators.json with a crafted id, even one the keychain has secrets for', async () => {
    const evil = await keychainSecretsFor(EVIL_ID)
    const goodId = await f.addOperator('Ana')
    const backend = await f.restart(async () => {
      await writeFile(
        join(f.dataDir, 'operators.json'),
        JSON.stringify({
          version: 1,
          activeId: evil,
          operators: [
            { id: evil, name: 'Evil', createdAt: '2026-01-01T00:00:00Z' },
            { id: goodId, name: 'Ana', createdAt: '2026-01-01T00:00:00Z', wrappedAt: '2026-01-01T00:00:00Z' }
          ]
        })
      )
    })
    const list = await backend.operators.list()
    expect(list.ok && list.data).toMatchObject({ activeId: goodId, operators: [{ id: goodId }] })
    expect(list.ok && list.data.operators).toHaveLength(1)
    // Every use goes to the good operator; nothing is created or read outside the data folder.
    expect((await backend.accounts.get(f.sim.accounts()[0]!.account_id)).ok).toBe(true)
    expect((await backend.cache.stats()).ok).toBe(true)
    expect(existsSync(outside)).toBe(false)
    expect(f.keyReads).not.toContain(evil)
    expect(f.keyReads).not.toContain(`${evil}:data-key`)
    expect(f.keyReads).not.toContain(`${evil}:vault`)
  })

  it('lists no operator when the only entry is crafted, stays locked, and writes nowhere', async () => {
    const evil = await keychainSecretsFor(EVIL_ID)
    await writeFile(
      join(f.dataDir, 'operators.json'),
      JSON.stringify({ version: 1, activeId: evil, operators: [{ id: evil, name: 'Evil', createdAt: 'x' }] })
    )
    const backend = await f.restart()
    expect(await backend.operators.list()).toEqual({ ok: true, data: { operators: [], activeId: null } })
    const read = await backend.accounts.get(f.sim.accounts()[0]!.account_id)
    expect(read.ok ? 'read' : read.error.code).toBe('locked')
    const unlock = await backend.session.unlock({ operatorId: evil, passphrase: 'anything at all' })
    expect(unlock.ok ? 'unlocked' : unlock.error.code).toBe('invalid_input')
    expect(existsSync(outside)).toBe(false)
  })

  it('passes over folders whose names are not ids, and links, when it recovers the profiles', async () => {
    const goodId = await f.addOperator('Ana')
    const elsewhere = await mkdtemp(join(tmpdir(), 'tal-elsewhere-'))
    const linkedId = '11111111-2222-4333-8444-555555555555'
    try {
      await writeFile(
        join(elsewhere, 'profile.json'),
        JSON.stringify({ version: 1, id: linkedId, name: 'Linked', createdAt: '2026-01-01T00:00:00Z' })
      )
      await writeFile(join(elsewhere, 'cache.json'), 'x')
      const backend = await f.restart(async () => {
        const operators = join(f.dataDir, 'operators')
        await mkdir(join(operators, 'Not An Id'))
        await writeFile(join(operators, 'Not An Id', 'cache.json'), 'x')
        await symlink(elsewhere, join(operators, linkedId))
        await writeFile(join(f.dataDir, 'operators.json'), 'damaged')
      })
      const list = await backend.operators.list()
      expect(list.ok && list.data.operators.map((op) => op.id)).toEqual([goodId])
      expect(await readdir(elsewhere)).toEqual(['cache.json', 'profile.json'])
    } finally {
      await rm(elsewhere, { recursive: true, force: true })
    }
  })

  it('refuses a crafted id sent to a call, before anything runs', async () => {
    await f.addOperator('Ana')
    for (const id of CRAFTED) {
      for (const call of [
        () => f.backend.session.unlock({ operatorId: id, passphrase: 'whatever it is' }),
        () => f.backend.session.choosePassphrase({ operatorId: id, passphrase: 'whatever it is' }),
        () => f.backend.operators.check(id),
        () => f.backend.operators.remove(id)
      ]) {
        const result = await call()
        expect(result.ok ? 'ran' : result.error.code, id).toBe('invalid_input')
      }
    }
  })
})
