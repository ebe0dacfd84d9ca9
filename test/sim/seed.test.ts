// The seeded data: deterministic, realistic for the five countries, covering every status and type.
import { describe, expect, it } from 'vitest'
import { isValidPhoneNumber, parsePhoneNumber } from 'libphonenumber-js'
import {
  SEED_ANCHOR_MS,
  VALIDATION_TYPES,
  generateAccount,
  generateAccounts,
  generateHistory,
  indexOfAccountId
} from '../../tools/sim/seed'
import { PORTUGUESE_FIRST_NAMES, SPANISH_FIRST_NAMES } from '../../tools/sim/names'
import { RFC3339 } from '../support/sim-http'

const accounts = generateAccounts(400, 3)
const histories = accounts.map((account, i) => generateHistory(account, i, 3))

describe('seeded accounts', () => {
  it('are the same for the same seed and index, whatever the count', () => {
    expect(generateAccounts(5, 3)).toEqual(accounts.slice(0, 5))
    expect(generateAccount(123, 3)).toEqual(accounts[123])
    expect(generateAccount(123, 4)).not.toEqual(accounts[123])
    expect(generateHistory(accounts[9]!, 9, 3)).toEqual(histories[9])
  })

  it('have unique Truora-style or caller-chosen IDs that map back to their index', () => {
    const ids = accounts.map((a) => a.account_id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.filter((id) => /^ACC[0-9a-f]{32}$/.test(id)).length).toBeGreaterThan(250)
    expect(ids.filter((id) => !id.startsWith('ACC')).length).toBeGreaterThan(40)
    for (const id of ids) expect(id).toMatch(/^[a-zA-Z0-9_.-]+$/)
    ids.forEach((id, i) => expect(indexOfAccountId(id, 3, accounts.length)).toBe(i))
    expect(indexOfAccountId('ACC0123456789abcdef0123456789abcdef', 3, accounts.length)).toBeUndefined()
  })

  it('use accented Spanish names outside Brazil and Portuguese names in Brazil', () => {
    const named = accounts.filter((a) => a.first_name !== undefined)
    for (const account of named) {
      const list: readonly string[] = account.country === 'BR' ? PORTUGUESE_FIRST_NAMES : SPANISH_FIRST_NAMES
      expect(list).toContain(account.first_name)
    }
    expect(
      named.filter((a) => /[áéíóúâêôãõçñü]/i.test(`${a.first_name} ${a.last_name}`)).length
    ).toBeGreaterThan(150)
    expect(new Set(named.map((a) => a.country))).toEqual(new Set(['CO', 'MX', 'BR', 'PE', 'CL']))
  })

  it('have phones valid for their own country, ASCII e-mails and past dates', () => {
    for (const account of accounts) {
      if (account.phone_number) {
        expect(account.phone_number).toMatch(/^\+\d+$/)
        expect(isValidPhoneNumber(account.phone_number)).toBe(true)
        expect(parsePhoneNumber(account.phone_number).country).toBe(account.country)
      }
      if (account.email) expect(account.email).toMatch(/^[a-z0-9.]+@[a-z.]+$/)
      expect(account.creation_date).toMatch(RFC3339)
      const created = Date.parse(account.creation_date!)
      expect(created).toBeLessThanOrEqual(SEED_ANCHOR_MS)
      expect(created).toBeGreaterThan(SEED_ANCHOR_MS - 3.01 * 365 * 86400e3)
      if (account.document_issue_date) expect(account.document_issue_date < account.creation_date!).toBe(true)
    }
    expect(accounts.filter((a) => a.first_name === undefined).length).toBeGreaterThan(0)
  })

  it('write timestamps with seconds, milliseconds and nanoseconds', () => {
    const precisions = new Set(accounts.map((a) => /\.(\d+)Z$/.exec(a.creation_date!)?.[1]?.length ?? 0))
    expect(precisions).toEqual(new Set([0, 3, 6, 9]))
  })
})

describe('seeded histories', () => {
  const validations = histories.flatMap((h) => h.validations)
  const processes = histories.flatMap((h) => h.processes)

  it('give each account one to four validations and up to two processes', () => {
    for (const history of histories) {
      expect(history.validations.length).toBeGreaterThanOrEqual(1)
      expect(history.validations.length).toBeLessThanOrEqual(4)
      expect(history.processes.length).toBeLessThanOrEqual(2)
    }
    expect(histories.some((h) => h.processes.length === 0)).toBe(true)
  })

  it('cover every type, status, failure status and several declined reasons', () => {
    expect(new Set(validations.map((v) => v.type))).toEqual(new Set(VALIDATION_TYPES))
    expect(new Set(validations.map((v) => v.validation_status))).toEqual(
      new Set(['pending', 'success', 'failure'])
    )
    expect(new Set(validations.map((v) => v.failure_status))).toEqual(
      new Set([undefined, 'declined', 'expired', 'system_error'])
    )
    expect(new Set(validations.map((v) => v.declined_reason)).size).toBeGreaterThan(8)
    expect(new Set(processes.map((p) => p.status))).toEqual(new Set(['pending', 'success', 'failure']))
    expect(new Set(processes.map((p) => p.created_via))).toEqual(new Set(['web', 'whatsapp']))
    for (const v of validations) {
      expect(v.validation_id).toMatch(/^VLD[0-9a-f]{32}$/)
      if (v.declined_reason) expect(v.failure_status).toBe('declined')
    }
    for (const p of processes) {
      expect(p.process_id).toMatch(/^IDP[0-9a-f]{32}$/)
      expect(p.flow_id).toMatch(/^IPF[0-9a-f]{32}$/)
      expect(p.creation_date).toMatch(RFC3339)
    }
  })

  it('link process validations to their process and give media as 15-minute presigned links', () => {
    for (const process of processes) {
      for (const v of process.validations ?? []) expect(v.identity_process_id).toBe(process.process_id)
    }
    const media = validations.flatMap((v) => (v.user_response?.input_files as string[] | undefined) ?? [])
    expect(media.length).toBeGreaterThan(0)
    for (const link of media) expect(new URL(link).searchParams.get('X-Amz-Expires')).toBe('900')
  })
})
