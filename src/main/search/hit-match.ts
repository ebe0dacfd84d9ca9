// Which field of a result row matched the query, and where (a search row highlights it and shows a
// personal field unmasked only in the part that matched: DESIGN.md §4 "personal data"). Computed for
// the page's hits only, on the values as the row shows them: the index's folded haystack says
// whether an account matches, this says where in "José García" or "1.234.567-K" the query sits.
import { getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js'
import type { HitMatch, HitMatchField } from '@shared/domain/search'
import type { Account } from '@shared/domain/truora-records'
import { fold, parseQuery } from './normalize'

/** A derived form of a display value, with each of its characters' position in the original. */
interface Mapped {
  text: string
  /** Index into the display value; -1 for a character it does not have (a country calling code). */
  at: number[]
}

function foldedOf(value: string): Mapped {
  let text = ''
  const at: number[] = []
  Array.from(value).reduce((position, char) => {
    const folded = fold(char)
    text += folded
    for (let i = 0; i < folded.length; i++) at.push(position)
    return position + char.length
  }, 0)
  return { text, at }
}

function keepOnly(mapped: Mapped, pattern: RegExp): Mapped {
  let text = ''
  const at: number[] = []
  for (let i = 0; i < mapped.text.length; i++) {
    const char = mapped.text.charAt(i)
    if (!pattern.test(char)) continue
    text += char
    at.push(mapped.at[i] as number)
  }
  return { text, at }
}

function withPrefix(mapped: Mapped, prefix: string): Mapped {
  return { text: prefix + mapped.text, at: [...Array.from(prefix, () => -1), ...mapped.at] }
}

/** Ranges `[start, end)` of the display value that `needle` covers in `form`, if it occurs. */
function rangesIn(form: Mapped, needle: string): [number, number] | undefined {
  const found = form.text.indexOf(needle)
  if (found < 0 || needle === '') return undefined
  const covered = form.at.slice(found, found + needle.length).filter((index) => index >= 0)
  if (covered.length === 0) return undefined
  return [Math.min(...covered), Math.max(...covered) + 1]
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''
}

/** The forms each field is searched in (haystack.ts indexes the same ones). */
function formsOf(field: HitMatchField, value: string, account: Account): Mapped[] {
  const folded = foldedOf(value)
  if (field === 'document_number') return [folded, keepOnly(folded, /[a-z0-9]/)]
  if (field === 'phone_number') {
    const digits = keepOnly(folded, /\d/)
    const country = text(account.country).toUpperCase()
    const national = !value.trimStart().startsWith('+') && isSupportedCountry(country)
    return national ? [digits, withPrefix(digits, getCountryCallingCode(country))] : [digits]
  }
  return [folded]
}

const FIELDS: HitMatchField[] = ['account_id', 'name', 'email', 'document_number', 'phone_number']

function valueOf(field: HitMatchField, account: Account): string {
  if (field === 'name') return [text(account.first_name), text(account.last_name)].filter(Boolean).join(' ')
  return text(account[field]).trim()
}

function merge(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const range of sorted) {
    const last = merged.at(-1)
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([...range])
  }
  return merged
}

/**
 * The field holding most of the query's terms (ties: account ID, name, e-mail, document, phone), with
 * the ranges of its display value that matched. Undefined for an empty query or no visible match.
 */
export function hitMatch(account: Account, query: string): HitMatch | undefined {
  const { terms } = parseQuery(query)
  if (terms.length === 0) return undefined
  let best: HitMatch | undefined
  let bestCount = 0
  for (const field of FIELDS) {
    const value = valueOf(field, account)
    if (value === '') continue
    const forms = formsOf(field, value, account)
    const ranges: [number, number][] = []
    let count = 0
    for (const needles of terms) {
      const range = needles
        .flatMap((needle) => forms.map((form) => rangesIn(form, needle)))
        .find((found) => found !== undefined)
      if (range) {
        ranges.push(range)
        count++
      }
    }
    if (count > bestCount) {
      best = { field, ranges: merge(ranges) }
      bestCount = count
    }
  }
  return best
}
