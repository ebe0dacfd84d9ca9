// Cached accounts by the keys that tell a person apart (identity-keys.ts): normalized document
// number, E.164 phone, case-folded e-mail. What the create form's duplicate warning asks while the
// agent types (MetaMap and Sumsub flag duplicate persons, DESIGN.md §9): an exact key lookup, not a
// scan of every account.
import type { Account } from '@shared/domain/truora-records'
import { identityKeysOf, type IdentityKeys } from './identity-keys'

type PersonKeyField = keyof IdentityKeys

export interface PersonKeyDirectory {
  put(account: Account): void
  remove(accountId: string): void
  /** Account IDs sharing each given key, by field. */
  find(keys: IdentityKeys): Map<string, Set<PersonKeyField>>
}

const FIELDS: readonly PersonKeyField[] = ['document', 'phone', 'email']

export function createPersonKeyDirectory(): PersonKeyDirectory {
  const byKey = new Map<string, Set<string>>()
  const byAccount = new Map<string, string[]>()
  const keyOf = (field: PersonKeyField, value: string): string => `${field}:${value}`

  function remove(accountId: string): void {
    for (const key of byAccount.get(accountId) ?? []) {
      const ids = byKey.get(key)
      ids?.delete(accountId)
      if (ids?.size === 0) byKey.delete(key)
    }
    byAccount.delete(accountId)
  }

  return {
    put(account) {
      remove(account.account_id)
      const keys = identityKeysOf(account)
      const owned: string[] = []
      for (const field of FIELDS) {
        const value = keys[field]
        if (value === undefined) continue
        const key = keyOf(field, value)
        let ids = byKey.get(key)
        if (!ids) byKey.set(key, (ids = new Set()))
        ids.add(account.account_id)
        owned.push(key)
      }
      if (owned.length > 0) byAccount.set(account.account_id, owned)
    },
    remove,
    find(keys) {
      const found = new Map<string, Set<PersonKeyField>>()
      for (const field of FIELDS) {
        const value = keys[field]
        if (value === undefined) continue
        for (const id of byKey.get(keyOf(field, value)) ?? []) {
          let fields = found.get(id)
          if (!fields) found.set(id, (fields = new Set()))
          fields.add(field)
        }
      }
      return found
    }
  }
}
