// The on-site validation tests' set-up (test/backend/onsite-validation.test.ts, onsite-offline.test.ts):
// a real Backend whose on-site results are followed quickly, and what those tests look at — the
// validations POSTed to the simulator, the Backend's on-site list, the sealed capture files — and do:
// let the outbox's own clock run, go offline, open an account.
import { readdir } from 'node:fs/promises'
import { expect } from 'vitest'
import type { OnsiteValidation } from '@shared/onsite'
import { capturesFolderOf } from '../../src/main/workspace/operator-paths'
import { eventually, type BackendFixture } from './backend-fixture'
import { eachTestWithOperator } from './each-test-backend'

/**
 * A fresh Backend and operator for each test, whose on-site results are followed every 20 ms at first,
 * 100 ms at most (instead of the app's 2 s doubling to 60 s); `started` hands them to the test file.
 * Returns helpers on the fixture of the test running now.
 */
export function onsiteBackend(started: (f: BackendFixture, operatorId: string) => void) {
  let now: { f: BackendFixture; operatorId: string } | undefined
  eachTestWithOperator(
    (f, operatorId) => {
      now = { f, operatorId }
      started(f, operatorId)
    },
    { backend: { onsite: { pollBaseMs: 20, pollMaxMs: 100 } } }
  )
  const current = () => {
    if (now === undefined) throw new Error('no on-site fixture outside a test')
    return now
  }
  const validationPosts = () => current().f.sim.count({ method: 'POST', pathPrefix: '/v1/validations' })
  const onsiteList = async (): Promise<OnsiteValidation[]> => {
    const listed = await current().f.backend.onsite.list()
    if (!listed.ok) throw new Error(listed.error.message)
    return listed.data
  }
  const captureFiles = async () => {
    const { f, operatorId } = current()
    return (await readdir(capturesFolderOf(f.dataDir, operatorId)).catch(() => [])).sort()
  }
  /**
   * `eventually`, with the Backend's clock running: the fixture's stands still, and the outbox waits for
   * its own times (a retry's backoff, the next read of a result). The operator stays active meanwhile.
   */
  async function settled<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
    const { f } = current()
    return eventually(async () => {
      f.clock.advance(1_000)
      await f.backend.session.reportActivity()
      return check()
    }, timeoutMs)
  }
  async function goOffline(): Promise<void> {
    const { f } = current()
    await f.sim.stop()
    await f.backend.accounts.get('ACCnotcached')
  }
  /** A seeded account with its validations cached, as after the operator opened it. */
  async function openedAccount(index = 0): Promise<string> {
    const { f } = current()
    const id = f.sim.accounts()[index]!.account_id
    expect((await f.backend.accounts.get(id)).ok).toBe(true)
    expect((await f.backend.accounts.validations(id)).ok).toBe(true)
    return id
  }
  return { validationPosts, onsiteList, captureFiles, settled, goOffline, openedAccount }
}
