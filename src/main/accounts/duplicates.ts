// `accounts.duplicates`: while the create form is filled, the cached accounts and queued creations
// that are likely the same person (MetaMap and Sumsub flag duplicate persons, DESIGN.md §9): the same
// document number once normalized, the same phone in E.164 (read with the form's or the account's
// country), or the same e-mail case-folded (search/identity-keys.ts).
import type { Calls } from '@shared/contract'
import type { DuplicateMatch } from '@shared/domain/search'
import type { Account } from '@shared/domain/truora-records'
import { ok } from '@shared/result'
import type { BackendContext } from '../backend/context'
import { identityKeysOf, type IdentityKeys } from '../search/identity-keys'
import { pendingAccount } from './search'

const MAX_MATCHES = 20
type Field = DuplicateMatch['fields'][number]
const FIELDS: readonly Field[] = ['document', 'phone', 'email']

function nameOf(account: Account): string | undefined {
  const name = [account.first_name, account.last_name]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .join(' ')
  return name === '' ? undefined : name
}

function sameKeys(wanted: IdentityKeys, other: IdentityKeys): Field[] {
  return FIELDS.filter((field) => wanted[field] !== undefined && wanted[field] === other[field])
}

export function accountDuplicates(ctx: BackendContext): Calls['accounts']['duplicates'] {
  return async (input) => {
    const opened = await ctx.workspace()
    if (!opened.ok) return opened
    const ws = opened.data
    const keys = identityKeysOf(input)
    if (Object.keys(keys).length === 0) return ok([])
    const matches: DuplicateMatch[] = []
    // Queued creations first: not at Truora yet, the likeliest second try of the same person.
    for (const item of ws.cache.outbox.list()) {
      const account = pendingAccount(item)
      const fields = sameKeys(keys, identityKeysOf(account))
      if (fields.length === 0) continue
      const name = nameOf(account)
      matches.push({
        itemId: item.id,
        ...(account.account_id ? { accountId: account.account_id } : {}),
        ...(name ? { name } : {}),
        ...(account.country ? { country: account.country } : {}),
        fields
      })
    }
    const found = [...(await ws.directory.persons(keys))]
      // The most keys in common first: a document and a phone outweigh a shared family e-mail.
      .sort((a, b) => b[1].size - a[1].size)
    for (const [accountId, fields] of found) {
      if (matches.length >= MAX_MATCHES) break
      const entry = ws.cache.accounts.peek(accountId) ?? (await ws.cache.accounts.get(accountId))
      if (!entry) continue
      const name = nameOf(entry.data)
      matches.push({
        accountId,
        ...(name ? { name } : {}),
        ...(typeof entry.data.country === 'string' ? { country: entry.data.country } : {}),
        fields: FIELDS.filter((field) => fields.has(field)),
        fetchedAt: entry.fetchedAt
      })
    }
    return ok(matches.slice(0, MAX_MATCHES))
  }
}
