// The set-up most Backend tests share: a fresh real Backend (simulator, real keychain, temp folder:
// backend-fixture.ts) with one operator for each test. Apart from backend-fixture.ts because that file
// also serves the e2e browser host, which runs outside vitest.
import { afterEach, beforeEach } from 'vitest'
import { backendFixture, type BackendFixture } from './backend-fixture'

/**
 * Before each test of the file or describe it is called in: a Backend with one operator (added, so
 * unlocked), handed to `started`; after each, the fixture closed.
 */
export function eachTestWithOperator(
  started: (f: BackendFixture, operatorId: string) => void | Promise<void>,
  options: Parameters<typeof backendFixture>[0] = {}
): void {
  let f: BackendFixture | undefined
  beforeEach(async () => {
    f = await backendFixture(options)
    await started(f, await f.addOperator())
  })
  afterEach(async () => {
    await f?.close()
    f = undefined
  })
}
