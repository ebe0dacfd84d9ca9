// Words, not codes (an operator reads their language, not Truora's enums): every code the simulator's Truora sends has a message in es, pt-BR
// and en; a new code still reads as words; document types by country; sizes with plurals.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { Account, IdentityProcess, Validation } from '@shared/domain/truora-records'
import en from '@renderer/i18n/en'
import es from '@renderer/i18n/es'
import ptBR from '@renderer/i18n/pt-BR'
import { createAppI18n, type Locale } from '@renderer/i18n'
import { codeKey, humanizeCode, type CodeGroup } from '@renderer/lib/code-labels'
import { countryDocumentName } from '@renderer/lib/document-types'
import { formatBytes } from '@renderer/lib/format'
import CodeLabel from '@renderer/components/CodeLabel.vue'
import StatusChip from '@renderer/components/StatusChip.vue'

const LOCALES = { en, es, 'pt-BR': ptBR } as const

function lookup(messages: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages)
}

// The simulator's generator is node-side code outside this project's files: loaded by path at run
// time (as real-backend.ts loads the fixture), typed here by what the test reads.
const SIM_SEED = '../../tools/sim/seed.ts'
interface SimSeed {
  generateAccounts(count: number, seed: number): Account[]
  generateHistory(
    account: Account,
    index: number,
    seed: number
  ): { validations: Validation[]; processes: IdentityProcess[] }
}

/** Every code the simulator's seeded histories use, by group. */
async function seededCodes(): Promise<Record<CodeGroup, Set<string>>> {
  const { generateAccounts, generateHistory } = (await import(/* @vite-ignore */ SIM_SEED)) as SimSeed
  const codes: Record<CodeGroup, Set<string>> = {
    validationTypes: new Set(),
    failureStatuses: new Set(),
    declinedReasons: new Set(),
    channels: new Set()
  }
  generateAccounts(600, 1).forEach((account, index) => {
    const history = generateHistory(account, index, 1)
    for (const record of [...history.validations, ...history.processes]) {
      if (typeof record.type === 'string') codes.validationTypes.add(record.type)
      if (record.failure_status) codes.failureStatuses.add(record.failure_status)
      if (record.declined_reason) codes.declinedReasons.add(record.declined_reason)
      if (typeof record.created_via === 'string') codes.channels.add(record.created_via)
    }
  })
  return codes
}

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

describe('Truora codes in words', () => {
  let codes: Record<CodeGroup, Set<string>>
  beforeAll(async () => {
    codes = await seededCodes()
  })

  it('meets every kind of code in the seeded data', () => {
    expect(codes.validationTypes.size).toBeGreaterThanOrEqual(5)
    expect(codes.declinedReasons).toContain('geolocation_denied')
    expect(codes.failureStatuses).toContain('expired')
    expect(codes.channels).toContain('whatsapp')
  })

  for (const [locale, messages] of Object.entries(LOCALES)) {
    it(`${locale}: has words for every code the simulator sends`, () => {
      const missing = Object.entries(codes).flatMap(([group, values]) =>
        [...values]
          .map((code) => codeKey(group as CodeGroup, code))
          .filter((key) => typeof lookup(messages, key) !== 'string')
      )
      expect(missing).toEqual([])
    })
  }

  it('shows the words with the raw code on hover, in each language', () => {
    const label = (locale: Locale, group: CodeGroup, code: string) => {
      wrapper?.unmount()
      wrapper = mount(CodeLabel, {
        props: { group, code },
        global: { plugins: [createAppI18n(locale)] }
      })
      return { text: wrapper.text(), title: wrapper.attributes('title') }
    }
    expect(label('es', 'declinedReasons', 'geolocation_denied')).toEqual({
      text: 'Se negó el permiso de ubicación',
      title: 'geolocation_denied'
    })
    expect(label('pt-BR', 'validationTypes', 'face-recognition').text).toBe('Reconhecimento facial')
    expect(label('en', 'failureStatuses', 'expired').text).toBe('Expired before the person finished')
    // A code Truora adds later is still words, never the raw snake_case.
    expect(label('es', 'declinedReasons', 'new_reason_from_truora')).toEqual({
      text: 'New reason from truora',
      title: 'new_reason_from_truora'
    })
  })

  it('turns any code into a readable phrase', () => {
    expect(humanizeCode('phone-verification')).toBe('Phone verification')
    expect(humanizeCode('  similarity__threshold ')).toBe('Similarity threshold')
  })

  it('names a status Truora has not used before in words, and keeps the raw value on hover', () => {
    wrapper = mount(StatusChip, {
      props: { status: 'manual_review' },
      global: { plugins: [createAppI18n('es')] }
    })
    expect(wrapper.text()).toBe('Manual review')
    expect(wrapper.attributes('title')).toBe('manual_review')
    wrapper.unmount()
    wrapper = mount(StatusChip, {
      props: { status: 'failure', raw: 'FAILURE' },
      global: { plugins: [createAppI18n('pt-BR')] }
    })
    expect(wrapper.text()).toBe(ptBR.status.failure)
    expect(wrapper.attributes('title')).toBe('FAILURE')
  })
})

describe('document types as each country names them', () => {
  it('uses the country’s own name, and no Colombian name for a Brazilian document', () => {
    expect(countryDocumentName('CO', 'national-id')).toBe('Cédula de ciudadanía')
    expect(countryDocumentName('BR', 'national-id')).toBe('RG / CPF')
    expect(countryDocumentName('MX', 'national-id')).toBe('INE / IFE')
    expect(countryDocumentName('PE', 'national-id')).toBe('DNI')
    expect(countryDocumentName('cl', 'national-id')).toBe('Cédula de identidad (RUN)')
    expect(countryDocumentName('BR', 'passport')).toBeUndefined()
    expect(countryDocumentName('FR', 'national-id')).toBeUndefined()
    expect(countryDocumentName(undefined, 'national-id')).toBeUndefined()
  })

  it('has a generic name in each language that is no country’s own', () => {
    for (const messages of Object.values(LOCALES))
      expect(messages.documentTypes['national-id']).not.toBe('Cédula de ciudadanía')
  })
})

describe('sizes', () => {
  it('says bytes with their plural in every language', () => {
    expect(formatBytes(133, 'en')).toBe('133 bytes')
    expect(formatBytes(1, 'en')).toBe('1 byte')
    expect(formatBytes(133, 'es')).toBe('133 bytes')
    expect(formatBytes(1, 'pt-BR')).toBe('1 byte')
    expect(formatBytes(2200, 'es')).toBe('2,1 kB')
  })
})
