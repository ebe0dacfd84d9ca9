// A lookup Truora does not answer in time is a timeout, not "offline", in the message too (the
// renderer's words come from the code: test/renderer/error-words.test.ts). Connectivity may still
// count it as a network fault.
import { afterEach, describe, expect, it } from 'vitest'
import { backendFixture, type BackendFixture } from '../support/backend-fixture'

let f: BackendFixture | undefined
afterEach(async () => {
  await f?.close()
  f = undefined
})

describe('an uncached lookup that times out', () => {
  it('answers timeout with words about time, not about being offline', async () => {
    f = await backendFixture({ backend: { timeoutMs: 200 } })
    await f.addOperator()
    f.sim.faults.next(10, { hang: true })
    const result = await f.backend.accounts.get(f.sim.accounts()[0]!.account_id)
    expect(result.ok ? 'found' : result.error).toMatchObject({ code: 'timeout', details: { cached: false } })
    expect(result.ok ? '' : result.error.message).toMatch(/did not answer in time/)
    expect(result.ok ? '' : result.error.message).not.toMatch(/offline/i)
  })
})
