// Calendar dates typed and shown in the UI language's order (dd/mm/yyyy in es and pt-BR, mm/dd/yyyy
// in en), whatever the OS locale: `<input type="date">` follows the browser's locale instead, so a
// Spanish-speaking agent on an English system would see and type month first. The value kept is
// always the ISO date (`YYYY-MM-DD`) the schemas and Truora use.
import { dateTimeFormat } from './intl-formatters'

export type DatePart = 'day' | 'month' | 'year'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const orders = new Map<string, DatePart[]>()

/** The order `locale` writes day, month and year in, read from Intl rather than assumed. */
export function dateOrder(locale: string): DatePart[] {
  let order = orders.get(locale)
  if (order === undefined) {
    const parts = dateTimeFormat(locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC'
    }).formatToParts(Date.UTC(2031, 11, 24))
    order = parts
      .map((part) => part.type)
      .filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year')
    if (order.length !== 3) order = ['day', 'month', 'year']
    orders.set(locale, order)
  }
  return order
}

const WIDTH: Record<DatePart, number> = { day: 2, month: 2, year: 4 }

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** `2024-05-22` → `22/05/2024` (es) or `05/22/2024` (en); anything else is returned as it is. */
export function formatDateField(iso: string, locale: string): string {
  const match = ISO_DATE.exec(iso)
  if (!match) return iso
  const parts: Record<DatePart, string> = { year: match[1]!, month: match[2]!, day: match[3]! }
  return dateOrder(locale)
    .map((part) => parts[part])
    .join('/')
}

/**
 * What the operator typed, read in the UI language's order: the ISO date, '' for nothing, or
 * undefined when it is not a real date yet. Separators may be `/`, `.`, `-` or spaces, or none
 * (`22052024`); the year must have four digits, so 05 is never guessed into 1905 or 2005. A pasted
 * `2024-05-22` is read as ISO.
 */
export function parseDateField(text: string, locale: string): string | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return ''
  // Year first is unambiguous in every language: a pasted ISO date is taken as it is.
  if (ISO_DATE.test(trimmed)) return isIsoDate(trimmed) ? trimmed : undefined
  const order = dateOrder(locale)
  let pieces = trimmed.split(/[\s/.-]+/)
  if (pieces.length === 1 && /^\d{8}$/.test(trimmed)) {
    let at = 0
    pieces = order.map((part) => {
      const piece = trimmed.slice(at, at + WIDTH[part])
      at += WIDTH[part]
      return piece
    })
  }
  if (pieces.length !== 3 || pieces.some((piece) => !/^\d+$/.test(piece))) return undefined
  const value: Partial<Record<DatePart, string>> = {}
  order.forEach((part, index) => (value[part] = pieces[index]))
  if (value.year!.length !== 4 || value.month!.length > 2 || value.day!.length > 2) return undefined
  const iso = `${value.year}-${value.month!.padStart(2, '0')}-${value.day!.padStart(2, '0')}`
  return isIsoDate(iso) ? iso : undefined
}

/**
 * Typing help: digits only get a `/` after the day and the month as they are typed (`2205` →
 * `22/05`), so the field reads like the placeholder; text with its own separators is left alone.
 */
export function maskDateTyping(text: string, locale: string): string {
  if (!/^\d*$/.test(text)) return text
  const order = dateOrder(locale)
  const out: string[] = []
  let at = 0
  for (const part of order) {
    if (at >= text.length) break
    out.push(text.slice(at, at + WIDTH[part]))
    at += WIDTH[part]
  }
  return out.join('/')
}
