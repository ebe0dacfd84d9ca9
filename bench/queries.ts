// 1,000 queries of the kinds operators type (DESIGN.md §9, Truora's dashboard: partial on account, document,
// phone, name): name prefixes as they are typed, whole names with and without accents, parts of document
// numbers, exact and partial account IDs, emails, phone digits, and filters alone or with text. Drawn from
// the data set with a seeded PRNG: the same queries on every run.
import type { SearchFilters } from '@shared/domain/search'
import type { Account } from '@shared/domain/truora-records'
import { createRng, type Rng } from '../tools/sim/prng'

export interface BenchQuery {
  kind: string
  text: string
  filters?: SearchFilters
}

const KINDS = [
  ['name-prefix', 22],
  ['name-accented', 8],
  ['name-unaccented', 8],
  ['document-part', 10],
  ['id-exact', 10],
  ['id-prefix', 6],
  ['email-part', 6],
  ['phone-digits', 6],
  ['text-and-filters', 12],
  ['filters-only', 8],
  ['no-match', 4]
] as const

const STATUSES = ['success', 'pending', 'failure'] as const
const DOCUMENT_TYPES = ['national-id', 'foreign-id', 'identity-card', 'passport'] as const

export function benchQueries(accounts: Account[], seed: number, count = 1000): BenchQuery[] {
  const rng = createRng(seed, 'bench-queries')
  return Array.from({ length: count }, () => {
    const kind = rng.weighted(KINDS)
    return { kind, ...queryOf(kind, accounts[rng.int(0, accounts.length - 1)] as Account, rng) }
  })
}

const unaccented = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '')

function queryOf(kind: (typeof KINDS)[number][0], account: Account, rng: Rng): Omit<BenchQuery, 'kind'> {
  const first = account.first_name ?? ''
  const surname = (account.last_name ?? '').split(' ')[0] ?? ''
  const name = first === '' ? account.account_id : `${first} ${surname}`
  switch (kind) {
    case 'name-prefix': {
      const word = unaccented(rng.chance(0.5) ? first : surname).toLowerCase() || account.account_id
      return { text: word.slice(0, rng.int(1, Math.max(1, word.length))) }
    }
    case 'name-accented':
      return { text: name }
    case 'name-unaccented':
      return { text: unaccented(name).toLowerCase() }
    case 'document-part': {
      const document = account.document_number ?? account.account_id
      const length = Math.min(document.length, rng.int(4, 7))
      const start = rng.int(0, document.length - length)
      return { text: document.slice(start, start + length) }
    }
    case 'id-exact':
      return { text: account.account_id }
    case 'id-prefix':
      return { text: account.account_id.slice(0, rng.int(4, 12)) }
    case 'email-part': {
      const email = account.email ?? account.account_id
      return {
        text: rng.chance(0.7)
          ? email.slice(0, rng.int(3, email.indexOf('@') > 3 ? email.indexOf('@') : email.length))
          : email.slice(email.indexOf('@'))
      }
    }
    case 'phone-digits': {
      // Grouped as people read numbers out: "300 123 45", sometimes with the country code.
      const digits = (account.phone_number ?? '+573001234567').replace(/\D/g, '')
      const national = digits.slice(2)
      const grouped = `${national.slice(0, 3)} ${national.slice(3, 3 + rng.int(2, 4))}`
      return { text: rng.chance(0.3) ? `+${digits.slice(0, 2)} ${grouped}` : grouped }
    }
    case 'text-and-filters': {
      const word =
        unaccented(surname || first)
          .toLowerCase()
          .slice(0, rng.int(2, 5)) || 'a'
      return { text: word, filters: someFilters(account, rng) }
    }
    case 'filters-only':
      return { text: '', filters: someFilters(account, rng) }
    case 'no-match':
      return { text: `${rng.pick(['zzqx', 'qqwy', 'xkcd'])}${rng.int(0, 99)}` }
  }
}

function someFilters(account: Account, rng: Rng): SearchFilters {
  const filters: SearchFilters = {}
  if (rng.chance(0.6)) filters.country = account.country ?? 'CO'
  if (rng.chance(0.4)) filters.status = rng.pick(STATUSES)
  if (rng.chance(0.25)) filters.documentType = rng.pick(DOCUMENT_TYPES)
  if (rng.chance(0.4)) {
    const day = (account.creation_date ?? '2025-01-01').slice(0, 10)
    const from = new Date(Date.parse(`${day}T00:00:00Z`) - rng.int(0, 120) * 86_400_000)
    filters.createdFrom = from.toISOString().slice(0, 10)
    filters.createdTo = day
  }
  if (Object.keys(filters).length === 0) filters.status = rng.pick(STATUSES)
  return filters
}
