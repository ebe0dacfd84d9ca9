// Hand-written accounts for exact assertions: accents, IDs that prefix each other, documents with
// punctuation, phones stored as E.164 and nationally, and fields missing or of the wrong type.
import type { IndexedAccount } from '../../src/main/search/types'

export const FIXTURES: IndexedAccount[] = [
  {
    account: {
      account_id: 'ACC12',
      first_name: 'José',
      last_name: 'García Márquez',
      email: 'jose.garcia@example.com',
      country: 'CO',
      document_type: 'national-id',
      document_number: '1.020.304.050',
      phone_number: '+573001234567',
      creation_date: '2024-05-22T23:31:12.952650107Z'
    },
    latestStatus: 'success'
  },
  {
    account: {
      account_id: 'ACC123',
      first_name: 'João',
      last_name: 'Conceição',
      email: 'joao.conceicao@correo.br',
      country: 'BR',
      document_type: 'national-id',
      document_number: '52998224725',
      phone_number: '+5511987654321',
      creation_date: '2024-05-23T00:00:00Z'
    },
    latestStatus: 'pending'
  },
  {
    account: {
      account_id: 'crm-000777',
      first_name: 'Maria',
      last_name: 'Fernández',
      // The ID of another account inside this one's email: a partial match, ranked after ID matches.
      email: 'acc12.fan@gmail.com',
      country: 'MX',
      document_type: 'passport',
      document_number: 'AB7654321',
      phone_number: '3001239999',
      creation_date: '2023-01-31T23:59:59Z'
    },
    latestStatus: 'failure'
  },
  {
    account: {
      account_id: 'ACC9',
      first_name: 'Ana Lúcia',
      last_name: 'Gonçalves',
      country: 'BR',
      document_type: 'identity-card',
      document_number: '12.345.678-9',
      creation_date: '2023-02-01T00:00:00.000Z'
    },
    latestStatus: 'success'
  },
  {
    // No creation date: listed after every dated account.
    account: { account_id: 'user_42', first_name: 'Jose', last_name: 'Garcia', country: 'CO' }
  },
  {
    // Truora may send fields with other types (TRUORA_API.md "accept unknown fields").
    account: {
      account_id: 'CUST-9',
      first_name: 42 as unknown as string,
      email: null as unknown as string,
      country: 'pe',
      creation_date: '2022-12-31T23:59:59.999Z'
    }
  }
]
