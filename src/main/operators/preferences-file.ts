// Each operator's choices for this laptop (DESIGN.md §4 "Retention per operator", §6 "idle … auto-lock"):
// how long without use before the session locks, and how long cached personal data not refreshed is
// kept. Not secret, so a small JSON file in the operator's folder; a missing or damaged one reads as
// the defaults (15 minutes, retention off), never as an error that would keep the operator out.
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import {
  LOCK_AFTER_MINUTES,
  RETENTION_DAYS,
  type LockAfterMinutes,
  type OperatorPreferences
} from '@shared/domain/preferences'
import { replaceFile } from '../fs/atomic-file'
import { errnoCode } from '../fs/errno-code'
import { preferencesOf } from '../workspace/operator-paths'

export const DEFAULT_LOCK_AFTER_MINUTES: LockAfterMinutes = 15
const DEFAULT_PREFERENCES: Readonly<OperatorPreferences> = {
  lockAfterMinutes: DEFAULT_LOCK_AFTER_MINUTES,
  retentionDays: null
}

const fileSchema = z.object({
  version: z.literal(1),
  lockAfterMinutes: z.union(LOCK_AFTER_MINUTES.map((minutes) => z.literal(minutes))),
  retentionDays: z.union([...RETENTION_DAYS.map((days) => z.literal(days)), z.null()]),
  retentionAppliedAt: z.string().max(64).optional()
})

export async function readPreferences(
  dataDir: string,
  operatorId: string,
  log: (line: string) => void = () => {}
): Promise<OperatorPreferences> {
  try {
    const parsed = fileSchema.safeParse(
      JSON.parse(await readFile(preferencesOf(dataDir, operatorId), 'utf8'))
    )
    if (!parsed.success) {
      log('preferences: a damaged file was read as the defaults')
      return { ...DEFAULT_PREFERENCES }
    }
    const { version: _version, ...preferences } = parsed.data
    return preferences.retentionAppliedAt === undefined
      ? { lockAfterMinutes: preferences.lockAfterMinutes, retentionDays: preferences.retentionDays }
      : { ...preferences, retentionAppliedAt: preferences.retentionAppliedAt }
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') log(`preferences: could not be read (${errnoCode(error)})`)
    return { ...DEFAULT_PREFERENCES }
  }
}

export async function writePreferences(
  dataDir: string,
  operatorId: string,
  preferences: OperatorPreferences
): Promise<void> {
  await replaceFile(
    preferencesOf(dataDir, operatorId),
    Buffer.from(JSON.stringify({ version: 1, ...preferences }, null, 2))
  )
}
