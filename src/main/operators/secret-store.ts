// The keychain as the Backend sees it: keytar's shape, so the app passes keytar itself and nothing
// else stands between the API key and the OS keychain (DESIGN.md §1 promise 2).

export interface SecretStore {
  getPassword(service: string, account: string): Promise<string | null>
  setPassword(service: string, account: string, password: string): Promise<void>
  deletePassword(service: string, account: string): Promise<boolean>
}

export const KEYCHAIN_SERVICE = 'Truora Account Lookup'
export const KEYCHAIN_SERVICE_DEV = 'Truora Account Lookup Dev'
