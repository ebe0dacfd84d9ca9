// Where a search row matched, on the values as the row shows them: accents and case folded, a document
// number's dots and dashes skipped, a phone's national form found by its international digits.
import { describe, expect, it } from 'vitest'
import { hitMatch } from '../../src/main/search/hit-match'

const account = {
  account_id: 'crm-000123',
  first_name: 'José',
  last_name: 'García Núñez',
  email: 'jose.garcia@correo.co',
  document_number: '1.234.567-K',
  phone_number: '300 123 4567',
  country: 'CO'
}

describe('hitMatch', () => {
  it('finds a name without accents and marks it on the accented name', () => {
    expect(hitMatch(account, 'garcia nunez')).toEqual({
      field: 'name',
      ranges: [
        [5, 11],
        [12, 17]
      ]
    })
  })

  it('marks the digits of a document number across its separators', () => {
    expect(hitMatch(account, '234567')).toEqual({ field: 'document_number', ranges: [[2, 9]] })
  })

  it('finds a national phone by its country calling code and marks only what it shows', () => {
    expect(hitMatch(account, '+57 300 123')).toEqual({ field: 'phone_number', ranges: [[0, 7]] })
  })

  it('prefers the account ID, then the name, when several fields hold the query', () => {
    expect(hitMatch(account, 'crm-000')).toEqual({ field: 'account_id', ranges: [[0, 7]] })
    expect(hitMatch(account, 'jose')).toEqual({ field: 'name', ranges: [[0, 4]] })
  })

  it('says nothing for an empty query', () => {
    expect(hitMatch(account, '  ')).toBeUndefined()
  })
})
