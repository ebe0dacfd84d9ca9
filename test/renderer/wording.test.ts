// House style of the catalogs, where a UI review found slips: the lock screen does not repeat its title
// as a sentence, the passphrase field's toggle says what it shows (as the key field's does), Spanish
// uses one verb for "add" and addresses the operator as usted throughout.
import { describe, expect, it } from 'vitest'
import en from '@renderer/i18n/en'
import es from '@renderer/i18n/es'
import ptBR from '@renderer/i18n/pt-BR'
import { createAppI18n } from '@renderer/i18n'

const LOCALES = { en, es, 'pt-BR': ptBR } as const

/** Every message of a catalog with its key, except the ones a locale writes to someone else. */
function messages(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]]
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    messages(value, prefix ? `${prefix}.${key}` : key)
  )
}

describe.each(Object.entries(LOCALES))('wording (%s)', (locale, catalog) => {
  it('the lock screen does not say its title again as the first sentence below it', () => {
    const heading = catalog.lock.heading
    for (const [key, reason] of Object.entries(catalog.lock.reason))
      expect(reason.startsWith(`${heading}.`), key).toBe(false)
  })

  it('the passphrase toggle names what it shows, like the key field’s', () => {
    const word = { en: /passphrase/i, es: /frase/i, 'pt-BR': /frase-senha/i }[locale]!
    expect(catalog.passphrase.show).toMatch(word)
    expect(catalog.passphrase.hide).toMatch(word)
  })
})

describe('English', () => {
  it('names whose passphrase is asked for with a possessive', () => {
    const i18n = createAppI18n('en')
    expect(i18n.global.t('lock.passphraseFor', { name: 'Ana Field' })).toBe('Ana Field’s passphrase')
  })
})

describe('Spanish', () => {
  // The WhatsApp greeting is written to the person being verified, not to the operator.
  const operatorFacing = messages(es).filter(([key]) => !key.endsWith('.whatsappMessage'))

  it('adds with one verb, "agregar"', () => {
    expect(operatorFacing.filter(([, text]) => /(^|[\s¿¡(])añad/i.test(text))).toEqual([])
  })

  it('addresses the operator as usted, never tú', () => {
    expect(operatorFacing.filter(([, text]) => /\b(tu|tus)\b|pégalo|envía a soporte/i.test(text))).toEqual([])
  })
})
