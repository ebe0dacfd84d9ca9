// Which account a Truora process (`IDP…`), validation (`VLD…`) or flow (`IPF…`) ID belongs to, from
// the histories in the cache (TRUORA_API.md "IDs and times"; Truora's dashboard matches these exactly:
// docs/truora-api.md "What Truora's own dashboard offers"). Exact and case-insensitive, no partial
// match: a flow is shared by many accounts, a process or validation names one.
import type { IdentityProcess, Validation } from '@shared/domain'

export type TruoraIdKind = 'process' | 'validation' | 'flow'

interface TruoraIdMatch {
  kind: TruoraIdKind
  /** The ID as the cache holds it. */
  id: string
  accountIds: string[]
}

export interface TruoraIdDirectory {
  /** Replaces what is known from one account's history (undefined lists: not cached, kept as they were). */
  setHistory(
    accountId: string,
    validations: readonly Validation[] | undefined,
    processes: readonly IdentityProcess[] | undefined
  ): void
  /** A process known on its own (a result looked up by its ID) that names its account. */
  addProcess(processId: string, accountId: string, flowId?: string): void
  removeAccount(accountId: string): void
  find(id: string): TruoraIdMatch | undefined
  clear(): void
}

interface Entry {
  kind: TruoraIdKind
  id: string
  accounts: Set<string>
}

export const TRUORA_ID_PATTERN = /^(IDP|VLD|IPF)[A-Za-z0-9]{4,64}$/i

function kindOf(id: string): TruoraIdKind | undefined {
  const prefix = id.slice(0, 3).toUpperCase()
  return prefix === 'IDP'
    ? 'process'
    : prefix === 'VLD'
      ? 'validation'
      : prefix === 'IPF'
        ? 'flow'
        : undefined
}

export function createTruoraIdDirectory(): TruoraIdDirectory {
  const entries = new Map<string, Entry>()
  /** The keys each account contributed, so a new history replaces the old one. */
  const byAccount = new Map<string, Set<string>>()

  function link(accountId: string, id: unknown, owned: Set<string>): void {
    if (typeof id !== 'string' || !TRUORA_ID_PATTERN.test(id)) return
    const kind = kindOf(id)
    if (kind === undefined) return
    const key = id.toLowerCase()
    let entry = entries.get(key)
    if (!entry) {
      entry = { kind, id, accounts: new Set() }
      entries.set(key, entry)
    }
    entry.accounts.add(accountId)
    owned.add(key)
  }

  function unlink(accountId: string, keys: Iterable<string>): void {
    for (const key of keys) {
      const entry = entries.get(key)
      if (!entry) continue
      entry.accounts.delete(accountId)
      if (entry.accounts.size === 0) entries.delete(key)
    }
  }

  return {
    setHistory(accountId, validations, processes) {
      if (validations === undefined && processes === undefined) return
      const previous = byAccount.get(accountId) ?? new Set<string>()
      const owned = new Set<string>()
      // A list not cached keeps what it gave before; the other is replaced.
      for (const key of previous) {
        const kind = entries.get(key)?.kind
        const keep = kind === 'validation' ? validations === undefined : processes === undefined
        if (keep) owned.add(key)
      }
      unlink(
        accountId,
        [...previous].filter((key) => !owned.has(key))
      )
      for (const validation of validations ?? []) {
        link(accountId, validation.validation_id, owned)
        link(accountId, validation.identity_process_id, owned)
      }
      for (const process of processes ?? []) {
        link(accountId, process.process_id, owned)
        link(accountId, process.flow_id, owned)
      }
      if (owned.size > 0) byAccount.set(accountId, owned)
      else byAccount.delete(accountId)
    },
    addProcess(processId, accountId, flowId) {
      const owned = byAccount.get(accountId) ?? new Set<string>()
      link(accountId, processId, owned)
      link(accountId, flowId, owned)
      if (owned.size > 0) byAccount.set(accountId, owned)
    },
    removeAccount(accountId) {
      const owned = byAccount.get(accountId)
      if (!owned) return
      unlink(accountId, owned)
      byAccount.delete(accountId)
    },
    find(id) {
      const entry = entries.get(id.trim().toLowerCase())
      return entry ? { kind: entry.kind, id: entry.id, accountIds: [...entry.accounts] } : undefined
    },
    clear() {
      entries.clear()
      byAccount.clear()
    }
  }
}
