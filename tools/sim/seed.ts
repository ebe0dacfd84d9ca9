// Seeded account data for the simulator and the benchmark. Account `i` of seed `s` depends only on
// (s, i), so 100 000 accounts are generated in one quick pass and any account's history can be
// regenerated on demand (see history.ts) without keeping it in memory.
import type { Account } from '@shared/domain/truora-records'
import { createRng, type Rng } from './prng'
import { SEED_ANCHOR_MS, clientIdFor, formatTimestamp, indexOfIndexedId, indexedId } from './ids'
import {
  EMAIL_DOMAINS,
  PORTUGUESE_FIRST_NAMES,
  PORTUGUESE_SURNAMES,
  SPANISH_FIRST_NAMES,
  SPANISH_SURNAMES,
  asciiSlug
} from './names'

export { generateHistory, VALIDATION_TYPES, type AccountHistory } from './history'
export { SEED_ANCHOR_MS } from './ids'

const YEAR_MS = 365.25 * 24 * 3600 * 1000

type SeedCountry = 'CO' | 'MX' | 'BR' | 'PE' | 'CL'

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

function cpf(rng: Rng): string {
  const digits = Array.from({ length: 9 }, () => rng.int(0, 9))
  for (const length of [9, 10]) {
    const sum = digits.reduce((acc, digit, i) => acc + digit * (length + 1 - i), 0)
    digits.push(((sum * 10) % 11) % 10)
  }
  return digits.join('')
}

function chileanRun(rng: Rng): string {
  const body = String(rng.int(5_000_000, 26_000_000))
  let sum = 0
  let factor = 2
  for (let i = body.length - 1; i >= 0; i--) {
    sum += Number(body[i]) * factor
    factor = factor === 7 ? 2 : factor + 1
  }
  const check = 11 - (sum % 11)
  return `${body}-${check === 11 ? '0' : check === 10 ? 'K' : String(check)}`
}

function letters(rng: Rng, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += String.fromCharCode(65 + rng.int(0, 25))
  return out
}

/** A document type and a number shaped like that country's real documents. */
function documentFor(country: SeedCountry, rng: Rng): { type: string; number: string } {
  const type = rng.weighted([
    ['national-id', 80],
    ['foreign-id', 8],
    ['identity-card', 6],
    ['passport', 6]
  ] as const)
  if (type === 'passport') return { type, number: `${letters(rng, 2)}${rng.digits(7)}` }
  switch (country) {
    case 'CO':
      return {
        type,
        number: type === 'foreign-id' ? rng.digits(7) : String(rng.int(10_000_000, 1_199_999_999))
      }
    case 'MX':
      return {
        type,
        number: `${letters(rng, 4)}${rng.digits(6)}${rng.pick(['H', 'M'])}${letters(rng, 5)}${rng.digits(2)}`
      }
    case 'BR':
      return { type, number: cpf(rng) }
    case 'PE':
      return { type, number: type === 'foreign-id' ? rng.digits(9) : rng.digits(8) }
    case 'CL':
      return { type, number: chileanRun(rng) }
  }
}

/** E.164 mobile numbers in ranges libphonenumber accepts for each country. */
function phoneFor(country: SeedCountry, rng: Rng): string {
  switch (country) {
    case 'CO':
      return `+573${rng.pick(['00', '01', '02', '04', '05', '10', '11', '12', '13', '15', '16', '17', '18', '20', '21', '50'])}${rng.digits(7)}`
    case 'MX':
      return `+52${rng.pick(['55', '33', '81'])}${rng.digits(8)}`
    case 'BR':
      return `+55${rng.pick(['11', '21', '31', '41', '51', '61', '71', '81', '85', '91'])}9${rng.digits(8)}`
    case 'PE':
      return `+519${rng.digits(8)}`
    case 'CL':
      return `+569${rng.int(3, 9)}${rng.digits(7)}`
  }
}

const CUSTOM_ID_PREFIXES = ['crm-', 'cliente.', 'user_', 'CUST-'] as const
const CUSTOM_ID = /^(?:crm-|cliente\.|user_|CUST-)(\d{6,})$/

/**
 * Most accounts carry a Truora-generated `ACC…` ID; about one in five uses the operator's own user ID
 * (TRUORA_API.md "Account API"), made unique, and findable, by the index it contains.
 */
function accountId(index: number, seed: number, rng: Rng): string {
  if (!rng.chance(0.2)) return indexedId('ACC', seed, index, rng)
  return `${rng.pick(CUSTOM_ID_PREFIXES)}${String(index).padStart(6, '0')}`
}

/** The index of the seeded account with this ID, or undefined when no seeded account has it. */
export function indexOfAccountId(id: string, seed: number, count: number): number | undefined {
  const custom = CUSTOM_ID.exec(id)?.[1]
  const index = custom === undefined ? indexOfIndexedId(id, seed) : Number(custom)
  if (index === undefined || index >= count) return undefined
  return generateAccount(index, seed).account_id === id ? index : undefined
}

/** Account `index` of `seed`: the same on every call, independent of how many are generated. */
export function generateAccount(index: number, seed: number): Account {
  const rng = createRng(seed, index, 'account')
  const id = accountId(index, seed, rng)
  const created = SEED_ANCHOR_MS - rng.next() * 3 * YEAR_MS
  const updated = Math.min(SEED_ANCHOR_MS, created + rng.next() * rng.pick([0, 3600e3, 30 * 86400e3]))
  const stamps = { creation_date: formatTimestamp(created, rng), update_date: formatTimestamp(updated, rng) }
  // Every field but the ID may be missing (TRUORA_API.md: "No parameters → empty account").
  if (rng.chance(0.04)) return { account_id: id, client_id: clientIdFor(seed), ...stamps }

  const country = rng.weighted([
    ['CO', 35],
    ['MX', 25],
    ['BR', 20],
    ['PE', 10],
    ['CL', 10]
  ] as const)
  const portuguese = country === 'BR'
  const firstName = rng.pick(portuguese ? PORTUGUESE_FIRST_NAMES : SPANISH_FIRST_NAMES)
  const surnames = portuguese ? PORTUGUESE_SURNAMES : SPANISH_SURNAMES
  const lastName = rng.chance(0.6) ? `${rng.pick(surnames)} ${rng.pick(surnames)}` : rng.pick(surnames)
  const doc = documentFor(country, rng)
  const account: Account = {
    account_id: id,
    client_id: clientIdFor(seed),
    first_name: firstName,
    last_name: lastName,
    country,
    document_type: doc.type,
    document_number: doc.number
  }
  if (rng.chance(0.6)) account.document_issue_date = isoDate(created - rng.int(2, 25) * YEAR_MS)
  if (rng.chance(0.85)) {
    const local = `${asciiSlug(firstName.split(' ')[0] ?? firstName)}.${asciiSlug(lastName.split(' ')[0] ?? lastName)}`
    account.email = `${local}${rng.chance(0.5) ? rng.int(1, 99) : ''}@${rng.pick(EMAIL_DOMAINS)}`
  }
  if (rng.chance(0.9)) account.phone_number = phoneFor(country, rng)
  if (rng.chance(0.05)) account.facebook_user = asciiSlug(`${firstName} ${lastName}`)
  if (rng.chance(0.05))
    account.twitter_user = `@${asciiSlug(firstName).replace(/\./g, '_')}${rng.int(1, 999)}`
  return { ...account, ...stamps }
}

export function generateAccounts(count: number, seed: number): Account[] {
  const accounts = new Array<Account>(count)
  for (let i = 0; i < count; i++) accounts[i] = generateAccount(i, seed)
  return accounts
}
