import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '@shared/result'
import { KEYCHAIN_PROBLEMS } from '@shared/domain/operators'
import en from '@renderer/i18n/en'
import es from '@renderer/i18n/es'
import ptBR from '@renderer/i18n/pt-BR'
import { detectLocale } from '@renderer/i18n'
// The schemas' own source text, so the keys are read from the rules themselves.
import schemaSource from '@shared/schemas.ts?raw'
import onsiteSource from '@shared/onsite.ts?raw'

const LOCALES = { en, es, 'pt-BR': ptBR } as const

function lookup(messages: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages)
}

function leafKeys(messages: unknown, prefix = ''): string[] {
  return Object.entries(messages as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leafKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`]
  )
}

describe('translations', () => {
  // The schemas' issue messages are i18n keys; read them from the source so a new rule cannot ship untranslated.
  const validationKeys = [
    ...new Set(
      [...`${schemaSource}${onsiteSource}`.matchAll(/'(validation\.[A-Za-z]+)'/g)].map((match) => match[1]!)
    )
  ]

  it('finds the validation keys the shared schemas use', () => {
    expect(validationKeys).toEqual(
      expect.arrayContaining(['validation.required', 'validation.phone', 'validation.email'])
    )
  })

  for (const [locale, messages] of Object.entries(LOCALES)) {
    it(`${locale}: has a message for every validation key of the shared schemas`, () => {
      const missing = validationKeys.filter((key) => typeof lookup(messages, key) !== 'string')
      expect(missing).toEqual([])
    })

    it(`${locale}: has a message for every error code of the contract`, () => {
      const missing = ERROR_CODES.filter((code) => typeof lookup(messages, `errors.${code}`) !== 'string')
      expect(missing).toEqual([])
    })

    it(`${locale}: has a message for every keychain problem and for a disk that refused a write`, () => {
      const keys = [...KEYCHAIN_PROBLEMS.map((reason) => `errors.keychain.${reason}`), 'errors.disk']
      expect(keys.filter((key) => typeof lookup(messages, key) !== 'string')).toEqual([])
    })

    it(`${locale}: has exactly the keys of the English messages, none empty`, () => {
      expect(leafKeys(messages).sort()).toEqual(leafKeys(en).sort())
      expect(leafKeys(messages).filter((key) => String(lookup(messages, key)).trim() === '')).toEqual([])
    })
  }

  it('picks the UI language from the browser language, English otherwise', () => {
    expect(detectLocale('es-CO')).toBe('es')
    expect(detectLocale('es')).toBe('es')
    expect(detectLocale('pt-BR')).toBe('pt-BR')
    expect(detectLocale('pt-PT')).toBe('pt-BR')
    expect(detectLocale('en-GB')).toBe('en')
    expect(detectLocale('fr-FR')).toBe('en')
    expect(detectLocale(undefined)).toBe('en')
  })
})
