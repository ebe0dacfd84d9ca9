// Encrypted at rest (DESIGN.md §4): the personal data the cache holds (names, document numbers,
// emails, phones) and even its JSON field names are nowhere in the file's bytes.
import { readFile, readdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { inflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { generateDataKey, openCache } from '../../src/main/cache/open-cache'
import { splitParts } from '../../src/main/cache/cache-file-format'
import { IV_BYTES } from '../../src/main/cache/sealed-part'
import { accountFor } from '../support/fixtures/accounts'
import { cacheFileInTemp, FETCHED_AT } from '../support/cache-helpers'

const ACCOUNTS = Array.from({ length: 40 }, (_, n) => accountFor(n))

const SECRETS = ACCOUNTS.flatMap((account) =>
  [account.first_name, account.last_name, account.document_number, account.email, account.phone_number].map(
    String
  )
)
const FIELD_NAMES = ['first_name', 'last_name', 'document_number', 'phone_number', 'account_id', 'accounts']

/** Every needle that occurs in `bytes`, searched as UTF-8 and, for accented names, as Latin-1. */
function found(bytes: Buffer, needles: string[]): string[] {
  return needles.filter((needle) =>
    [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'latin1')].some((encoded) => bytes.includes(encoded))
  )
}

/** The sealed parts of a format-2 file (src/main/cache/cache-file-format.ts). */
function partsOf(file: Buffer): Buffer[] {
  const split = splitParts(file)
  if (!split.ok) throw new Error(`not a cache file: ${split.reason}`)
  return split.parts
}

/** What `bytes` inflate to if they are raw DEFLATE data; ciphertext is not, and gives nothing. */
function inflatedOrEmpty(bytes: Buffer): Buffer {
  try {
    return inflateRawSync(bytes)
  } catch {
    return Buffer.alloc(0)
  }
}

describe('the cache file at rest', () => {
  it('holds no name, document number, email, phone or field name, in the file or in what its parts would inflate to', async () => {
    const file = await cacheFileInTemp()
    const key = generateDataKey()
    const { store } = await openCache({ file, dataKey: key })
    store.accounts.putMany(ACCOUNTS, FETCHED_AT)
    store.outbox.add({
      id: 'out-1',
      input: { first_name: 'Conceição', document_number: '99887766' },
      createdAt: FETCHED_AT,
      state: 'pending',
      attempts: 0
    })
    await store.flush()

    const bytes = await readFile(file)
    // The test data really contains accented names, so the search below means something.
    expect(SECRETS).toContain('Conceição')
    expect(found(bytes, [...SECRETS, ...FIELD_NAMES, 'Conceição', '99887766'])).toEqual([])
    // Compression alone would hide the names from the search above: what each part inflates to, if
    // it is merely compressed, must not hold them either.
    const parts = partsOf(bytes)
    expect(parts.length).toBeGreaterThanOrEqual(2)
    for (const part of parts) {
      expect(
        found(inflatedOrEmpty(part.subarray(IV_BYTES)), [...SECRETS, ...FIELD_NAMES, 'Conceição'])
      ).toEqual([])
    }
    // No temp file with the plaintext (or anything else) is left beside it.
    expect(await readdir(dirname(file))).toEqual(['cache.json'])
    await store.close()

    // And it is the data, encrypted: the same key reads every account back.
    const { store: again } = await openCache({ file, dataKey: key })
    for (const account of ACCOUNTS) expect(again.accounts.get(account.account_id)?.data).toEqual(account)
    await again.close()
  })

  it('uses a fresh IV for every write, so the same data never gives the same bytes', async () => {
    const file = await cacheFileInTemp()
    const { store } = await openCache({ file, dataKey: generateDataKey() })
    store.accounts.put(ACCOUNTS[0] as (typeof ACCOUNTS)[number], FETCHED_AT)
    await store.flush()
    const first = partsOf(await readFile(file))
    // The same account again: the content is identical, only the IVs differ.
    store.accounts.put(ACCOUNTS[0] as (typeof ACCOUNTS)[number], FETCHED_AT)
    await store.flush()
    const second = partsOf(await readFile(file))
    // The state part and the account's shard.
    expect(second).toHaveLength(2)
    second.forEach((part, i) => {
      const before = first[i] as Buffer
      expect(part.subarray(0, IV_BYTES).equals(before.subarray(0, IV_BYTES))).toBe(false)
      expect(part.subarray(IV_BYTES).equals(before.subarray(IV_BYTES))).toBe(false)
    })
    await store.close()
  })
})
