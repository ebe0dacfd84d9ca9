import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import MaskedDocument from '@renderer/components/MaskedDocument.vue'
import { createAppI18n } from '@renderer/i18n'
import { maskDocument } from '@renderer/lib/mask'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

describe('masked document numbers', () => {
  it('keeps only the last three characters of a document, and hides short ones almost entirely', () => {
    expect(maskDocument('1032456789')).toBe('•••••••789')
    expect(maskDocument('A1234')).toBe('••234')
    expect(maskDocument('123')).toBe('••3')
    expect(maskDocument('7')).toBe('•')
  })

  it('is masked by default and revealed only by the toggle, which says what it does', async () => {
    wrapper = mount(MaskedDocument, {
      props: { value: '1032456789' },
      global: { plugins: [createAppI18n('en')] }
    })
    const value = wrapper.get('[data-testid="document-value"]')
    const toggle = wrapper.get('button')
    expect(wrapper.text()).not.toContain('1032456789')
    expect(value.text()).toBe('•••••••789')
    expect(value.attributes('aria-label')).toBe('Document number hidden')
    expect(toggle.attributes('aria-pressed')).toBe('false')
    expect(toggle.attributes('aria-label')).toBe('Show document number')

    await toggle.trigger('click')
    expect(value.text()).toBe('1032456789')
    expect(toggle.attributes('aria-pressed')).toBe('true')
    expect(toggle.attributes('aria-label')).toBe('Hide document number')

    await toggle.trigger('click')
    expect(wrapper.text()).not.toContain('1032456789')
  })

  it('hides again when it is given another number (a result row reused for another account)', async () => {
    wrapper = mount(MaskedDocument, {
      props: { value: '1032456789' },
      global: { plugins: [createAppI18n('en')] }
    })
    await wrapper.get('button').trigger('click')
    expect(wrapper.get('[data-testid="document-value"]').text()).toBe('1032456789')
    await wrapper.setProps({ value: '5550001234' })
    expect(wrapper.text()).not.toContain('5550001234')
    expect(wrapper.get('[data-testid="document-value"]').text()).toBe('•••••••234')
    expect(wrapper.get('button').attributes('aria-pressed')).toBe('false')
  })

  it('follows a change of language', async () => {
    const i18n = createAppI18n('en')
    wrapper = mount(MaskedDocument, { props: { value: '1032456789' }, global: { plugins: [i18n] } })
    expect(wrapper.get('button').attributes('aria-label')).toBe('Show document number')
    i18n.global.locale.value = 'es'
    await wrapper.vm.$nextTick()
    expect(wrapper.get('button').attributes('aria-label')).toBe('Mostrar número de documento')
    expect(wrapper.get('[data-testid="document-value"]').attributes('aria-label')).toBe(
      'Número de documento oculto'
    )
  })
})
