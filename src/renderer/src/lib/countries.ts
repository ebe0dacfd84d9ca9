// Country names in the UI language from i18n-iso-countries (DESIGN.md §8: a kept library rather than
// a hand-made list), with only the three locales the app speaks registered.
import countries from 'i18n-iso-countries'
import enCountries from 'i18n-iso-countries/langs/en.json'
import esCountries from 'i18n-iso-countries/langs/es.json'
import ptCountries from 'i18n-iso-countries/langs/pt.json'

countries.registerLocale(enCountries)
countries.registerLocale(esCountries)
countries.registerLocale(ptCountries)

export interface CountryOption {
  code: string
  name: string
}

function language(locale: string): string {
  return locale.split('-')[0] ?? 'en'
}

export function countryName(code: string | undefined, locale: string): string | undefined {
  if (!code) return undefined
  return countries.getName(code, language(locale)) ?? code
}

const cache = new Map<string, CountryOption[]>()

/** Every ISO 3166-1 alpha-2 country, sorted by its name in `locale`. */
export function countryOptions(locale: string): CountryOption[] {
  const lang = language(locale)
  let options = cache.get(lang)
  if (!options) {
    const collator = new Intl.Collator(locale)
    options = Object.entries(countries.getNames(lang, { select: 'official' }))
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => collator.compare(a.name, b.name))
    cache.set(lang, options)
  }
  return options
}
