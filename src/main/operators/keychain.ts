// The operator's secrets in the OS keychain: the Truora API key and the cache's data key, each under
// the app's service name with the operator id as the account (issue 2 "Operators"). A keychain that
// cannot be reached is reported as `keychain_unavailable` — never worked around with a plaintext file.
import { randomBytes } from 'node:crypto'
import { appError, type AppError } from '@shared/result'
import type { SecretStore } from './secret-store'

export interface Keychain {
  getApiKey(operatorId: string): Promise<string | null>
  setApiKey(operatorId: string, apiKey: string): Promise<void>
  /** Creates and stores the cache's AES-256 key (when the operator is added). */
  createDataKey(operatorId: string): Promise<void>
  /**
   * The cache's key as stored. Missing or malformed → `cache_corrupt`, never a new key: a new one
   * would make the operator's cache, and the outbox in it, unreadable for good.
   */
  existingDataKey(operatorId: string): Promise<Buffer>
  /** Removes both secrets of an operator. */
  forget(operatorId: string): Promise<void>
}

export class KeychainError extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message)
  }
}

const UNAVAILABLE_MESSAGE =
  'The system keychain could not be reached. On Linux install and unlock a Secret Service ' +
  '(gnome-keyring or KWallet: "sudo apt install gnome-keyring"); on macOS unlock the login ' +
  'keychain; on Windows sign in to the Credential Manager. Then try again.'

export function createKeychain(store: SecretStore, service: string): Keychain {
  const dataKeyAccount = (operatorId: string) => `${operatorId}:data-key`

  // Every keychain call goes through here so a missing or locked Secret Service becomes one clear
  // error; the underlying message is dropped because it can echo the secret being written.
  async function guarded<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation()
    } catch {
      throw new KeychainError(appError('keychain_unavailable', UNAVAILABLE_MESSAGE))
    }
  }

  return {
    getApiKey: (operatorId) => guarded(() => store.getPassword(service, operatorId)),
    setApiKey: (operatorId, apiKey) => guarded(() => store.setPassword(service, operatorId, apiKey)),
    async createDataKey(operatorId) {
      const key = randomBytes(32).toString('base64')
      await guarded(() => store.setPassword(service, dataKeyAccount(operatorId), key))
    },
    async existingDataKey(operatorId) {
      const stored = await guarded(() => store.getPassword(service, dataKeyAccount(operatorId)))
      const key = stored ? Buffer.from(stored, 'base64') : undefined
      if (key?.length === 32) return key
      throw new KeychainError(
        appError(
          'cache_corrupt',
          "The key that unlocks this operator's local cache is missing from the keychain, so the cache " +
            'cannot be read. Remove the operator and add it again to start a new cache.'
        )
      )
    },
    async forget(operatorId) {
      await guarded(() => store.deletePassword(service, operatorId))
      await guarded(() => store.deletePassword(service, dataKeyAccount(operatorId)))
    }
  }
}
