import { describe, expect, it } from 'vitest'
import { dateTimeFormat, numberFormat, relativeTimeFormat } from '@renderer/lib/intl-formatters'

describe('Intl formatters kept per locale and options', () => {
  it('hands back the same formatter for the same locale and options, and another for different ones', () => {
    const short = relativeTimeFormat('es', { numeric: 'auto', style: 'short' })
    expect(relativeTimeFormat('es', { numeric: 'auto', style: 'short' })).toBe(short)
    expect(relativeTimeFormat('pt-BR', { numeric: 'auto', style: 'short' })).not.toBe(short)
    expect(relativeTimeFormat('es', { numeric: 'auto', style: 'long' })).not.toBe(short)
    expect(numberFormat('en', { maximumFractionDigits: 0 })).toBe(
      numberFormat('en', { maximumFractionDigits: 0 })
    )
    expect(numberFormat('en', { maximumFractionDigits: 1 })).not.toBe(
      numberFormat('en', { maximumFractionDigits: 0 })
    )
  })

  it('formats as a freshly made formatter would, in each locale', () => {
    expect(numberFormat('es-CO', { maximumFractionDigits: 0 }).format(100000)).toBe(
      new Intl.NumberFormat('es-CO').format(100000)
    )
    expect(numberFormat('en', { maximumFractionDigits: 0 }).format(100000)).toBe('100,000')
    expect(numberFormat('pt-BR', { maximumFractionDigits: 1 }).format(1.25)).toBe('1,3')
    const day = Date.parse('2000-05-24T00:00:00Z')
    expect(dateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(day)).toBe('May 24, 2000')
    expect(dateTimeFormat('es', { dateStyle: 'medium', timeZone: 'UTC' }).format(day)).toBe('24 may 2000')
  })
})
