// The words an error gets, in es, pt-BR and en: a timeout is not "offline"; a reason main gives (the
// disk refused a write, an answer too large, a sync that stopped itself) has its own words; a form
// field with hidden characters gets its own field error.
import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import LookupCard from '@renderer/components/LookupCard.vue'
import ToastRegion from '@renderer/components/ToastRegion.vue'
import { createAppI18n, LOCALES, type Locale } from '@renderer/i18n'
import { useErrorsStore } from '@renderer/stores/errors'
import { createIssues, emptyCreateForm } from '@renderer/lib/create-form'
import { WORDED_REASONS } from '@renderer/lib/error-key'
import { appError } from '@shared/result'
import en from '@renderer/i18n/en'
import es from '@renderer/i18n/es'
import ptBR from '@renderer/i18n/pt-BR'

const MESSAGES = { en, es, 'pt-BR': ptBR }
let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

function lookupCard(locale: Locale, error: ReturnType<typeof appError>): string {
  wrapper = mount(LookupCard, {
    props: { lookup: { state: 'error', id: 'crm-1', error } },
    // The card asks the freshness store (a Pinia store) for a found account's age.
    global: { plugins: [createAppI18n(locale), createPinia()], stubs: { RouterLink: true } }
  })
  return wrapper.text()
}

describe('a timeout', () => {
  it.each(LOCALES)('has its own words, not the offline ones (%s)', (locale) => {
    const messages = MESSAGES[locale]
    const text = lookupCard(locale, appError('timeout', 'Truora did not answer in time.', { cached: false }))
    expect(text).toContain(messages.errors.timeout)
    expect(text).not.toContain(messages.errors.offline)
    expect(text).not.toContain(messages.search.lookupOfflineMissing)
  })

  it('says Truora did not answer in time, in each language', () => {
    expect(en.errors.timeout).toMatch(/^Truora did not answer in time/)
    expect(es.errors.timeout).toMatch(/^Truora no respondió a tiempo/)
    expect(ptBR.errors.timeout).toMatch(/^A Truora não respondeu a tempo/)
  })
})

describe('an error with a reason', () => {
  // A disk refusal ('internal' with reason 'disk') has its words in errors.disk, with the errno code.
  const reasons = [
    ['internal', 'export'],
    ['bad_response', 'too_large'],
    ['bad_response', 'egress'],
    ['bad_response', 'too_many_pages'],
    ['bad_response', 'no_new_accounts'],
    ['bad_response', 'repeated_page']
  ] as const

  for (const locale of LOCALES) {
    it.each(reasons)(`a toast for %s with reason %s says the reason's words (${locale})`, (code, reason) => {
      const pinia = createPinia()
      wrapper = mount(ToastRegion, { global: { plugins: [pinia, createAppI18n(locale)] } })
      useErrorsStore(pinia).report(appError(code, 'log text', { reason }))
      return wrapper.vm.$nextTick().then(() => {
        const words = (MESSAGES[locale].errors.reasons as Record<string, string>)[reason]!
        expect(wrapper!.text()).toContain(words)
        expect(words).not.toBe(MESSAGES[locale].errors[code])
      })
    })
  }

  it.each(LOCALES)('has words for every reason errorKey knows (%s)', (locale) => {
    const words = MESSAGES[locale].errors.reasons as Record<string, string>
    for (const reason of WORDED_REASONS) expect(words[reason]?.length).toBeGreaterThan(10)
    expect(Object.keys(words).sort()).toEqual([...WORDED_REASONS].sort())
  })

  it('falls back to the code when the reason has no words', async () => {
    const pinia = createPinia()
    wrapper = mount(ToastRegion, { global: { plugins: [pinia, createAppI18n('es')] } })
    useErrorsStore(pinia).report(appError('server', 'x', { reason: 'something-new' }))
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toContain(es.errors.server)
  })
})

describe('form fields with hidden characters', () => {
  const hidden: [string, string][] = [
    ['a NUL', 'Ana\u0000'],
    ['a bidi override', 'Ana \u202eairaM'],
    ['a zero-width space', 'An\u200ba'],
    ['a byte-order mark inside', 'An\ufeffa'],
    ['a control character', 'Ana\u0007'],
    ['a line break', 'Ana\nMaría']
  ]
  it.each(hidden)('refuses %s in a name with its own field error', (_what, value) => {
    const issues = createIssues({ ...emptyCreateForm(), first_name: value, last_name: value }, 'generated')
    expect(issues).toEqual({ first_name: 'validation.hiddenChars', last_name: 'validation.hiddenChars' })
  })

  it('refuses them in the e-mail, phone and social fields too, and accepts accents and plain spaces', () => {
    const form = {
      ...emptyCreateForm(),
      email: 'ana\u200b@example.com',
      phone_number: '+57 300\u202e 123 4567',
      facebook_user: 'ana\u2066',
      twitter_user: 'ana\u0000'
    }
    expect(createIssues(form, 'generated')).toEqual({
      email: 'validation.hiddenChars',
      phone_number: 'validation.hiddenChars',
      facebook_user: 'validation.hiddenChars',
      twitter_user: 'validation.hiddenChars'
    })
    const fine = { ...emptyCreateForm(), first_name: 'María José', last_name: 'Núñez-Peña Ñandú' }
    expect(createIssues(fine, 'generated')).toEqual({})
  })

  it.each(LOCALES)('has words for that error (%s)', (locale) => {
    expect(MESSAGES[locale].validation.hiddenChars.length).toBeGreaterThan(10)
    expect(MESSAGES[locale].validation.hiddenChars).not.toBe(MESSAGES[locale].validation.invalid)
  })
})
