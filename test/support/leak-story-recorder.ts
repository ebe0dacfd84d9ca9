// The "Secrets that never leak" story's recorder (test/security/no-leaks.test.ts; DESIGN.md §1 promise
// 2, §4): a real Backend (simulator, real keychain, temp data folder) behind the real ipc.ts, and a
// record of everything that could carry a secret out of it — every IPC answer and event the renderer
// got, every log line (the Backend's, written to rotated files as the app writes them; ipc.ts's; the
// console's), what the keychain held at each step, the data keys and the captured images' markers.
// The story itself is in leak-story-online.ts and leak-story-offline-and-back.ts.
import { join } from 'node:path'
import { vi } from 'vitest'
import type { Result } from '@shared/result'
import { registerIpc } from '../../src/main/electron/ipc'
import { isTrustedSender } from '../../src/main/electron/security'
import { createFileLog, type FileLog } from '../../src/main/logging/file-log'
import { backendFixture, type BackendFixture } from './backend-fixture'
import * as electron from './electron/electron-stand-in'
import { truoraStyleKey } from './jwt'
import { asCall, captureInput } from './onsite-images'

/** A key the operator mistyped (Truora refuses it) and a second operator's key: secrets all the same. */
export const wrongKey = truoraStyleKey({ keyName: 'typo' })
export const secondKey = truoraStyleKey({ keyName: 'second-laptop' })
export const secondPassphrase = 'segundo agente, otra frase'
/** The Backend's log files (small, so they rotate) keep this many rotated files. */
const LOG_KEEP = 3

const person = (first_name: string, last_name: string, document_number: string, country: string) => ({
  first_name,
  last_name,
  document_number,
  country,
  document_type: 'national-id'
})
/** People the story creates or queues, besides the seeded accounts. */
export const people = [
  {
    account_id: 'crm-leak-1',
    ...person('María José', 'Fernández Gómez', '1020304050', 'CO'),
    email: 'maria.fernandez@example.co',
    phone_number: '+573001234567'
  },
  person('Ñusta', 'Quispe Mamani', '40718293', 'PE'),
  { account_id: 'crm-leak-500', ...person('Estêvão', 'Gonçalves Araújo', '39053344705', 'BR') },
  { account_id: 'field-leak-77', ...person('João', 'Conceição Ribeiro', '98765432100', 'BR') },
  { account_id: 'field-leak-78', ...person('Begoña', 'Ordóñez Zúñiga', '52003117', 'CO') }
] as const

/** An error page from something between the app and Truora that echoes the request's headers. */
export const echoPage = (key: string) =>
  `<html><head><title>500 Internal Server Error</title></head><body><pre>GET /v1/accounts\n` +
  `Truora-API-Key: ${key}\nkey=${encodeURIComponent(key)}</pre></body></html>`

/** What the story left behind for the scans. */
export interface LeakEvidence {
  /** The renderer's window: every event the Backend pushed to it. */
  window: electron.StandInWebContents
  answers: { channel: string; json: string }[]
  ipcLogs: string[]
  consoleLines: string[]
  /** What "Copy diagnostics" handed to support, with a full cache open. */
  diagnostics: string
  /** The operators' data keys (base64), unwrapped from their keychain entries with their passphrases. */
  dataKeys: string[]
  /** The markers inside every image the story captures: none may be found in plaintext on disk. */
  imageMarkers: string[]
  /** What the keychain held at each step of the story: it must never hold a raw key. */
  keychainSnapshots: { step: string; entries: { account: string; password: string }[] }[]
}

export function newLeakEvidence(): LeakEvidence {
  return {
    window: new electron.StandInWebContents(),
    answers: [],
    ipcLogs: [],
    consoleLines: [],
    diagnostics: '',
    dataKeys: [],
    imageMarkers: [],
    keychainSnapshots: []
  }
}

export interface LeakStory {
  f: BackendFixture
  evidence: LeakEvidence
  /** A call from the app's frame through ipc.ts, its answer recorded. */
  call: <T>(channel: string, ...args: unknown[]) => Promise<Result<T>>
  snapshotKeychain: (step: string) => Promise<void>
  /** An on-site capture's call, its images' markers recorded. */
  capture: (accountId: string, kind: 'document' | 'face', marker: string) => unknown
}

export async function data<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.data
}

export async function errorOf(pending: Promise<Result<unknown>>) {
  const result = await pending
  if (result.ok) throw new Error('expected an error')
  return result.error
}

/**
 * Starts the recorded Backend, runs `story` with the console recorded too (anything written to it
 * counts as a log line), and returns what to close.
 */
export async function recordLeakStory(
  evidence: LeakEvidence,
  story: (story: LeakStory) => Promise<void>
): Promise<{ f: BackendFixture; close: () => Promise<void> }> {
  // Where the Backend's log lines go, set once the fixture is up: the option is given before it exists.
  const sinks: { fileLog?: FileLog; fixtureLogs?: string[] } = {}
  const fixture = await backendFixture({
    backend: {
      mirror: { pageSize: 10, historyPauseMs: 0 },
      log: (line) => {
        sinks.fixtureLogs?.push(line)
        sinks.fileLog?.write(line)
      }
    }
  })
  sinks.fixtureLogs = fixture.logs
  sinks.fileLog = createFileLog({ folder: join(fixture.dataDir, 'logs'), maxBytes: 2 * 1024, keep: LOG_KEEP })
  fixture.sim.addKey(secondKey)
  const unregister = registerIpc(electron.ipcMain, fixture.backend, {
    isTrustedSender: (url) => isTrustedSender(url),
    eventTarget: () => evidence.window,
    log: (line) => evidence.ipcLogs.push(line)
  })
  const recorded: LeakStory = {
    f: fixture,
    evidence,
    call: async <T>(channel: string, ...args: unknown[]) => {
      const result = (await electron.invokeFrom(electron.appFrame, channel, ...args)) as Result<T>
      evidence.answers.push({ channel, json: JSON.stringify(result) })
      return result
    },
    snapshotKeychain: async (step) => {
      evidence.keychainSnapshots.push({ step, entries: await fixture.keychain.entries() })
    },
    capture: (accountId, kind, marker) => {
      const input = captureInput(accountId, kind, marker)
      evidence.imageMarkers.push(...Object.values(input.markers))
      return asCall(input)
    }
  }
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation(
      (...args: unknown[]) => void evidence.consoleLines.push(args.map(String).join(' '))
    )
  }
  const close = async () => {
    unregister()
    await fixture.close()
  }
  try {
    await story(recorded)
  } catch (error) {
    await close()
    throw error
  } finally {
    vi.restoreAllMocks()
  }
  return { f: fixture, close }
}
