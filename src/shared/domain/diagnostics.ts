import type { ConnectivityState } from './sync'

/**
 * What "Copy diagnostics" gives support: the app's and runtime's versions, the OS, and counts. Never a
 * name, a document, an ID of a person, a path (it names the user) or a key.
 */
export interface Diagnostics {
  generatedAt: string
  app: { version: string }
  runtime: { node: string; v8: string; electron?: string; chrome?: string }
  os: { platform: string; release: string; arch: string }
  operators: number
  connectivity: ConnectivityState
  /** The open workspace's cache, when one is open. */
  cache?: {
    accounts: number
    validations: number
    processes: number
    outbox: number
    bytes: number
    lastSyncedAt?: string
  }
}
