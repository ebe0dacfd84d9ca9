// The operator's secrets in the OS keychain: the Truora API key and the cache's data key, each under
// the app's service name with the operator id as the account (README "What is stored where"). A
// keychain that cannot be reached is reported as `keychain_unavailable` — never worked around with a
// plaintext file.
//
// A secret that cannot be read NOW is never reported as lost. With gnome-keyring locked, libsecret's
// lookup answers "no such item" (keytar's getPassword resolves null) exactly as for an item that is
// not there, deletePassword resolves false without deleting, and only a write fails ("Cannot create
// an item in a locked collection"). So one secret read as null while the other reads fine means that
// one is really missing; both null is settled by a harmless write probe: refused → locked, accepted →
// the keychain is open and both are gone. Every one of these is `keychain_unavailable` with
// `details.reason`, and none advises removing the operator, which would delete its cache and outbox.
import { randomBytes } from 'node:crypto'
import type { KeychainState } from '@shared/domain'
import { appError, type AppError } from '@shared/result'
import type { SecretStore } from './secret-store'

/** What stops an operator's secrets from being read: every KeychainState but 'ok'. */
export type KeychainProblem = Exclude<KeychainState, 'ok'>

export interface Keychain {
  /** Stores a new operator's API key and a fresh data key; on failure removes whatever it stored. */
  storeNew(operatorId: string, apiKey: string): Promise<void>
  /** The API key, or a KeychainError that says why it cannot be had now. */
  apiKey(operatorId: string): Promise<string>
  /**
   * The cache's key as stored, or a KeychainError. Never a new key: a new one would make the
   * operator's cache, and the outbox in it, unreadable for good.
   */
  dataKey(operatorId: string): Promise<Buffer>
  /** Whether both secrets can be read now, and if not, why. Never throws. */
  state(operatorId: string): Promise<KeychainState>
  /** Removes both secrets of an operator. */
  forget(operatorId: string): Promise<void>
}

export class KeychainError extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message)
  }
}

const MESSAGES: Record<KeychainProblem, string> = {
  unreachable:
    'The system keychain could not be reached. On Linux install and unlock a Secret Service ' +
    '(gnome-keyring or KWallet: "sudo apt install gnome-keyring"); on macOS unlock the login ' +
    'keychain; on Windows sign in to the Credential Manager. Then try again.',
  locked:
    "The system keychain is locked, so this operator's keys cannot be read now. Nothing is lost: " +
    'unlock the keychain (the login keyring or keychain) and try again.',
  data_key_missing:
    "The keychain holds this operator's API key but not the key of its local cache, so the cache " +
    'cannot be read; its file is kept as it is. If the keychain is restored, try again. Removing the ' +
    'operator would delete the cache and any creations queued in it.',
  api_key_missing:
    "The keychain holds the key of this operator's local cache but not its API key, so nothing can " +
    'be sent to Truora; the cache and its queued creations are kept. Removing the operator would ' +
    'delete them.',
  secrets_missing:
    "The keychain is open but holds neither of this operator's keys, so its local cache cannot be " +
    'read; its file is kept as it is. If the keychain is restored, try again. Removing the operator ' +
    'would delete the cache and any creations queued in it.'
}

/** The contract error for a keychain problem (`details.reason` is what the renderer words). */
export function keychainError(problem: KeychainProblem, operatorId?: string): KeychainError {
  return new KeychainError(
    appError('keychain_unavailable', MESSAGES[problem], {
      reason: problem,
      ...(operatorId === undefined ? {} : { operatorId })
    })
  )
}

const DATA_KEY_BYTES = 32
/** Not an operator id (those have no colon), so it can never be one of an operator's entries. */
const PROBE_ACCOUNT = 'app:write-probe'

export function createKeychain(store: SecretStore, service: string): Keychain {
  const dataKeyAccount = (operatorId: string) => `${operatorId}:data-key`

  // Every keychain call goes through here so a missing or locked Secret Service becomes one clear
  // error; the underlying message is dropped because it can echo the secret being written.
  async function guarded<T>(operation: () => Promise<T>, operatorId?: string): Promise<T> {
    try {
      return await operation()
    } catch (error) {
      throw keychainError(problemOfFailure(error), operatorId)
    }
  }

  const readApiKey = (id: string) => guarded(() => store.getPassword(service, id), id)
  const readDataKey = async (id: string) => {
    const stored = await guarded(() => store.getPassword(service, dataKeyAccount(id)), id)
    if (stored === null) return { stored: false, key: null }
    const key = Buffer.from(stored, 'base64')
    return { stored: true, key: key.length === DATA_KEY_BYTES ? key : null }
  }

  /** Both null: is the keychain locked, or open with both entries gone? Only a write tells. */
  async function probe(): Promise<KeychainProblem> {
    try {
      await store.setPassword(service, PROBE_ACCOUNT, 'probe')
    } catch (error) {
      return problemOfFailure(error)
    }
    await store.deletePassword(service, PROBE_ACCOUNT).catch(() => false)
    return 'secrets_missing'
  }

  /** Reads both secrets and says what they add up to. Throws only when a read itself fails. */
  async function readBoth(
    id: string
  ): Promise<{ apiKey: string | null; dataKey: Buffer | null; state: KeychainState }> {
    const apiKey = await readApiKey(id)
    const data = await readDataKey(id)
    let state: KeychainState
    if (apiKey !== null && data.key !== null) state = 'ok'
    else if (apiKey !== null) state = 'data_key_missing'
    else if (data.key !== null) state = 'api_key_missing'
    // A malformed data key was read, so the keychain is open.
    else if (data.stored) state = 'secrets_missing'
    else state = await probe()
    return { apiKey, dataKey: data.key, state }
  }

  async function unreadable(id: string): Promise<never> {
    const { state } = await readBoth(id)
    // Readable again between the two reads (just unlocked): the caller's next try will succeed.
    throw keychainError(state === 'ok' ? 'locked' : state, id)
  }

  return {
    async storeNew(operatorId, apiKey) {
      try {
        await guarded(() => store.setPassword(service, operatorId, apiKey), operatorId)
        const dataKey = randomBytes(DATA_KEY_BYTES).toString('base64')
        await guarded(() => store.setPassword(service, dataKeyAccount(operatorId), dataKey), operatorId)
      } catch (error) {
        await Promise.allSettled([
          store.deletePassword(service, operatorId),
          store.deletePassword(service, dataKeyAccount(operatorId))
        ])
        throw error
      }
    },
    async apiKey(operatorId) {
      return (await readApiKey(operatorId)) ?? unreadable(operatorId)
    },
    async dataKey(operatorId) {
      return (await readDataKey(operatorId)).key ?? unreadable(operatorId)
    },
    async state(operatorId) {
      try {
        return (await readBoth(operatorId)).state
      } catch (error) {
        const reason = error instanceof KeychainError ? error.appError.details?.reason : undefined
        return reason === 'locked' ? 'locked' : 'unreachable'
      }
    },
    async forget(operatorId) {
      await guarded(() => store.deletePassword(service, operatorId), operatorId)
      await guarded(() => store.deletePassword(service, dataKeyAccount(operatorId)), operatorId)
    }
  }
}

/** libsecret says "locked" when it refuses for that reason; its text is read here and never passed on. */
function problemOfFailure(error: unknown): 'locked' | 'unreachable' {
  return /\blocked\b/i.test(error instanceof Error ? error.message : String(error)) ? 'locked' : 'unreachable'
}
