// Dates, numbers and ages in the UI language with `Intl`, so no message hard-codes a date or number
// format and each operator reads them as their language writes them.
import { dateTimeFormat, numberFormat, relativeTimeFormat } from './intl-formatters'

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60]
]

/**
 * Parses RFC 3339 times of any precision (Truora sends up to nanoseconds: docs/truora-api.md "IDs and
 * times").
 */
export function parseTime(iso: string | undefined): number | undefined {
  if (!iso) return undefined
  const trimmed = iso.replace(/(\.\d{3})\d+/, '$1')
  const time = Date.parse(trimmed)
  return Number.isNaN(time) ? undefined : time
}

/**
 * How long ago `iso` was, e.g. "3 hr. ago", or undefined when it is under a minute (or in the future,
 * which a skewed clock can produce): the caller says "just now" then.
 */
export function relativeAge(iso: string, now: Date, locale: string): string | undefined {
  const time = parseTime(iso)
  if (time === undefined) return undefined
  const seconds = (now.getTime() - time) / 1000
  if (seconds < 60) return undefined
  const format = relativeTimeFormat(locale, { numeric: 'auto', style: 'short' })
  for (const [unit, size] of RELATIVE_UNITS) {
    if (seconds >= size) return format.format(-Math.floor(seconds / size), unit)
  }
  return undefined
}

export function formatDateTime(iso: string | undefined, locale: string): string | undefined {
  const time = parseTime(iso)
  if (time === undefined) return undefined
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time)
}

/** A calendar date (`YYYY-MM-DD`) shown as that same day whatever the local time zone. */
export function formatDate(iso: string | undefined, locale: string): string | undefined {
  if (!iso) return undefined
  const time = parseTime(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso)
  if (time === undefined) return iso
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(time)
}

export function formatNumber(value: number, locale: string, fractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value)
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  // Bytes in words ("133 bytes", "1 byte"): CLDR's short form has no plural in English ("133 byte")
  // and the wrong one in Portuguese ("1 bytes"); kB, MB and GB are unit symbols and take none.
  return numberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1
  }).format(value)
}

/** A duration such as an ETA, in the largest sensible unit ("2 min", "45 sec"). */
export function formatDuration(seconds: number, locale: string): string {
  const [unit, value] =
    seconds >= 3600
      ? (['hour', seconds / 3600] as const)
      : seconds >= 60
        ? (['minute', seconds / 60] as const)
        : (['second', seconds] as const)
  return numberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: unit === 'second' ? 0 : 1
  }).format(value)
}
