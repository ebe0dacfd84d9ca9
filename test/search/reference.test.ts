// The index against a plain scan of the same seeded accounts, written from the lookup's rules rather than
// from the index's code (docs/truora-api.md "What Truora's own dashboard offers"; DESIGN.md §9): the same
// ids, in the same order, for queries of every kind. Covers the index's own machinery (bulk and one-by-one
// loading, packing, compaction) on realistic data.
import { describe, expect, it } from 'vitest'
import type { SearchFilters } from '@shared/domain/search'
import type { Account } from '@shared/domain/truora-records'
import { getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js'
import { generateAccounts } from '../../tools/sim/seed'
import { createSearchIndex, restoreSearchIndex } from '../../src/main/search/search-index'
import type { IndexedAccount, SearchIndex } from '../../src/main/search/types'

const STATUSES = ['success', 'pending', 'failure']

function entriesOf(accounts: Account[]): IndexedAccount[] {
  return accounts.map((account, i) =>
    i % 4 === 3 ? { account } : { account, latestStatus: STATUSES[i % 3] as string }
  )
}

const plain = (text: unknown): string =>
  typeof text === 'string' ? text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : ''

interface Row {
  id: string
  /** The folded fields, one per line: no query word holds a line break, so none spans two fields. */
  text: string
  time: number
}
const rows = new WeakMap<Account, Row>()

/** Each account's folded fields and creation time, worked out once for the many queries. */
function rowOf(account: Account): Row {
  let row = rows.get(account)
  if (row === undefined) {
    const fields = searchableFields(account)
    row = { id: fields[0] as string, text: fields.join('\n'), time: Date.parse(account.creation_date ?? '') }
    rows.set(account, row)
  }
  return row
}

function searchableFields(account: Account): string[] {
  const document = plain(account.document_number)
  let phone = (account.phone_number ?? '').replace(/\D/g, '')
  const country = (account.country ?? '').toUpperCase()
  if (phone !== '' && !account.phone_number?.startsWith('+') && isSupportedCountry(country)) {
    phone = getCountryCallingCode(country) + phone
  }
  return [
    plain(account.account_id),
    plain(account.first_name),
    plain(account.last_name),
    plain(account.email),
    document,
    document.replace(/[^a-z0-9]/g, ''),
    phone
  ]
}

/**
 * The lookup's rules, one account at a time: every word (or the digits of a phone or document) in some
 * field, the filters all met; for a single word, the exact ID first, then IDs that start with it, then
 * the rest, the newest first within each.
 */
function scan(entries: IndexedAccount[], text: string, filters: SearchFilters = {}): string[] {
  const query = plain(text).trim()
  const single = query !== '' && !/\s/.test(query)
  const digits = query.replace(/\D/g, '')
  const terms: string[][] =
    query === ''
      ? []
      : /^[+\d\s().-]+$/.test(query) && digits !== ''
        ? [single ? [digits, query] : [digits]]
        : query.split(/\s+/).map((word) => [word])
  const from = filters.createdFrom ? Date.parse(`${filters.createdFrom}T00:00:00Z`) : -Infinity
  const to = filters.createdTo ? Date.parse(`${filters.createdTo}T23:59:59.999Z`) : Infinity
  const found = entries.filter(({ account, latestStatus }) => {
    const { text: fields, time: created } = rowOf(account)
    if (filters.country && account.country?.toUpperCase() !== filters.country) return false
    if (filters.documentType && account.document_type !== filters.documentType) return false
    if (filters.status && latestStatus !== filters.status) return false
    if ((filters.createdFrom || filters.createdTo) && !(created >= from && created <= to)) return false
    return terms.every((needles) => needles.some((needle) => fields.includes(needle)))
  })
  const tierOf = (account: Account): number => {
    const { id } = rowOf(account)
    return !single ? 2 : id === query ? 0 : id.startsWith(query) ? 1 : 2
  }
  return found
    .map(({ account }) => ({
      id: account.account_id,
      tier: tierOf(account),
      time: Number.isNaN(rowOf(account).time) ? -Infinity : rowOf(account).time
    }))
    .sort((a, b) => a.tier - b.tier || b.time - a.time || (a.id < b.id ? -1 : 1))
    .map((row) => row.id)
}

/** Queries of every kind the rules name, taken from the data so most of them find something. */
function queriesFor(accounts: Account[]): { text: string; filters?: SearchFilters }[] {
  const queries: { text: string; filters?: SearchFilters }[] = []
  for (const text of [
    '',
    'a',
    'j',
    'ñ',
    'ma',
    'jo',
    'z9',
    'xq',
    'acc',
    'ACC1',
    'gmail',
    'crm-',
    'cliente.0',
    '300 1',
    '+57 3',
    '11 9',
    '.com',
    'zzzz'
  ]) {
    queries.push({ text })
  }
  for (let i = 0; i < accounts.length; i += Math.floor(accounts.length / 16)) {
    const a = accounts[i] as Account
    const first = a.first_name ?? ''
    const last = a.last_name ?? ''
    queries.push(
      { text: a.account_id },
      { text: a.account_id.slice(0, 6) },
      { text: a.account_id.slice(3, 9) },
      { text: first.slice(0, 3) },
      { text: `${first} ${last}` },
      { text: plain(`${last} ${first}`) },
      { text: last.slice(1, 5).toUpperCase() },
      { text: (a.document_number ?? '').slice(2, 7) },
      { text: (a.email ?? '').split('@')[0] ?? '' },
      { text: (a.phone_number ?? '').slice(3, 6) + ' ' + (a.phone_number ?? '').slice(6, 9) },
      { text: first.slice(0, 2), filters: { country: a.country ?? 'CO' } },
      { text: '', filters: { documentType: 'passport', status: 'pending' } },
      { text: last.split(' ')[0] ?? '', filters: { createdFrom: (a.creation_date ?? '').slice(0, 10) } },
      { text: 'a', filters: { createdTo: (a.creation_date ?? '').slice(0, 10), status: 'success' } }
    )
  }
  return queries
}

function expectSameAsScan(
  index: SearchIndex,
  entries: IndexedAccount[],
  queries = queriesFor(entries.map((e) => e.account))
): void {
  let found = 0
  for (const { text, filters } of queries) {
    const expected = scan(entries, text, filters)
    const page = index.search({ text, offset: 0, limit: 60, ...(filters ? { filters } : {}) })
    expect({ text, filters, total: page.total, ids: page.ids }).toEqual({
      text,
      filters,
      total: expected.length,
      ids: expected.slice(0, 60)
    })
    const deep = index.search({ text, offset: 150, limit: 40, ...(filters ? { filters } : {}) })
    expect(deep.ids).toEqual(expected.slice(150, 190))
    if (expected.length > 0) found++
  }
  // The queries must exercise matching, not only agree on empty results.
  expect(found).toBeGreaterThan(queries.length * 0.8)
}

describe('the index agrees with a plain scan of seeded accounts', () => {
  const accounts = generateAccounts(6000, 7)
  const entries = entriesOf(accounts)

  it('when loaded in one batch (packed in bulk)', () => {
    const index = createSearchIndex()
    index.upsert(entries)
    expect(index.size()).toBe(accounts.length)
    expectSameAsScan(index, entries)
  })

  it('when accounts arrive one by one (tails, packed as they grow)', () => {
    const index = createSearchIndex()
    for (const entry of entries) index.upsert([entry])
    expectSameAsScan(index, entries)
  })

  it('when searched between the pages a mirror adds (sorted orders merged as they grow)', () => {
    const index = createSearchIndex()
    const pages = 24
    const size = Math.ceil(entries.length / pages)
    for (let page = 0; page < pages; page++) {
      index.upsert(entries.slice(page * size, (page + 1) * size))
      const sofar = entries.slice(0, (page + 1) * size)
      const text = (sofar[page * 7]?.account.account_id ?? '').slice(0, 4)
      for (const query of [{ text: '' }, { text }, { text: 'ma', filters: { country: 'CO' } }]) {
        const expected = scan(sofar, query.text, query.filters)
        const found = index.search({ ...query, offset: 0, limit: 30 })
        expect({ page, ...query, total: found.total, ids: found.ids }).toEqual({
          page,
          ...query,
          total: expected.length,
          ids: expected.slice(0, 30)
        })
      }
    }
    expectSameAsScan(index, entries)
  })

  it('after most accounts were replaced and some removed (compaction)', () => {
    const index = createSearchIndex()
    index.upsert(entries)
    const changed = entries.map((entry, i) =>
      i % 3 === 0
        ? entry
        : {
            account: { ...entry.account, first_name: `Renamed${i}`, email: `n${i}@changed.example` },
            latestStatus: STATUSES[(i + 1) % 3]
          }
    )
    // In small batches, as a mirror delivers pages.
    for (let i = 0; i < changed.length; i += 100) index.upsert(changed.slice(i, i + 100))
    const removed = new Set(changed.filter((_, i) => i % 10 === 5).map((entry) => entry.account.account_id))
    index.remove(removed)
    const kept = changed.filter((entry) => !removed.has(entry.account.account_id))
    expect(index.size()).toBe(kept.length)
    expectSameAsScan(index, kept, [
      ...queriesFor(kept.map((entry) => entry.account)),
      { text: 'renamed1' },
      { text: 'changed.example' },
      { text: '', filters: { status: 'pending' } }
    ])
  })

  it('when restored from a snapshot taken mid-way (killed rows, tails, pending orders), and changed after', () => {
    const index = createSearchIndex()
    index.upsert(entries.slice(0, 5000))
    // One by one after the bulk: tails and unmerged sorted slots at the moment of the snapshot.
    for (const entry of entries.slice(5000, 5500)) index.upsert([entry])
    const renamed = entries
      .slice(0, 300)
      .map((entry, i) => ({ account: { ...entry.account, first_name: `Snap${i}` }, latestStatus: 'failure' }))
    index.upsert(renamed)
    const restored = restoreSearchIndex(index.snapshot())
    if (restored === undefined) throw new Error('the snapshot did not restore')
    const current = [...renamed, ...entries.slice(300, 5500)]
    expect(restored.size()).toBe(current.length)
    expectSameAsScan(restored, current, [...queriesFor(current.map((e) => e.account)), { text: 'snap1' }])
    // The restored index goes on like the one it came from: new accounts, replacements, removals.
    restored.upsert(entries.slice(5500))
    const removed = new Set(entries.slice(400, 450).map((entry) => entry.account.account_id))
    restored.remove(removed)
    const after = [...renamed, ...entries.slice(300)].filter((e) => !removed.has(e.account.account_id))
    expectSameAsScan(restored, after)
    // And its own snapshot restores to the same answers.
    expectSameAsScan(restoreSearchIndex(restored.snapshot())!, after)
  })
})
