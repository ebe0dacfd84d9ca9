// The real OS keychain for tests (DESIGN.md §7): keytar against the Secret Service that `npm test`
// starts in a private D-Bus session. Without one, tests fail with what to install — they don't skip.
import { createRequire } from 'node:module'
import { randomUUID } from 'node:crypto'
import type { SecretStore } from '../../src/main/operators/secret-store'

const require = createRequire(import.meta.url)

export interface TestKeychain extends SecretStore {
  /** A service name of its own per test, so tests never see each other's (or a person's) secrets. */
  service: string
  /** Every account stored under `service` with its secret. */
  entries(): Promise<{ account: string; password: string }[]>
  /** Removes whatever the test left behind. */
  cleanup(): Promise<void>
}

type Keytar = SecretStore & {
  findCredentials(service: string): Promise<{ account: string; password: string }[]>
}

/**
 * keytar's `findCredentials` loads each matching item's secret; when test files running in parallel
 * delete their own items meanwhile, gnome-keyring can answer "No such secret item" for an item that
 * just went. That is the shared test keyring's race, not the app's (it never lists): ask again.
 */
export async function findCredentials(service: string): Promise<{ account: string; password: string }[]> {
  const keytar = require('keytar') as Keytar
  for (let attempt = 1; ; attempt++) {
    try {
      return await keytar.findCredentials(service)
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('No such secret item')) throw error
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt))
    }
  }
}

export async function realKeychain(): Promise<TestKeychain> {
  const keytar = require('keytar') as Keytar
  const service = `Truora Account Lookup Test ${randomUUID()}`
  try {
    await keytar.setPassword(service, 'probe', 'probe')
    await keytar.deletePassword(service, 'probe')
  } catch (error) {
    throw new Error(
      'No Secret Service is reachable, so the keychain tests cannot run. Install dbus and ' +
        'gnome-keyring (Debian/Ubuntu: apt install dbus gnome-keyring libsecret-1-dev) and run the ' +
        `tests with "npm test", which starts a private unlocked keyring. (${String(error)})`,
      { cause: error }
    )
  }
  return {
    service,
    getPassword: (s, a) => keytar.getPassword(s, a),
    setPassword: (s, a, p) => keytar.setPassword(s, a, p),
    deletePassword: (s, a) => keytar.deletePassword(s, a),
    entries: () => findCredentials(service),
    async cleanup() {
      for (const { account } of await findCredentials(service)) await keytar.deletePassword(service, account)
    }
  }
}
