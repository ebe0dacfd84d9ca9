// A keytar-shaped secret store held in memory, for the benchmark only: it measures search and the
// cache, not the OS keychain, and must run on machines without a Secret Service. The app and the
// tests use the real keychain (DESIGN.md §7).
import type { SecretStore } from '../src/main/operators/secret-store'

export function memorySecretStore(): SecretStore {
  const secrets = new Map<string, string>()
  const slot = (service: string, account: string): string => `${service}\n${account}`
  return {
    getPassword: async (service, account) => secrets.get(slot(service, account)) ?? null,
    setPassword: async (service, account, password) => {
      secrets.set(slot(service, account), password)
    },
    deletePassword: async (service, account) => secrets.delete(slot(service, account))
  }
}
