// The operator's secrets in the OS keychain: the Truora API key and the cache's data key, each under
// the app's service name with the operator id as the account (issue 2 "Operators"). A keychain that
// cannot be reached is reported as `keychain_unavailable` — never worked around with a plaintext file.
import { randomBytes } from 'node:crypto'
import { appError, type AppError } from '@shared/result'
import type { SecretStore } from './secret-store'

export interface Keychain {
  getApiKey(operatorId: string): Promise<string | null>
  setApiKey(operatorId: string, apiKey: string): Promise<void>
  /** The cache's AES-256 key; created on first use. */
  dataKey(operatorId: string): Promise<Buffer>
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
    async dataKey(operatorId) {
      const existing = await guarded(() => store.getPassword(service, dataKeyAccount(operatorId)))
      if (existing) {
        const key = Buffer.from(existing, 'base64')
        if (key.length === 32) return key
      }
      const key = randomBytes(32)
      await guarded(() => store.setPassword(service, dataKeyAccount(operatorId), key.toString('base64')))
      return key
    },
    async forget(operatorId) {
      await guarded(() => store.deletePassword(service, operatorId))
      await guarded(() => store.deletePassword(service, dataKeyAccount(operatorId)))
    }
  }
}
