// Encrypted at rest (DESIGN.md §4): the personal data the cache holds (names, document numbers,
// emails, phones) and even its JSON field names are in none of its files' bytes — manifest, accounts
// parts, history parts, index snapshot.
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { inflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { generateDataKey } from '../../src/main/cache/open-cache'
import { IV_BYTES } from '../../src/main/cache/sealed-part'
import { createSearchIndex } from '../../src/main/search/search-index'
import { accountFor } from '../support/fixtures/accounts'
import { cacheInTemp, FETCHED_AT, openAt, partFiles, type CacheAt } from '../support/cache-helpers'

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

/** What `bytes` inflate to if they are raw DEFLATE data; ciphertext is not, and gives nothing. */
function inflatedOrEmpty(bytes: Buffer): Buffer {
  try {
    return inflateRawSync(bytes)
  } catch {
    return Buffer.alloc(0)
  }
}

/** Every file of the cache: the manifest, then the parts. */
async function filesOf(at: CacheAt): Promise<Buffer[]> {
  const parts = await partFiles(at)
  return Promise.all([
    readFile(join(at.folder, 'manifest')),
    ...parts.map((name) => readFile(join(at.folder, 'parts', name)))
  ])
}

describe('the cache at rest', () => {
  it('holds no name, document number, email, phone or field name, in any file or in what it would inflate to', async () => {
    const at = await cacheInTemp()
    const key = generateDataKey()
    const { store } = await openAt(at, key)
    // An index snapshot too: it holds every account's folded names and numbers.
    const index = createSearchIndex()
    store.setIndexSnapshot(() => index.snapshot())
    index.upsert(ACCOUNTS.map((account) => ({ account })))
    store.accounts.putMany(ACCOUNTS, FETCHED_AT)
    store.validations.putForAccount(
      ACCOUNTS[0]!.account_id,
      [{ validation_id: 'VLD-1', account_id: ACCOUNTS[0]!.account_id, details: { name: 'Conceição' } }],
      FETCHED_AT
    )
    store.outbox.add({
      id: 'out-1',
      input: { first_name: 'Conceição', document_number: '99887766' },
      createdAt: FETCHED_AT,
      state: 'pending',
      attempts: 0
    })
    await store.flush()
    const files = await filesOf(at)
    // The test data really contains accented names, so the search below means something.
    expect(SECRETS).toContain('Conceição')
    // The manifest, one accounts part and one history part; the snapshot comes with the close below.
    expect(files).toHaveLength(3)
    await store.close()
    const all = await filesOf(at)
    expect((await partFiles(at)).some((name) => name.startsWith('index-'))).toBe(true)
    for (const bytes of all) {
      expect(found(bytes, [...SECRETS, ...FIELD_NAMES, 'Conceição', '99887766'])).toEqual([])
      // Compression alone would hide the names from the search above: what each file inflates to, if
      // it is merely compressed, must not hold them either.
      expect(
        found(inflatedOrEmpty(bytes.subarray(IV_BYTES)), [...SECRETS, ...FIELD_NAMES, 'Conceição'])
      ).toEqual([])
    }
    // No temp file with the plaintext (or anything else) is left beside them.
    expect(await readdir(at.folder)).toEqual(['manifest', 'parts'])

    // And it is the data, encrypted: the same key reads every account back.
    const { store: again } = await openAt(at, key)
    for (const account of ACCOUNTS)
      expect((await again.accounts.get(account.account_id))?.data).toEqual(account)
    await again.close()
  })

  it('uses a fresh IV for every write, so the same data never gives the same bytes', async () => {
    const at = await cacheInTemp()
    const { store } = await openAt(at, generateDataKey())
    const account = ACCOUNTS[0]!
    store.accounts.put(account, FETCHED_AT)
    await store.flush()
    const first = await filesOf(at)
    // Changed and changed back: the part's content is what it was, only the IVs differ.
    store.accounts.put({ ...account, email: 'otra@ejemplo.co' }, FETCHED_AT)
    await store.flush()
    store.accounts.put(account, FETCHED_AT)
    await store.flush()
    const third = await filesOf(at)
    // The manifest and the account's part.
    expect(third).toHaveLength(2)
    third.forEach((bytes, i) => {
      const before = first[i] as Buffer
      expect(bytes.subarray(0, IV_BYTES).equals(before.subarray(0, IV_BYTES))).toBe(false)
      expect(bytes.subarray(IV_BYTES).equals(before.subarray(IV_BYTES))).toBe(false)
    })
    await store.close()
  })
})
