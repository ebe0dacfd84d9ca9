// Operator profiles as they cross IPC, and what their keychain entries allow (DESIGN.md §1, §4): never
// a secret, which stays in the keychain and main's memory.

/** An operator profile: no secrets here, the API key lives in the keychain. */
export interface Operator {
  id: string
  name: string
  createdAt: string
  /** From the key's JWT claims (decoded, not verified), when the key is a JWT. */
  clientId?: string
  keyName?: string
  keyExpiresAt?: string
  /**
   * Set when the profile was rebuilt from the operator's own folder after operators.json was found
   * damaged or without it (ISO time of the recovery).
   */
  recoveredAt?: string
  /**
   * When the operator's secrets were wrapped by their passphrase (ISO time). Absent on an operator
   * made before passphrases: their keys are still raw in the keychain until they choose one.
   */
  wrappedAt?: string
}

/**
 * An operator as `operators.list` shows it. While the session is locked only the name is told (and
 * whether a passphrase must first be chosen): the lock screen shows names, nothing else.
 */
export type ListedOperator = Pick<Operator, 'id' | 'name'> &
  Partial<Omit<Operator, 'id' | 'name'>> & {
    /** Made before passphrases: must choose one before anything else (the migration prompt). */
    needsPassphrase: boolean
  }

export interface OperatorList {
  operators: ListedOperator[]
  /** The last operator unlocked: the one the lock screen offers first. */
  activeId: string | null
}

/**
 * Whether an operator's secrets can be read from the keychain now. Only 'ok' opens the cache and
 * calls Truora; 'locked' and 'unreachable' lose nothing (try again once the keychain is unlocked);
 * the `*_missing` states mean the keychain is open and lacks an entry.
 */
export const KEYCHAIN_PROBLEMS = [
  'locked',
  'unreachable',
  'data_key_missing',
  'api_key_missing',
  'secrets_missing'
] as const
export type KeychainState = 'ok' | (typeof KEYCHAIN_PROBLEMS)[number]

/** `operators.check`: what the operator's keychain entries allow now, and what removing would lose. */
export interface OperatorCheck {
  operatorId: string
  keychain: KeychainState
  /**
   * Creations still in the operator's outbox, which removing the operator would delete; null when
   * they cannot be counted. For an operator who is not unlocked this is the count noted the last time
   * their outbox changed (their cache cannot be read without their passphrase).
   */
  queued: number | null
}

/** What adding an operator reports: the profile plus a warning when its key expires soon. */
export interface OperatorAdded {
  operator: Operator
  keyExpiresSoon: boolean
}
