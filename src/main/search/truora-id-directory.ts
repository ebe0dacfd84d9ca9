// Which account a Truora process (`IDP…`), validation (`VLD…`) or flow (`IPF…`) ID belongs to, from
// the histories in the cache (TRUORA_API.md "IDs and times"; Truora's dashboard matches these exactly:
// docs/truora-api.md "What Truora's own dashboard offers"). Exact and case-insensitive, no partial
// match: a flow is shared by many accounts, a process or validation names one.

export type TruoraIdKind = 'process' | 'validation' | 'flow'

interface TruoraIdMatch {
  kind: TruoraIdKind
  /** The ID as the cache holds it. */
  id: string
  accountIds: string[]
}

export interface TruoraIdDirectory {
  /**
   * Replaces what one account's lists gave (cache/history-summary.ts: IDs of its validations, of its
   * processes); a list given as undefined (not cached) keeps what it gave before.
   */
  setIds(
    accountId: string,
    fromValidations: readonly string[] | undefined,
    fromProcesses: readonly string[] | undefined
  ): void
  /** A process known on its own (a result looked up by its ID) that names its account. */
  addProcess(processId: string, accountId: string, flowId?: string): void
  removeAccount(accountId: string): void
  find(id: string): TruoraIdMatch | undefined
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

type Source = 'validations' | 'processes' | 'results'

export function createTruoraIdDirectory(): TruoraIdDirectory {
  const entries = new Map<string, Entry>()
  /** The keys each account's sources contributed, so a new list replaces what the old one gave. */
  const byAccount = new Map<string, Record<Source, Set<string>>>()

  function sourcesOf(accountId: string): Record<Source, Set<string>> {
    let sources = byAccount.get(accountId)
    if (!sources) {
      sources = { validations: new Set(), processes: new Set(), results: new Set() }
      byAccount.set(accountId, sources)
    }
    return sources
  }

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

  /** Unlinks `keys` from the account unless another of its sources still names them. */
  function unlink(accountId: string, keys: Iterable<string>): void {
    const sources = byAccount.get(accountId)
    for (const key of keys) {
      if (sources && Object.values(sources).some((owned) => owned.has(key))) continue
      const entry = entries.get(key)
      if (!entry) continue
      entry.accounts.delete(accountId)
      if (entry.accounts.size === 0) entries.delete(key)
    }
  }

  function replace(accountId: string, source: Source, ids: readonly string[]): void {
    const sources = sourcesOf(accountId)
    const before = sources[source]
    sources[source] = new Set()
    for (const id of ids) link(accountId, id, sources[source])
    unlink(
      accountId,
      [...before].filter((key) => !sources[source].has(key))
    )
  }

  return {
    setIds(accountId, fromValidations, fromProcesses) {
      if (fromValidations !== undefined) replace(accountId, 'validations', fromValidations)
      if (fromProcesses !== undefined) replace(accountId, 'processes', fromProcesses)
    },
    addProcess(processId, accountId, flowId) {
      const sources = sourcesOf(accountId)
      link(accountId, processId, sources.results)
      link(accountId, flowId, sources.results)
    },
    removeAccount(accountId) {
      const sources = byAccount.get(accountId)
      if (!sources) return
      byAccount.delete(accountId)
      unlink(
        accountId,
        Object.values(sources).flatMap((owned) => [...owned])
      )
    },
    find(id) {
      const entry = entries.get(id.trim().toLowerCase())
      return entry ? { kind: entry.kind, id: entry.id, accountIds: [...entry.accounts] } : undefined
    }
  }
}
