// Dates typed and shown in the UI language's order, whatever the OS locale (a field agent's laptop is
// often set up in another language than the agent reads): the field
// reads dd/mm/aaaa in es and pt-BR and mm/dd/yyyy in en, and its value is always the ISO date.
import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'
import { createAppI18n, type Locale } from '@renderer/i18n'
import {
  dateOrder,
  formatDateField,
  isIsoDate,
  maskDateTyping,
  parseDateField
} from '@renderer/lib/date-input'
import DateInput from '@renderer/components/DateInput.vue'

describe('date fields in the UI language’s order', () => {
  it('reads the order from Intl', () => {
    expect(dateOrder('es')).toEqual(['day', 'month', 'year'])
    expect(dateOrder('pt-BR')).toEqual(['day', 'month', 'year'])
    expect(dateOrder('en')).toEqual(['month', 'day', 'year'])
  })

  it('parses what is typed into the ISO date, and nothing that is not a real date', () => {
    expect(parseDateField('22/05/2024', 'es')).toBe('2024-05-22')
    expect(parseDateField('2/5/2024', 'pt-BR')).toBe('2024-05-02')
    expect(parseDateField('22.05.2024', 'es')).toBe('2024-05-22')
    expect(parseDateField('22052024', 'es')).toBe('2024-05-22')
    expect(parseDateField('05/22/2024', 'en')).toBe('2024-05-22')
    expect(parseDateField('22/05/2024', 'en')).toBeUndefined()
    expect(parseDateField('31/02/2024', 'es')).toBeUndefined()
    expect(parseDateField('22/05/24', 'es')).toBeUndefined()
    expect(parseDateField('22/05', 'es')).toBeUndefined()
    expect(parseDateField('', 'es')).toBe('')
    expect(parseDateField('hoy', 'es')).toBeUndefined()
    expect(parseDateField('2024-05-22', 'en')).toBe('2024-05-22')
    expect(parseDateField('2024-02-30', 'es')).toBeUndefined()
  })

  it('shows an ISO date in that order', () => {
    expect(formatDateField('2024-05-22', 'es')).toBe('22/05/2024')
    expect(formatDateField('2024-05-22', 'en')).toBe('05/22/2024')
    expect(formatDateField('', 'es')).toBe('')
    expect(isIsoDate('2024-02-30')).toBe(false)
  })

  it('adds the slashes as digits are typed', () => {
    expect(maskDateTyping('22', 'es')).toBe('22')
    expect(maskDateTyping('2205', 'es')).toBe('22/05')
    expect(maskDateTyping('22052024', 'es')).toBe('22/05/2024')
    expect(maskDateTyping('22/0', 'es')).toBe('22/0')
  })
})

describe('DateInput', () => {
  let wrapper: VueWrapper | undefined
  afterEach(() => wrapper?.unmount())

  function field(locale: Locale, initial = '') {
    const value = ref(initial)
    const Host = defineComponent({
      setup: () => () =>
        h(DateInput, { modelValue: value.value, 'onUpdate:modelValue': (v: string) => (value.value = v) })
    })
    wrapper = mount(Host, { global: { plugins: [createAppI18n(locale)] } })
    return { value, input: wrapper.get('input') }
  }

  it('is a text field with the language’s order as its placeholder, not a browser date picker', () => {
    expect(field('es').input.attributes()).toMatchObject({ type: 'text', placeholder: 'dd/mm/aaaa' })
    wrapper?.unmount()
    expect(field('en').input.attributes('placeholder')).toBe('mm/dd/yyyy')
  })

  it('keeps the ISO date as its value and shows it day first in Spanish', async () => {
    const { value, input } = field('es', '2024-05-22')
    expect((input.element as HTMLInputElement).value).toBe('22/05/2024')
    await input.setValue('01/12/2023')
    expect(value.value).toBe('2023-12-01')
    // Not a date (yet): the text stays as typed, so the form's schema can say "Enter a valid date".
    await input.setValue('31/02/2023')
    expect(value.value).toBe('31/02/2023')
    await input.trigger('blur')
    expect(input.attributes('aria-invalid')).toBe('true')
  })
})
