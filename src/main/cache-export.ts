// `cache.export`: the operator's cached accounts with their history, as CSV (one row per account,
// for spreadsheets) or JSON (everything, for other tools).
import type { CacheExport } from '@shared/domain'
import { ACCOUNT_FIELDS } from '@shared/schemas'
import type { CacheStore } from './cache/types'
import { latestStatus } from './latest-status'

const CSV_COLUMNS = [
  ...ACCOUNT_FIELDS,
  'creation_date',
  'validations',
  'processes',
  'latest_status',
  'cached_at'
] as const

export function exportCache(cache: CacheStore, format: 'csv' | 'json', now: Date): CacheExport {
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-')
  const fileName = `truora-accounts-${stamp}.${format}`
  if (format === 'json') {
    const accounts = Array.from(cache.accounts.all(), ({ data, fetchedAt }) => ({
      account: data,
      fetchedAt,
      validations: cache.validations.forAccount(data.account_id)?.data ?? null,
      processes: cache.processes.forAccount(data.account_id)?.data ?? null
    }))
    return { format, fileName, content: JSON.stringify({ exportedAt: now.toISOString(), accounts }, null, 2) }
  }
  const lines = [CSV_COLUMNS.join(',')]
  for (const { data, fetchedAt } of cache.accounts.all()) {
    const validations = cache.validations.forAccount(data.account_id)?.data
    const processes = cache.processes.forAccount(data.account_id)?.data
    const row: Record<string, unknown> = {
      ...Object.fromEntries(ACCOUNT_FIELDS.map((field) => [field, data[field]])),
      creation_date: data.creation_date,
      validations: validations?.length,
      processes: processes?.length,
      latest_status: latestStatus(validations, processes),
      cached_at: fetchedAt
    }
    lines.push(CSV_COLUMNS.map((column) => csvCell(row[column])).join(','))
  }
  // A byte-order mark so spreadsheet apps read the accents as UTF-8.
  return { format, fileName, content: '\uFEFF' + lines.join('\r\n') + '\r\n' }
}

/**
 * RFC 4180 quoting, plus a leading apostrophe on cells a spreadsheet would run as a formula
 * (OWASP "CSV injection"): names and emails come from outside.
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return ''
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
