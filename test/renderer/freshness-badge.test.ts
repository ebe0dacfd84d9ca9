import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import FreshnessBadge from '@renderer/components/FreshnessBadge.vue'
import { createAppI18n, type Locale } from '@renderer/i18n'
import type { Freshness } from '@shared/domain/freshness'

const NOW = new Date('2026-11-26T12:00:00Z')
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString()
let wrapper: VueWrapper | undefined

function badge(freshness: Freshness, locale: Locale = 'en') {
  wrapper = mount(FreshnessBadge, {
    props: { freshness, now: NOW },
    global: { plugins: [createAppI18n(locale)] }
  })
  return wrapper
}

afterEach(() => wrapper?.unmount())

describe('FreshnessBadge', () => {
  it('says a network answer is from Truora just now', () => {
    const view = badge({ source: 'network', fetchedAt: NOW.toISOString(), stale: false })
    expect(view.text()).toBe('From Truora just now')
    expect(view.classes()).not.toContain('is-stale')
    expect(view.classes()).not.toContain('from-cache')
  })

  it('labels a cached copy with its age and marks it stale when the network could not confirm it', () => {
    const view = badge({ source: 'cache', fetchedAt: hoursAgo(3), stale: true })
    expect(view.text()).toBe('Cached 3 hr. ago · may be out of date')
    expect(view.classes()).toContain('is-stale')
    expect(view.classes()).toContain('from-cache')
  })

  it('speaks the UI language', () => {
    expect(badge({ source: 'cache', fetchedAt: hoursAgo(3), stale: false }, 'es').text()).toBe(
      'En caché hace 3 h'
    )
    wrapper?.unmount()
    expect(badge({ source: 'network', fetchedAt: NOW.toISOString(), stale: false }, 'pt-BR').text()).toBe(
      'Da Truora agora mesmo'
    )
  })

  it('gives the exact time on hover', () => {
    const view = badge({ source: 'cache', fetchedAt: hoursAgo(3), stale: false })
    expect(view.attributes('title')).toMatch(/Nov 26, 2026/)
  })
})
