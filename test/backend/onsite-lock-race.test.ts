// A lock (the operator's button, an idle timeout, a suspend) that comes while a capture's images are
// being sealed must not drop the capture half-way: the person gave consent and posed for the photos.
// Either the capture finishes and is queued before the cache closes, or it is refused as `locked`
// before anything is sealed; never an `internal` error with the images swept away.
import { afterEach, beforeEach, expect, it } from 'vitest'
import { readdir } from 'node:fs/promises'
import { capturesFolderOf } from '../../src/main/workspace/operator-paths'
import { backendFixture, type BackendFixture } from '../support/backend-fixture'
import { asCall, captureInput } from '../support/onsite-images'

let f: BackendFixture
let operatorId: string
beforeEach(async () => {
  f = await backendFixture()
  operatorId = await f.addOperator()
})
afterEach(async () => {
  await f.close()
})

it('finishes and queues a capture that a lock interrupts, at any moment of its sealing', async () => {
  const accountId = f.sim.accounts()[0]!.account_id
  expect((await f.backend.accounts.get(accountId)).ok).toBe(true)
  // Offline, so each capture stays queued where it can be counted.
  await f.sim.stop()
  await f.backend.accounts.get('ACCnotcached')
  const queued: string[] = []
  for (const [round, waitMs] of [0, 0, 1, 2, 4, 8, 16].entries()) {
    const capturing = f.backend.onsite.capture(
      asCall(captureInput(accountId, 'document', `lock-race-${round}`))
    )
    await new Promise((resolve) => setTimeout(resolve, waitMs))
    const [captured] = await Promise.all([capturing, f.backend.session.lock()])
    expect(captured.ok ? 'queued' : captured.error.code, `lock after ${waitMs} ms`).toMatch(
      /^(queued|locked)$/
    )
    if (captured.ok) queued.push(captured.data.id)
    await f.unlock(operatorId)
  }
  const listed = await f.backend.onsite.list()
  expect(listed.ok && listed.data.map((item) => item.id).sort()).toEqual([...queued].sort())
  // Every queued capture keeps its two sealed images (front and back); no other file is left.
  const files = await readdir(capturesFolderOf(f.dataDir, operatorId)).catch(() => [] as string[])
  expect(files.length).toBe(queued.length * 2)
  for (const id of queued) expect(files.filter((name) => name.startsWith(id))).toHaveLength(2)
})
