// The data folder on disk: what a crash leaves beside a file never blocks later writes, and the
// folders are the user's alone (0700; files 0600). Real files, a real Backend, the real keychain.
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { replaceFile } from '../../src/main/fs/atomic-file'
import { backendFixture, type BackendFixture } from '../support/backend-fixture'

const modeOf = async (path: string): Promise<string> => ((await stat(path)).mode & 0o777).toString(8)

describe('replaceFile and what an earlier crash left', () => {
  let folder: string | undefined
  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true })
    folder = undefined
  })

  it('writes although a directory stands at the old fixed temp name, and removes it', async () => {
    folder = await mkdtemp(join(tmpdir(), 'tal-atomic-'))
    const file = join(folder, 'cache.json')
    await mkdir(join(folder, '.cache.json.tmp', 'inside'), { recursive: true })
    await writeFile(join(folder, '.cache.json.tmp', 'inside', 'x'), 'left over')
    await replaceFile(file, Buffer.from('first'))
    await replaceFile(file, Buffer.from('second'))
    expect(await readFile(file, 'utf8')).toBe('second')
    expect(await readdir(folder)).toEqual(['cache.json'])
  })

  it("removes temp files of crashed writes, and nothing that isn't one of its temp files", async () => {
    folder = await mkdtemp(join(tmpdir(), 'tal-atomic-'))
    const file = join(folder, 'operators.json')
    const stale = ['.operators.json.4242-0a1b2c3d.tmp', '.operators.json.tmp']
    const others = [
      'cache.json',
      '.cache.json.1-ffffffff.tmp',
      'operators.json.corrupt-2026',
      '.operators.json'
    ]
    for (const name of [...stale, ...others]) await writeFile(join(folder, name), 'x')
    await replaceFile(file, Buffer.from('{}'))
    expect((await readdir(folder)).sort()).toEqual([...others, 'operators.json'].sort())
    expect(await modeOf(file)).toBe('600')
  })

  it('creates the folders it needs as 0700', async () => {
    folder = await mkdtemp(join(tmpdir(), 'tal-atomic-'))
    await replaceFile(join(folder, 'a', 'b', 'file.json'), Buffer.from('{}'))
    expect([await modeOf(join(folder, 'a')), await modeOf(join(folder, 'a', 'b'))]).toEqual(['700', '700'])
  })
})

describe('the Backend with a blocked temp name and loose folder modes', () => {
  let f: BackendFixture | undefined
  afterEach(async () => {
    await f?.close()
    f = undefined
  })

  it('caches an account although a directory stands at <manifest>.tmp, and it is still there after a restart', async () => {
    f = await backendFixture()
    const operatorId = await f.addOperator()
    // The cache's folder: its manifest is the file replaced on every write (docs/architecture.md).
    const folder = join(f.dataDir, 'operators', operatorId, 'cache')
    await mkdir(join(folder, '.manifest.tmp'), { recursive: true })
    const id = f.sim.accounts()[2]!.account_id
    expect((await f.backend.accounts.get(id)).ok).toBe(true)
    const backend = await f.restart()
    await f.sim.stop()
    const cached = await backend.accounts.get(id)
    expect(cached.ok && cached.data.freshness.source).toBe('cache')
    expect(await readdir(folder)).not.toContain('.manifest.tmp')
  })

  it('keeps the data folder, operators/ and each operator folder 0700, tightening ones left 0755', async () => {
    f = await backendFixture()
    const operatorId = await f.addOperator()
    expect((await f.backend.accounts.get(f.sim.accounts()[0]!.account_id)).ok).toBe(true)
    const operators = join(f.dataDir, 'operators')
    const folder = join(operators, operatorId)
    // Written by this version: private from the start.
    await f.restart()
    for (const path of [f.dataDir, operators, folder]) expect(await modeOf(path)).toBe('700')
    // As an earlier version left them: tightened when the operator's workspace opens.
    for (const path of [f.dataDir, operators, folder]) await chmod(path, 0o755)
    const backend = await f.restart()
    expect((await backend.cache.stats()).ok).toBe(true)
    for (const path of [f.dataDir, operators, folder]) expect(await modeOf(path)).toBe('700')
    // The cache's folders too, and every file in them.
    const cache = join(folder, 'cache')
    for (const path of [cache, join(cache, 'parts')]) expect(await modeOf(path)).toBe('700')
    for (const name of await readdir(folder)) {
      if (name !== 'cache') expect(await modeOf(join(folder, name))).toBe('600')
    }
    expect(await modeOf(join(cache, 'manifest'))).toBe('600')
    for (const name of await readdir(join(cache, 'parts'))) {
      expect(await modeOf(join(cache, 'parts', name))).toBe('600')
    }
    expect(await modeOf(join(f.dataDir, 'operators.json'))).toBe('600')
  })
})
