// The one place that decides what a creation attempt means (src/main/accounts/creation-outcome.ts):
// whether an account found at Truora is this creation, and what follows each kind of failure.
import { describe, expect, it } from 'vitest'
import type { Account } from '@shared/domain/truora-records'
import { appError, fail, ok } from '@shared/result'
import { decideCreation, isOurCreation, postFailure } from '../../src/main/accounts/creation-outcome'

const queued = {
  account_id: 'crm-000123',
  first_name: 'María José',
  last_name: 'Fernández Gómez',
  email: 'maria.fernandez@example.co',
  country: 'CO',
  document_type: 'national-id' as const,
  document_number: '1020304050',
  document_issue_date: '2015-03-01',
  phone_number: '3001234567'
}
const echoed: Account = {
  ...queued,
  client_id: 'TCI0123456789abcdef0123456789abcd',
  creation_date: '2026-11-26T12:00:01.123456789Z',
  update_date: '2026-11-26T12:00:01.123456789Z'
}

describe('isOurCreation', () => {
  it('is ours when Truora echoes the form and adds fields of its own', () => {
    expect(isOurCreation(queued, echoed)).toBe(true)
    expect(isOurCreation(queued, { ...echoed, some_new_field: { nested: true } })).toBe(true)
  })

  it('does not count case, accents, spacing, punctuation, phone format or date precision', () => {
    const reformatted: Account = {
      ...echoed,
      first_name: 'MARIA  JOSE',
      last_name: ' fernandez gomez ',
      email: 'Maria.Fernandez@Example.CO',
      country: 'co',
      document_number: '1.020.304.050',
      document_issue_date: '2015-03-01T00:00:00Z',
      phone_number: '+57 300 123 4567'
    }
    expect(isOurCreation(queued, reformatted)).toBe(true)
  })

  it('tolerates a field Truora leaves out of its answer', () => {
    const { phone_number: _phone, email: _email, ...withoutSome } = echoed
    expect(isOurCreation(queued, withoutSome)).toBe(true)
  })

  it('is somebody else’s when a field differs, or holds a person field we did not send', () => {
    expect(isOurCreation(queued, { ...echoed, first_name: 'María Josefa' })).toBe(false)
    expect(isOurCreation(queued, { ...echoed, phone_number: '+573001234568' })).toBe(false)
    expect(isOurCreation(queued, { ...echoed, document_number: '1020304051' })).toBe(false)
    expect(isOurCreation(queued, { ...echoed, twitter_user: 'someone' })).toBe(false)
    expect(isOurCreation({ account_id: 'crm-1' }, { account_id: 'crm-1', first_name: 'Ana' })).toBe(false)
    expect(isOurCreation(queued, { ...echoed, account_id: 'crm-000124' })).toBe(false)
  })
})

describe('decideCreation', () => {
  const conflict = fail<Account>('conflict', 'exists', { accountId: queued.account_id, account: echoed })

  it('records a created account', () => {
    expect(decideCreation(ok(echoed), queued, false)).toEqual({ kind: 'created', account: echoed })
  })

  it('takes an existing account with our data as ours only when an attempt of ours may have arrived', () => {
    expect(decideCreation(conflict, queued, true)).toEqual({ kind: 'created', account: echoed })
    expect(decideCreation(conflict, queued, false)).toMatchObject({
      kind: 'rejected',
      error: { code: 'conflict' }
    })
    const other = fail<Account>('conflict', 'exists', { account: { ...echoed, first_name: 'Otra' } })
    expect(decideCreation(other, queued, true)).toMatchObject({ kind: 'rejected', uncertain: true })
  })

  it('hands a creation without an ID that may have arrived to the operator, and retries one with an ID', () => {
    const lost = fail<Account>('timeout', 'lost', { sent: 'maybe', outcome: 'unknown' })
    const { account_id: _id, ...withoutId } = queued
    expect(decideCreation(lost, withoutId, false)).toMatchObject({ kind: 'ask_operator' })
    expect(decideCreation(lost, queued, false)).toMatchObject({ kind: 'retry_later', uncertain: true })
  })

  it('retries what never left, and reports Truora’s no as rejected', () => {
    const refused = fail<Account>('offline', 'down', { sent: 'no', outcome: 'not_sent' })
    expect(decideCreation(refused, queued, false)).toMatchObject({ kind: 'retry_later', uncertain: false })
    const invalid = fail<Account>('invalid_input', 'bad', { status: 400, outcome: 'not_created' })
    expect(decideCreation(invalid, queued, false)).toMatchObject({ kind: 'rejected', uncertain: false })
  })
})

describe('postFailure', () => {
  it('tells what a failed POST means from how far the exchange got', () => {
    expect(postFailure(appError('offline', 'refused', { sent: 'no' }))).toBe('not_sent')
    expect(postFailure(appError('offline', 'reset', { sent: 'maybe' }))).toBe('unknown')
    expect(postFailure(appError('timeout', 'slow', { sent: 'maybe' }))).toBe('unknown')
    expect(postFailure(appError('server', '502', { status: 502 }))).toBe('unknown')
    expect(postFailure(appError('bad_response', 'unreadable 200', { status: 200 }))).toBe('unknown')
    expect(postFailure(appError('invalid_input', '400', { status: 400 }))).toBe('not_created')
  })
})
