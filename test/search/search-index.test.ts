import { describe, expect, it } from 'vitest'
import type { SearchFilters } from '@shared/domain/search'
import { createSearchIndex } from '../../src/main/search/search-index'
import type { SearchIndex } from '../../src/main/search/types'
import { FIXTURES } from '../support/search-fixtures'

function indexOf(entries = FIXTURES): SearchIndex {
  const index = createSearchIndex()
  index.upsert(entries)
  return index
}

function ids(index: SearchIndex, text: string, filters?: SearchFilters): string[] {
  const page = index.search({ text, offset: 0, limit: 100, ...(filters ? { filters } : {}) })
  expect(page.ids.length).toBe(page.total)
  return page.ids
}

const NEWEST_FIRST = ['ACC123', 'ACC12', 'ACC9', 'crm-000777', 'CUST-9', 'user_42']

describe('text matching', () => {
  const index = indexOf()

  it('ignores accents and case on both sides', () => {
    expect(ids(index, 'jose garcia')).toEqual(['ACC12', 'user_42'])
    expect(ids(index, 'JOSÉ GARCÍA')).toEqual(['ACC12', 'user_42'])
    expect(ids(index, 'conceicao')).toEqual(['ACC123'])
    expect(ids(index, 'Conceição')).toEqual(['ACC123'])
    expect(ids(index, 'FERNANDEZ')).toEqual(['crm-000777'])
    expect(ids(index, 'gonçalves')).toEqual(['ACC9'])
    expect(ids(index, 'lucia')).toEqual(['ACC9'])
  })

  it('matches parts of names, and every word somewhere', () => {
    expect(ids(index, 'arc')).toEqual(['ACC12', 'user_42'])
    expect(ids(index, 'marq')).toEqual(['ACC12'])
    expect(ids(index, 'ã')).toEqual(ids(index, 'a'))
    expect(ids(index, 'jose marquez')).toEqual(['ACC12'])
    expect(ids(index, 'marquez jose')).toEqual(['ACC12'])
    expect(ids(index, 'jose fernandez')).toEqual([])
    expect(ids(index, 'zzz')).toEqual([])
  })

  it('does not match across two fields', () => {
    // "garcia" ends the name and "jose" starts the email: no word spans them.
    expect(ids(index, 'marquezjose')).toEqual([])
    expect(ids(index, 'ana lucia')).toEqual(['ACC9'])
    expect(ids(index, 'analucia')).toEqual([])
  })

  it('finds emails, whole or in part', () => {
    expect(ids(index, 'jose.garcia@example.com')).toEqual(['ACC12'])
    expect(ids(index, 'correo.br')).toEqual(['ACC123'])
    expect(ids(index, '@gmail')).toEqual(['crm-000777'])
  })

  it('finds document numbers in part, with or without their punctuation', () => {
    expect(ids(index, '1.020.304')).toEqual(['ACC12'])
    expect(ids(index, '304050')).toEqual(['ACC12'])
    expect(ids(index, '5678-9')).toEqual(['ACC9'])
    expect(ids(index, '56789')).toEqual(['ACC9'])
    expect(ids(index, 'ab765')).toEqual(['crm-000777'])
    expect(ids(index, 'AB 7654')).toEqual(['crm-000777'])
    expect(ids(index, '52998224725')).toEqual(['ACC123'])
  })

  it('finds phones by their digits however they are grouped', () => {
    expect(ids(index, '300 123')).toEqual(['ACC12', 'crm-000777'])
    expect(ids(index, '+57 300-123')).toEqual(['ACC12'])
    // A document number and a phone share the same digits rule.
    expect(ids(index, '4567')).toEqual(['ACC12', 'ACC9'])
    expect(ids(index, '(300) 123-4567')).toEqual(['ACC12'])
    expect(ids(index, '+55 11 98765')).toEqual(['ACC123'])
    // Stored nationally on a MX account: found with MX's calling code, not with another one.
    expect(ids(index, '+52 300 123 9999')).toEqual(['crm-000777'])
    expect(ids(index, '+57 300 123 9999')).toEqual([])
  })

  it('matches characters outside the index alphabet by reading the text', () => {
    const other = indexOf([
      { account: { account_id: 'A1', first_name: "Zoë O'Neil", last_name: 'Søren' } },
      { account: { account_id: 'A2', first_name: 'Zoe', last_name: 'Oneil Soren' } }
    ])
    expect(ids(other, "o'neil")).toEqual(['A1'])
    expect(ids(other, "o'n")).toEqual(['A1'])
    expect(ids(other, "'")).toEqual(['A1'])
    expect(ids(other, 'zoe')).toEqual(['A1', 'A2'])
    // NFD does not take ø apart: it stays a letter of its own.
    expect(ids(other, 'SØREN')).toEqual(['A1'])
    expect(ids(other, 'øre')).toEqual(['A1'])
    expect(ids(other, 'soren')).toEqual(['A2'])
  })

  it('reads numbers given as numbers and skips fields of other types', () => {
    expect(ids(index, '42')).toEqual(['CUST-9', 'user_42'])
    expect(ids(index, 'null')).toEqual([])
  })
})

describe('ranking', () => {
  const index = indexOf()

  it('puts the exact ID first, then ID prefixes, then other matches', () => {
    expect(ids(index, 'ACC12')).toEqual(['ACC12', 'ACC123', 'crm-000777'])
    expect(ids(index, 'acc12')).toEqual(['ACC12', 'ACC123', 'crm-000777'])
    expect(ids(index, 'ACC123')).toEqual(['ACC123'])
    expect(ids(index, 'ACC')).toEqual(['ACC123', 'ACC12', 'ACC9', 'crm-000777'])
    expect(ids(index, 'ACC9')).toEqual(['ACC9'])
  })

  it('ranks an exact ID first whatever its date', () => {
    const older = indexOf([
      ...FIXTURES,
      { account: { account_id: 'ACC1', creation_date: '2001-01-01T00:00:00Z' } },
      { account: { account_id: 'x', email: 'acc1@new.example', creation_date: '2030-01-01T00:00:00Z' } }
    ])
    expect(ids(older, 'acc1')).toEqual(['ACC1', 'ACC123', 'ACC12', 'x', 'crm-000777'])
  })

  it('lists everything newest first for an empty query, undated accounts last', () => {
    expect(ids(index, '')).toEqual(NEWEST_FIRST)
    expect(ids(index, '   ')).toEqual(NEWEST_FIRST)
  })

  it('orders accounts created at the same instant by ID', () => {
    const same = indexOf(
      ['b', 'c', 'a'].map((id) => ({
        account: { account_id: id, first_name: 'Same', creation_date: '2024-01-01T00:00:00Z' }
      }))
    )
    expect(ids(same, 'same')).toEqual(['a', 'b', 'c'])
    expect(ids(same, '')).toEqual(['a', 'b', 'c'])
  })
})

describe('filters', () => {
  const index = indexOf()

  it('filters by country, case-insensitively', () => {
    expect(ids(index, '', { country: 'BR' })).toEqual(['ACC123', 'ACC9'])
    expect(ids(index, '', { country: 'co' })).toEqual(['ACC12', 'user_42'])
    expect(ids(index, '', { country: 'PE' })).toEqual(['CUST-9'])
    expect(ids(index, '', { country: 'AR' })).toEqual([])
  })

  it('filters by document type', () => {
    expect(ids(index, '', { documentType: 'national-id' })).toEqual(['ACC123', 'ACC12'])
    expect(ids(index, '', { documentType: 'passport' })).toEqual(['crm-000777'])
    expect(ids(index, '', { documentType: 'foreign-id' })).toEqual([])
  })

  it('filters by latest status', () => {
    expect(ids(index, '', { status: 'success' })).toEqual(['ACC12', 'ACC9'])
    expect(ids(index, '', { status: 'pending' })).toEqual(['ACC123'])
    expect(ids(index, '', { status: 'failure' })).toEqual(['crm-000777'])
  })

  it('filters by creation date with both bounds inclusive, in UTC', () => {
    expect(ids(index, '', { createdFrom: '2024-05-22' })).toEqual(['ACC123', 'ACC12'])
    expect(ids(index, '', { createdFrom: '2024-05-23' })).toEqual(['ACC123'])
    expect(ids(index, '', { createdTo: '2024-05-22' })).toEqual(['ACC12', 'ACC9', 'crm-000777', 'CUST-9'])
    expect(ids(index, '', { createdFrom: '2023-01-31', createdTo: '2023-01-31' })).toEqual(['crm-000777'])
    expect(ids(index, '', { createdFrom: '2023-02-01', createdTo: '2023-02-01' })).toEqual(['ACC9'])
    expect(ids(index, '', { createdTo: '2022-12-31' })).toEqual(['CUST-9'])
    expect(ids(index, '', { createdFrom: '2024-05-24' })).toEqual([])
    expect(ids(index, '', { createdFrom: '2024-05-23', createdTo: '2024-05-22' })).toEqual([])
  })

  it('combines filters with each other and with text', () => {
    expect(ids(index, '', { country: 'BR', status: 'success' })).toEqual(['ACC9'])
    expect(ids(index, '', { country: 'BR', documentType: 'national-id', createdFrom: '2024-01-01' })).toEqual(
      ['ACC123']
    )
    expect(ids(index, 'jose', { country: 'CO' })).toEqual(['ACC12', 'user_42'])
    expect(ids(index, 'jose', { country: 'CO', status: 'success' })).toEqual(['ACC12'])
    expect(ids(index, 'acc12', { country: 'MX' })).toEqual(['crm-000777'])
    expect(ids(index, 'acc12', { status: 'pending' })).toEqual(['ACC123'])
    expect(ids(index, 'jose', { country: 'BR' })).toEqual([])
  })
})

describe('paging', () => {
  it('gives consistent totals and pages without duplicates or gaps', () => {
    const accounts = Array.from({ length: 250 }, (_, i) => ({
      account: {
        account_id: `ACC${String(i).padStart(4, '0')}`,
        first_name: i % 2 === 0 ? 'Paula' : 'Pablo',
        creation_date: new Date(Date.UTC(2024, 0, 1) + (i % 97) * 86_400_000).toISOString()
      }
    }))
    const index = indexOf(accounts)
    for (const text of ['', 'pa', 'paula', 'acc00', 'acc0012']) {
      const all = index.search({ text, offset: 0, limit: 1000 })
      const seen: string[] = []
      for (let offset = 0; offset < all.total + 20; offset += 7) {
        const page = index.search({ text, offset, limit: 7 })
        expect(page.total).toBe(all.total)
        expect(page.ids.length).toBe(Math.max(0, Math.min(7, all.total - offset)))
        seen.push(...page.ids)
      }
      expect(seen).toEqual(all.ids)
      expect(new Set(seen).size).toBe(seen.length)
    }
    expect(index.search({ text: 'paula', offset: 0, limit: 1 }).total).toBe(125)
    expect(index.search({ text: 'acc00', offset: 0, limit: 1 }).total).toBe(100)
    expect(index.search({ text: '', offset: 0, limit: 0 })).toEqual({ ids: [], total: 250 })
  })
})

describe('keeping up with the cache', () => {
  it('replaces an account on upsert, leaving no stale hits', () => {
    const index = indexOf()
    index.upsert([
      {
        account: { ...FIXTURES[0]!.account, first_name: 'Pedro', email: 'pedro@example.com', country: 'PE' },
        latestStatus: 'failure'
      }
    ])
    expect(index.size()).toBe(FIXTURES.length)
    expect(ids(index, 'jose')).toEqual(['user_42'])
    expect(ids(index, 'pedro garcia')).toEqual(['ACC12'])
    expect(ids(index, 'jose.garcia@')).toEqual([])
    expect(ids(index, '', { country: 'CO' })).toEqual(['user_42'])
    expect(ids(index, '', { country: 'PE' })).toEqual(['ACC12', 'CUST-9'])
    expect(ids(index, '', { status: 'success' })).toEqual(['ACC9'])
    expect(ids(index, 'acc12')).toEqual(['ACC12', 'ACC123', 'crm-000777'])
  })

  it('follows a new status or creation date of an unchanged account', () => {
    const index = indexOf()
    index.upsert([{ account: FIXTURES[2]!.account, latestStatus: 'success' }])
    expect(ids(index, '', { status: 'success' })).toEqual(['ACC12', 'ACC9', 'crm-000777'])
    expect(ids(index, '', { status: 'failure' })).toEqual([])
    index.upsert([{ account: { ...FIXTURES[2]!.account, creation_date: '2025-01-01T00:00:00Z' } }])
    expect(ids(index, '')[0]).toBe('crm-000777')
    expect(ids(index, '', { status: 'success' })).toEqual(['ACC12', 'ACC9'])
  })

  it('keeps the last of several versions given in one batch', () => {
    const index = createSearchIndex()
    index.upsert([
      { account: { account_id: 'A1', first_name: 'First' } },
      { account: { account_id: 'A1', first_name: 'Second' } }
    ])
    expect(index.size()).toBe(1)
    expect(ids(index, 'first')).toEqual([])
    expect(ids(index, 'second')).toEqual(['A1'])
  })

  it('removes accounts', () => {
    const index = indexOf()
    index.remove(['ACC12', 'unknown-id'])
    expect(index.size()).toBe(FIXTURES.length - 1)
    expect(ids(index, 'acc12')).toEqual(['ACC123', 'crm-000777'])
    expect(ids(index, 'jose')).toEqual(['user_42'])
    expect(ids(index, '')).toEqual(NEWEST_FIRST.filter((id) => id !== 'ACC12'))
    index.upsert([FIXTURES[0]!])
    expect(ids(index, 'acc12')).toEqual(['ACC12', 'ACC123', 'crm-000777'])
  })

  it('clears everything and takes accounts again afterwards', () => {
    const index = indexOf()
    index.clear()
    expect(index.size()).toBe(0)
    expect(index.search({ text: '', offset: 0, limit: 10 })).toEqual({ ids: [], total: 0 })
    expect(index.search({ text: 'jose', offset: 0, limit: 10 })).toEqual({ ids: [], total: 0 })
    index.upsert(FIXTURES.slice(0, 2))
    expect(ids(index, 'jose')).toEqual(['ACC12'])
    expect(ids(index, '', { country: 'BR' })).toEqual(['ACC123'])
  })

  it('skips entries without a usable account ID', () => {
    const index = createSearchIndex()
    index.upsert([{ account: { account_id: '' } }, { account: { account_id: 7 as unknown as string } }])
    expect(index.size()).toBe(0)
  })
})
