import { describe, expect, it } from 'vitest'
import { formatDate, parseTime, relativeAge } from '@renderer/lib/format'

const NOW = new Date('2026-11-26T12:00:00Z')
const before = (ms: number) => new Date(NOW.getTime() - ms).toISOString()
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

describe('relativeAge: how old cached data is, in the UI language', () => {
  it('is undefined under a minute and for times in the future (a skewed clock), so the UI says "just now"', () => {
    expect(relativeAge(before(0), NOW, 'en')).toBeUndefined()
    expect(relativeAge(before(59_000), NOW, 'en')).toBeUndefined()
    expect(relativeAge(new Date(NOW.getTime() + HOUR).toISOString(), NOW, 'en')).toBeUndefined()
  })

  it('uses the largest whole unit, rounding down', () => {
    expect(relativeAge(before(5 * MINUTE), NOW, 'en')).toBe('5 min. ago')
    expect(relativeAge(before(3 * HOUR + 50 * MINUTE), NOW, 'en')).toBe('3 hr. ago')
    expect(relativeAge(before(3 * DAY), NOW, 'en')).toBe('3 days ago')
    expect(relativeAge(before(DAY + HOUR), NOW, 'en')).toBe('yesterday')
  })

  it('speaks Spanish and Portuguese', () => {
    expect(relativeAge(before(3 * HOUR), NOW, 'es')).toBe('hace 3 h')
    expect(relativeAge(before(3 * HOUR), NOW, 'pt-BR')).toBe('há 3 h')
  })

  it('reads Truora times of any precision, and nothing from garbage', () => {
    expect(parseTime('2024-05-22T23:31:12.952650107Z')).toBe(Date.parse('2024-05-22T23:31:12.952Z'))
    expect(parseTime('2024-05-22T23:32:27Z')).toBe(Date.parse('2024-05-22T23:32:27Z'))
    expect(parseTime('not a date')).toBeUndefined()
    expect(relativeAge('not a date', NOW, 'en')).toBeUndefined()
  })

  it('shows a calendar date as the same day in every time zone', () => {
    expect(formatDate('2000-05-24', 'en')).toBe('May 24, 2000')
    expect(formatDate('2000-05-24', 'es')).toBe('24 may 2000')
  })
})
