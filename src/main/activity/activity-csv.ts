// The activity log as CSV (Settings → Activity → Export CSV): one row per entry, oldest first, in the
// cache export's quoting (RFC 4180, formula cells defused), written beside the chosen name and renamed.
import { open, rename, rm } from 'node:fs/promises'
import type { ActivityEntry } from '@shared/domain'
import { writeAll } from '../fs/atomic-file'
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
  const partial = `${file}.part`
  const handle = await open(partial, 'w', 0o600)
  try {
    await writeAll(handle, bytes)
    await handle.sync()
    await handle.close()
    await rename(partial, file)
  } catch (error) {
    await handle.close().catch(() => undefined)
    await rm(partial, { force: true }).catch(() => undefined)
    throw error
  }
  return { bytes: bytes.length }
}
