// "Secrets that never leak, verified" (DESIGN.md §1 promise 2, §4): the whole story an operator lives
// through, driven through the real ipc.ts in front of a real Backend (simulator, real keychain, temp
// data folder), including Truora error pages that echo the key back. Then every file under the data
// folder, every log line (the Backend's, ipc.ts's and the console) and every IPC answer and event is
// searched for the API keys and the cache data keys, in every form; and the files for the personal
// data of every account that was cached. The story and its recorder are test/support/leak-story-*.ts.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { channelEntries } from '@shared/contract'
import type { Account } from '@shared/domain/truora-records'
import type { BackendFixture } from '../support/backend-fixture'
import { dataKeyForms, filesUnder, found, leaks, personalNeedles, secretForms } from '../support/leak-scan'
import { leakStoryOfflineAndBack } from '../support/leak-story-offline-and-back'
import { leakStoryOnline } from '../support/leak-story-online'
import { newLeakEvidence, people, recordLeakStory, secondKey, wrongKey } from '../support/leak-story-recorder'
import { plaintextImages } from '../support/onsite-images'

let f: BackendFixture
let close: () => Promise<void> = async () => {}
const evidence = newLeakEvidence()
const { window, answers, ipcLogs, consoleLines, dataKeys, imageMarkers, keychainSnapshots } = evidence

beforeAll(async () => {
  ;({ f, close } = await recordLeakStory(evidence, async (story) => {
    const seeded = story.f.sim.accounts()
    const first = await leakStoryOnline(story, seeded)
    await leakStoryOfflineAndBack(story, first, seeded)
  }))
}, 90_000)

afterAll(async () => {
  await close()
})

const apiKeys = () => [f.sim.key, wrongKey, secondKey]
const secretNeedles = () => [...apiKeys().flatMap(secretForms), ...dataKeys.flatMap(dataKeyForms)]

/** Names, document numbers, e-mails and phones of every account that was cached or queued. */
function personalData(): string[] {
  const accounts: Partial<Account>[] = [...f.sim.accounts(), ...people]
  const values = accounts.flatMap((account) =>
    [
      account.first_name,
      account.last_name,
      account.document_number,
      account.email,
      account.phone_number
    ].filter((value): value is string => typeof value === 'string')
  )
  return personalNeedles(values)
}

describe('after the whole story', () => {
  it('went through the paths that could leak', () => {
    expect(answers.length).toBeGreaterThan(60)
    // Every channel of the contract, once at least.
    expect(new Set(answers.map((answer) => answer.channel))).toEqual(
      new Set(channelEntries().map((entry) => entry.channel))
    )
    expect(window.sent.map((message) => message.channel)).toEqual(
      expect.arrayContaining([
        'evt:operator-changed',
        'evt:outbox-changed',
        'evt:sync-progress',
        'evt:connectivity',
        'evt:cache-updated',
        'evt:session-changed'
      ])
    )
    expect(f.logs.some((line) => / -> server 500 /.test(line))).toBe(true)
    expect(dataKeys).toHaveLength(2)
    // The scans below are able to find what they look for.
    expect(found(`x${Buffer.from(f.sim.key).toString('base64')}x`, secretNeedles())).not.toEqual([])
    expect(personalData().some((needle) => /[^\p{ASCII}]/u.test(needle))).toBe(true)
  })

  it("kept the keys in the keychain only wrapped, at every step, and took the removed operator's entry out", async () => {
    const entries = await f.keychain.entries()
    expect(entries).toHaveLength(1)
    expect(entries[0]!.account).toMatch(/:vault$/)
    expect(keychainSnapshots.map((snapshot) => snapshot.step)).toEqual([
      'add',
      'lock',
      'unlock',
      'second add'
    ])
    for (const { step, entries: held } of [...keychainSnapshots, { step: 'end', entries }]) {
      expect(
        leaks(
          held.map((entry) => ({ where: `${step}: ${entry.account}`, content: entry.password })),
          secretNeedles()
        )
      ).toEqual([])
    }
  })

  it('wrote no API key and no data key, in any form, to any file under the data folder', async () => {
    const files = await filesUnder(f.dataDir)
    expect(files.map((file) => file.path)).toEqual(expect.arrayContaining(['operators.json']))
    expect(files.some((file) => /cache\/manifest$/.test(file.path))).toBe(true)
    expect(files.some((file) => /cache\/parts\/history-.*\.part$/.test(file.path))).toBe(true)
    expect(
      leaks(
        files.map((file) => ({ where: file.path, content: file.bytes })),
        secretNeedles()
      )
    ).toEqual([])
  })

  it('wrote no name, document number, e-mail or phone in plaintext to any file', async () => {
    const files = await filesUnder(f.dataDir)
    expect(
      leaks(
        files.map((file) => ({ where: file.path, content: file.bytes })),
        personalData()
      )
    ).toEqual([])
  })

  it('wrote no captured image in plaintext, and kept none once Truora had them', async () => {
    expect(imageMarkers.length).toBeGreaterThan(0)
    expect(await plaintextImages(f.dataDir, imageMarkers)).toEqual([])
    const operators = await readdir(join(f.dataDir, 'operators'))
    for (const operator of operators) {
      expect(await readdir(join(f.dataDir, 'operators', operator, 'captures')).catch(() => [])).toEqual([])
    }
  })

  it('logged no key and no personal data', () => {
    const lines = [...f.logs, ...ipcLogs, ...consoleLines]
    expect(f.logs.length).toBeGreaterThan(50)
    const places = lines.map((line, index) => ({
      where: `log line ${index}: ${line.slice(0, 60)}`,
      content: line
    }))
    expect(leaks(places, secretNeedles())).toEqual([])
    expect(leaks(places, personalData())).toEqual([])
  })

  it('wrote its log to rotated files under logs/, none holding a key or personal data', async () => {
    const names = (await readdir(join(f.dataDir, 'logs'))).sort()
    // Rotated more often than it keeps: the oldest files were dropped.
    expect(names).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.log'])
    const files = (await filesUnder(join(f.dataDir, 'logs'))).map((file) => ({
      where: file.path,
      content: file.bytes
    }))
    expect(files.map((file) => file.content.toString()).join('')).toMatch(/truora GET \S*\/accounts/)
    expect(leaks(files, secretNeedles())).toEqual([])
    expect(leaks(files, personalData())).toEqual([])
  })

  it('gave support diagnostics with versions and counts, and no key or personal data', () => {
    expect(JSON.parse(evidence.diagnostics)).toMatchObject({ runtime: { node: process.versions.node } })
    const places = [{ where: 'diagnostics', content: evidence.diagnostics }]
    expect(leaks(places, secretNeedles())).toEqual([])
    expect(leaks(places, personalData())).toEqual([])
    const ids = f.sim.accounts().map((account) => JSON.stringify(account.account_id))
    expect(leaks(places, ids)).toEqual([])
  })

  it('sent no key to the renderer, in any answer or event', () => {
    const places = [
      ...answers.map((answer, index) => ({
        where: `answer ${index} (${answer.channel})`,
        content: answer.json
      })),
      ...window.sent.map((message, index) => ({
        where: `event ${index} (${message.channel})`,
        content: JSON.stringify(message.payload)
      }))
    ]
    expect(leaks(places, secretNeedles())).toEqual([])
  })
})
