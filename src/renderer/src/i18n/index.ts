// vue-i18n set-up: every string the operator reads goes through it, in es, pt-BR and en (DESIGN.md §1,
// promise 5). Composition mode, so
// components use `useI18n()`; English is the fallback for any key a locale lacks.
import { createI18n } from 'vue-i18n'
import en from './en'
import es from './es'
import ptBR from './pt-BR'

export const LOCALES = ['es', 'pt-BR', 'en'] as const
export type Locale = (typeof LOCALES)[number]

export const LOCALE_NAMES: Record<Locale, string> = {
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  en: 'English'
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The UI language for a browser language tag (`navigator.language`): es-*, pt-* or English. */
export function detectLocale(language: string | undefined): Locale {
  const tag = (language ?? '').toLowerCase()
  if (tag.startsWith('es')) return 'es'
  if (tag.startsWith('pt')) return 'pt-BR'
  return 'en'
}

export function createAppI18n(locale: Locale) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { en, es, 'pt-BR': ptBR }
  })
}
