// An API key's expiry stays visible on the operator, and in the top bar from 14 days before, so the
// operator renews it before the field work stops.
import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createRouter, createMemoryHistory } from 'vue-router'
import { createAppI18n } from '@renderer/i18n'
import { keyExpiry } from '@renderer/lib/key-expiry'
import { KEY_WARNING_DAYS } from '@shared/key-warning'
import KeyExpiryNote from '@renderer/components/KeyExpiryNote.vue'

const NOW = new Date('2026-11-26T12:00:00Z')
const inDays = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString()

describe('key expiry', () => {
  let wrapper: VueWrapper | undefined
  afterEach(() => wrapper?.unmount())

  it('warns from 14 days before, and says when it has expired', () => {
    expect(KEY_WARNING_DAYS).toBe(14)
    expect(keyExpiry(inDays(30), NOW)).toEqual({ state: 'ok' })
    expect(keyExpiry(inDays(14), NOW)).toEqual({ state: 'soon', days: 14 })
    expect(keyExpiry(inDays(0.5), NOW)).toEqual({ state: 'soon', days: 1 })
    expect(keyExpiry(inDays(-2), NOW)).toEqual({ state: 'expired', days: 2 })
    expect(keyExpiry(undefined, NOW)).toEqual({ state: 'ok' })
  })

  it('says it in the operator’s language, and links the top bar’s note to the settings', async () => {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/settings', name: 'settings', component: { template: '<p />' } }]
    })
    const expiresAt = new Date(Date.now() + 10 * 86_400_000).toISOString()
    wrapper = mount(KeyExpiryNote, {
      props: { expiresAt, compact: true },
      global: { plugins: [createAppI18n('es'), router] }
    })
    expect(wrapper.text()).toBe('La clave vence en 10 días')
    expect(wrapper.attributes('href')).toContain('settings')
    wrapper.unmount()
    wrapper = mount(KeyExpiryNote, {
      props: { expiresAt: new Date(Date.now() - 86_400_000).toISOString() },
      global: { plugins: [createAppI18n('pt-BR'), router] }
    })
    expect(wrapper.text()).toMatch(/^Esta chave de API venceu em/)
  })
})
