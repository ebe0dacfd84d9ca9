// While an operator is locked their sealed cache cannot be read, so `operators.check` and
// `operators.remove` count what a removal would lose from a note beside it (operators/outbox-note.ts).
// A crash right after a creation was queued must not leave that note saying fewer: it is on disk
// before `accounts.create` resolves `queued` (the outbox's one store path, which captures share).
import { readFile } from 'node:fs/promises'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { outboxNoteOf } from '../../src/main/workspace/operator-paths'
import { backendFixture, type BackendFixture } from '../support/backend-fixture'

let f: BackendFixture
let operatorId: string
beforeEach(async () => {
  f = await backendFixture()
  operatorId = await f.addOperator('Ana')
  await f.sim.stop()
})
afterEach(async () => {
  await f.close()
})

/** What the note says, read as a fresh process would after a SIGKILL: the file alone. */
const noted = async (): Promise<number | undefined> =>
  (
    JSON.parse(await readFile(outboxNoteOf(f.dataDir, operatorId), 'utf8').catch(() => '{}')) as {
      queued?: number
    }
  ).queued

it('notes each queued creation on disk before the creation resolves', async () => {
  for (const [index, id] of ['noted-1', 'noted-2', 'noted-3'].entries()) {
    const created = await f.backend.accounts.create({ account_id: id })
    expect(created.ok && created.data.status).toBe('queued')
    expect(await noted(), `after ${id}`).toBe(index + 1)
  }
})
