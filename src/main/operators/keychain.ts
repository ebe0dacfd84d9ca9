// The operator's secrets in the OS keychain, under the app's service name (README "What is stored
// where"). Each operator has one entry, `<operator-id>:vault`: their Truora API key and their cache's
// data key, wrapped by their passphrase (session/vault-crypto.ts), so the keychain holds neither raw.
// Operators made before passphrases still have the two raw entries (`<operator-id>` and
// `<operator-id>:data-key`) until they choose one; the migration wraps them, reads the wrapped entry
// back, and only then deletes the raw ones. A keychain that cannot be reached is reported as
// `keychain_unavailable` — never worked around with a plaintext file.
//
// A secret that cannot be read NOW is never reported as lost. With gnome-keyring locked, libsecret's
// lookup answers "no such item" (keytar's getPassword resolves null) exactly as for an item that is
// not there, deletePassword resolves false without deleting, and only a write fails ("Cannot create
// an item in a locked collection"). So one raw secret read as null while the other reads fine means
// that one is really missing; nothing read at all is settled by a harmless write probe: refused →
// locked, accepted → the keychain is open and the entries are gone. Every one of these is
// `keychain_unavailable` with `details.reason`, and none advises removing the operator, which would
// delete its cache and outbox.
import type { KeychainState } from '@shared/domain/operators'
import { appError, type AppError } from '@shared/result'
import type { SecretStore } from './secret-store'

/** What stops an operator's secrets from being read: every KeychainState but 'ok'. */
export type KeychainProblem = Exclude<KeychainState, 'ok'>

export interface Keychain {
  /** Stores (or replaces) the operator's secrets wrapped by their passphrase (session/vault-crypto.ts). */
  storeVault(operatorId: string, wrapped: string): Promise<void>
  /** The wrapped secrets as stored, or a KeychainError that says why they cannot be had now. */
  vault(operatorId: string): Promise<string>
  /**
   * An operator made before passphrases: the raw API key and data key, or a KeychainError. Never a
   * new data key: a new one would make the operator's cache, and the outbox in it, unreadable for good.
   */
  legacySecrets(operatorId: string): Promise<{ apiKey: string; dataKey: Buffer }>
  /** Whether a raw entry of the operator is still stored (before, or in the middle of, the migration). */
  hasLegacy(operatorId: string): Promise<boolean>
  /** Deletes the raw entries once the wrapped ones are stored and read back. */
  forgetLegacy(operatorId: string): Promise<void>
  /**
   * Whether the operator's secrets can be read now, and if not, why: their wrapped entry, or (for an
   * operator made before passphrases, `wrapped` false) their two raw entries. Never throws.
   */
  state(operatorId: string, wrapped: boolean): Promise<KeychainState>
  /** Removes every entry of an operator. */
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
  // Raw entries of operators made before passphrases: the API key under the id, the data key beside it.
  const legacyKeyAccount = (operatorId: string) => operatorId
  const dataKeyAccount = (operatorId: string) => `${operatorId}:data-key`
  const vaultAccount = (operatorId: string) => `${operatorId}:vault`

  // Every keychain call goes through here so a missing or locked Secret Service becomes one clear
  // error; the underlying message is dropped because it can echo the secret being written.
  async function guarded<T>(operation: () => Promise<T>, operatorId?: string): Promise<T> {
    try {
      return await operation()
    } catch (error) {
      throw keychainError(problemOfFailure(error), operatorId)
    }
  }

  const read = (account: string, id: string) => guarded(() => store.getPassword(service, account), id)
  const readDataKey = async (id: string) => {
    const stored = await read(dataKeyAccount(id), id)
    if (stored === null) return { stored: false, key: null }
    const key = Buffer.from(stored, 'base64')
    return { stored: true, key: key.length === DATA_KEY_BYTES ? key : null }
  }

  /** Nothing read: is the keychain locked, or open with the entries gone? Only a write tells. */
  async function probe(): Promise<KeychainProblem> {
    try {
      await store.setPassword(service, PROBE_ACCOUNT, 'probe')
    } catch (error) {
      return problemOfFailure(error)
    }
    await store.deletePassword(service, PROBE_ACCOUNT).catch(() => false)
    return 'secrets_missing'
  }

  /** Reads both raw secrets and says what they add up to. Throws only when a read itself fails. */
  async function readLegacy(
    id: string
  ): Promise<{ apiKey: string | null; dataKey: Buffer | null; state: KeychainState }> {
    const apiKey = await read(legacyKeyAccount(id), id)
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

  /** The wrapped entry and what it means (whether the blob inside is sound is the unlock's to say). */
  async function readVault(id: string): Promise<{ wrapped: string | null; state: KeychainState }> {
    const wrapped = await read(vaultAccount(id), id)
    if (wrapped !== null) return { wrapped, state: 'ok' }
    return { wrapped: null, state: await probe() }
  }

  const stateOf = (error: unknown): KeychainState => {
    const reason = error instanceof KeychainError ? error.appError.details?.reason : undefined
    return reason === 'locked' ? 'locked' : 'unreachable'
  }

  return {
    async storeVault(operatorId, wrapped) {
      await guarded(() => store.setPassword(service, vaultAccount(operatorId), wrapped), operatorId)
    },
    async vault(operatorId) {
      const { wrapped, state } = await readVault(operatorId)
      if (wrapped !== null) return wrapped
      throw keychainError(state === 'ok' ? 'locked' : state, operatorId)
    },
    async legacySecrets(operatorId) {
      const { apiKey, dataKey, state } = await readLegacy(operatorId)
      if (apiKey !== null && dataKey !== null) return { apiKey, dataKey }
      throw keychainError(state === 'ok' ? 'locked' : state, operatorId)
    },
    async hasLegacy(operatorId) {
      const apiKey = await read(legacyKeyAccount(operatorId), operatorId)
      const dataKey = await read(dataKeyAccount(operatorId), operatorId)
      return apiKey !== null || dataKey !== null
    },
    async forgetLegacy(operatorId) {
      await guarded(() => store.deletePassword(service, legacyKeyAccount(operatorId)), operatorId)
      await guarded(() => store.deletePassword(service, dataKeyAccount(operatorId)), operatorId)
    },
    async state(operatorId, wrapped) {
      try {
        return wrapped ? (await readVault(operatorId)).state : (await readLegacy(operatorId)).state
      } catch (error) {
        return stateOf(error)
      }
    },
    async forget(operatorId) {
      await guarded(() => store.deletePassword(service, vaultAccount(operatorId)), operatorId)
      await guarded(() => store.deletePassword(service, legacyKeyAccount(operatorId)), operatorId)
      await guarded(() => store.deletePassword(service, dataKeyAccount(operatorId)), operatorId)
    }
  }
}

/** libsecret says "locked" when it refuses for that reason; its text is read here and never passed on. */
function problemOfFailure(error: unknown): 'locked' | 'unreachable' {
  return /\blocked\b/i.test(error instanceof Error ? error.message : String(error)) ? 'locked' : 'unreachable'
}
