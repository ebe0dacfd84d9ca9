// The activity log as CSV (Settings → Activity → Export CSV): one row per entry, oldest first, in the
// cache export's quoting (RFC 4180, formula cells defused), written beside the chosen name and renamed
// (replaceFile).
import type { ActivityEntry } from '@shared/domain/activity'
import { replaceFile } from '../fs/atomic-file'
import { csvCell } from '../cache/export'

const COLUMNS = ['time', 'operator', 'action', 'account_id', 'detail', 'at_lock_screen'] as const

/** The name offered in the save dialog: `truora-activity-2026-11-26-12-00-00.csv`. */
export function activityFileName(now: Date): string {
  return `truora-activity-${now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.csv`
}

export async function writeActivityCsv(
  file: string,
  operatorName: string,
  entries: readonly ActivityEntry[]
): Promise<{ bytes: number }> {
  const rows = entries.map((entry) =>
    [
      entry.at,
      operatorName,
      entry.action,
      entry.accountId,
      entry.detail === undefined
        ? undefined
        : Object.entries(entry.detail)
            .map(([key, value]) => `${key}=${String(value)}`)
            .join('; '),
      entry.atLockScreen ? 'yes' : undefined
    ]
      .map(csvCell)
      .join(',')
  )
  // A byte-order mark so spreadsheet apps read accented names as UTF-8.
  const bytes = Buffer.from(`\uFEFF${COLUMNS.join(',')}\r\n${rows.map((row) => `${row}\r\n`).join('')}`)
  await replaceFile(file, bytes, { inFolder: 'existing' })
  return { bytes: bytes.length }
}
