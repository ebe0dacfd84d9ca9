// A save dialog can stay open while the session locks (the idle timeout, the OS lock screen, the Lock
// button) and be answered by whoever sits down next: an export, the activity CSV or a saved PDF then
// answers `locked` and writes nothing, since the operator who asked is no longer the one at the
// keyboard. The same operator locking and unlocking meanwhile still gets their file.
import { mkdir, readdir } from 'node:fs/promises'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { backendFixture, type BackendFixture } from '../support/backend-fixture'
import { processWithStatus } from '../support/sim-history'

let f: BackendFixture
let operatorId: string
beforeEach(async () => {
  f = await backendFixture({ backend: { pdfPollDelaysMs: [5, 5, 5] } })
  operatorId = await f.addOperator()
})
afterEach(async () => {
  await f.close()
})

const exported = async () => (await readdir(f.exportsDir).catch(() => [] as string[])).sort()

/** The dialog is answered only after `meanwhile` ran, as a person at the keyboard would. */
function dialogAnsweredAfter(meanwhile: () => Promise<unknown>): void {
  f.chooseExportFile = async (name) => {
    await meanwhile()
    return `${f.exportsDir}/${name}`
  }
}

async function keptPdf(): Promise<string> {
  const { accountId, process } = await processWithStatus(f.sim, 'success')
  expect((await f.backend.accounts.processes(accountId)).ok).toBe(true)
  expect((await f.backend.processes.pdf(process.process_id)).ok).toBe(true)
  return process.process_id
}

it('writes nothing and answers locked when the session locked while the dialog was open', async () => {
  const accountId = f.sim.accounts()[0]!.account_id
  expect((await f.backend.accounts.get(accountId)).ok).toBe(true)
  const processId = await keptPdf()
  await mkdir(f.exportsDir, { recursive: true })

  const calls = {
    'cache.export': () => f.backend.cache.export({ format: 'csv' }),
    'activity.export': () => f.backend.activity.export(),
    'processes.savePdf': () => f.backend.processes.savePdf(processId)
  }
  for (const [name, call] of Object.entries(calls)) {
    dialogAnsweredAfter(() => f.backend.session.lock())
    const answer = await call()
    expect(answer.ok ? 'written' : answer.error.code, name).toBe('locked')
    expect(await exported(), name).toEqual([])
    await f.unlock(operatorId)
  }
})

it('still writes the file when the same operator locked and unlocked while the dialog was open', async () => {
  const accountId = f.sim.accounts()[0]!.account_id
  expect((await f.backend.accounts.get(accountId)).ok).toBe(true)
  await mkdir(f.exportsDir, { recursive: true })
  dialogAnsweredAfter(async () => {
    await f.backend.session.lock()
    await f.unlock(operatorId)
  })
  const answer = await f.backend.cache.export({ format: 'csv' })
  expect(answer.ok ? answer.data.accounts : answer.error.code).toBe(1)
  expect(await exported()).toHaveLength(1)
})
