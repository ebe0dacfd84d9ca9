// `cache.export`: the operator's cached accounts with their history, as CSV (one row per account,
// for spreadsheets) or JSON (everything, for other tools), written to the file the operator chose.
import type { Account } from '@shared/domain/truora-records'
import { ACCOUNT_FIELDS } from '@shared/schemas'
import { replaceFile } from '../fs/atomic-file'
import type { AccountHistory, CacheStore, Stamped } from './types'
import { latestStatus } from '../accounts/latest-status'

const CSV_COLUMNS = [
  ...ACCOUNT_FIELDS,
  'creation_date',
  'validations',
  'processes',
  'latest_status',
  'cached_at'
] as const

/** The name offered in the save dialog: `truora-accounts-2026-11-26-12-00-00.csv`. */
export function exportFileName(format: 'csv' | 'json', now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-')
  return `truora-accounts-${stamp}.${format}`
}

/** Rows (CSV lines, JSON array items) gathered per write: big enough to be cheap, small enough to yield. */
const ROWS_PER_WRITE = 1000

/**
 * Writes the export to `file`, streaming it a thousand accounts at a time: 100,000 accounts with their
 * history make hundreds of MB of JSON, which as one string would stall the main process, strain the
 * IPC channel and near V8's largest string. Written beside the target first and renamed at the end
 * (replaceFile), so a failed export never leaves half a file under the name the operator chose.
 */
export async function writeExport(
  cache: CacheStore,
  format: 'csv' | 'json',
  now: Date,
  file: string
): Promise<{ accounts: number; bytes: number }> {
  let bytes = 0
  let written = 0
  await replaceFile(
    file,
    async (append) => {
      const write = async (text: string): Promise<void> => {
        const buffer = Buffer.from(text, 'utf8')
        await append(buffer)
        bytes += buffer.length
      }
      // A byte-order mark so spreadsheet apps read the accents as UTF-8.
      await write(
        format === 'csv'
          ? `\uFEFF${CSV_COLUMNS.join(',')}\r\n`
          : `{"exportedAt":${JSON.stringify(now.toISOString())},"accounts":[\n`
      )
      let rows: string[] = []
      const flush = async (): Promise<void> => {
        if (rows.length === 0) return
        // JSON items are separated by commas, also across writes; CSV lines end with their own CRLF.
        await write(format === 'csv' ? rows.join('') : `${written > 0 ? ',\n' : ''}${rows.join(',\n')}`)
        written += rows.length
        rows = []
      }
      // Part by part: each history part is read once, while its accounts are written.
      for await (const entry of cache.accounts.all()) {
        const history = await cache.history(entry.data.account_id)
        rows.push(format === 'csv' ? csvRow(entry, history) : jsonItem(entry, history))
        if (rows.length === ROWS_PER_WRITE) await flush()
      }
      await flush()
      if (format === 'json') await write('\n]}\n')
    },
    { inFolder: 'existing' }
  )
  return { accounts: written, bytes }
}

type Entry = Stamped<Account>

function jsonItem({ data, fetchedAt }: Entry, history: AccountHistory): string {
  return JSON.stringify({
    account: data,
    fetchedAt,
    validations: history.validations?.data ?? null,
    processes: history.processes?.data ?? null
  })
}

function csvRow({ data, fetchedAt }: Entry, history: AccountHistory): string {
  const validations = history.validations?.data
  const processes = history.processes?.data
  const row: Record<string, unknown> = {
    ...Object.fromEntries(ACCOUNT_FIELDS.map((field) => [field, data[field]])),
    creation_date: data.creation_date,
    validations: validations?.length,
    processes: processes?.length,
    latest_status: latestStatus(validations, processes),
    cached_at: fetchedAt
  }
  return `${CSV_COLUMNS.map((column) => csvCell(row[column])).join(',')}\r\n`
}

/**
 * A formula's first character, at the start of the cell or of any piece a spreadsheet may cut it
 * into: Excel in es and pt-BR locales splits a CSV line on `;`, whatever the quoting, and some apps
 * split on tabs. Spaces before it do not stop a spreadsheet from running it.
 */
const FORMULA_START = /(^|[;\t])(\s*)([=+\-@\t\r])/g

/**
 * RFC 4180 quoting, plus an apostrophe before anything a spreadsheet would run as a formula
 * (OWASP "CSV injection"): names and emails come from outside. Cells holding `;` are quoted too.
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return ''
  const text = cellText(value).replace(FORMULA_START, "$1$2'$3")
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * Any cached value as text, without ever throwing: Truora's records keep their unknown fields
 * (TRUORA_API.md), so a cell may hold an object such as `{"toString": 1}`, on which `String()`
 * throws. Objects and arrays are written as their JSON.
 */
function cellText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value)
    default:
      try {
        return JSON.stringify(value) ?? ''
      } catch {
        return ''
      }
  }
}
