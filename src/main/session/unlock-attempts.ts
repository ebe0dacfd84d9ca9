// Wrong passphrases wait longer each time (README "Security", threat model): the person at the
// keyboard gets two free typos, then 15 s, doubling up to 30 minutes. The count and the time of the
// last failure are kept in the operator's folder (not secret), so quitting the app does not reset them.
// What this slows is guessing through the app; an offline guess at a copied keychain entry is slowed by
// the KDF instead (vault-crypto.ts).
import { readFile, rm } from 'node:fs/promises'
import { z } from 'zod'
import { replaceFile } from '../fs/atomic-file'
import { errnoCode } from '../fs/errno-code'
import { unlockAttemptsOf } from '../workspace/operator-paths'

const FREE_FAILURES = 2
const FIRST_WAIT_MS = 15_000
const LONGEST_WAIT_MS = 30 * 60_000

/** How long to wait after `failures` wrong passphrases in a row: 0, 0, 15 s, 30 s, 1 min … 30 min. */
export function waitAfter(failures: number): number {
  if (failures <= FREE_FAILURES) return 0
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_FAILURES - 1))
}

const attemptsSchema = z.strictObject({
  version: z.literal(1),
  failures: z.number().int().min(0).max(1_000_000),
  lastFailureAt: z.string().max(64)
})

export interface UnlockAttempts {
  /** Milliseconds still to wait before a passphrase may be tried again (0: now). */
  waitLeft(operatorId: string): Promise<number>
  /** Counts a wrong passphrase; resolves with the failures in a row and the wait that follows. */
  failed(operatorId: string): Promise<{ failures: number; waitMs: number }>
  /** A right passphrase: the count starts again. */
  succeeded(operatorId: string): Promise<void>
}

export function unlockAttempts(
  dataDir: string,
  now: () => Date,
  log: (line: string) => void
): UnlockAttempts {
  /** Kept in memory too: a disk that refuses the write must not turn the wait off. */
  const known = new Map<string, { failures: number; lastFailureAt: number }>()

  async function read(operatorId: string): Promise<{ failures: number; lastFailureAt: number }> {
    const remembered = known.get(operatorId)
    if (remembered) return remembered
    try {
      const parsed = attemptsSchema.safeParse(
        JSON.parse(await readFile(unlockAttemptsOf(dataDir, operatorId), 'utf8'))
      )
      // A damaged file counts as the longest wait rather than none: damaging it must not be a way round.
      if (!parsed.success) return { failures: 1_000, lastFailureAt: now().getTime() }
      const at = Date.parse(parsed.data.lastFailureAt)
      return { failures: parsed.data.failures, lastFailureAt: Number.isNaN(at) ? now().getTime() : at }
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') log(`unlock attempts: could not be read (${errnoCode(error)})`)
      return { failures: 0, lastFailureAt: 0 }
    }
  }

  return {
    async waitLeft(operatorId) {
      const { failures, lastFailureAt } = await read(operatorId)
      const wait = waitAfter(failures)
      // A clock set back would otherwise make the wait longer than the schedule says: never beyond it.
      return Math.min(wait, Math.max(0, lastFailureAt + wait - now().getTime()))
    },
    async failed(operatorId) {
      const failures = (await read(operatorId)).failures + 1
      const at = now()
      known.set(operatorId, { failures, lastFailureAt: at.getTime() })
      const record = { version: 1, failures, lastFailureAt: at.toISOString() }
      await replaceFile(unlockAttemptsOf(dataDir, operatorId), Buffer.from(JSON.stringify(record))).catch(
        (error: unknown) => log(`unlock attempts: could not be saved (${errnoCode(error)})`)
      )
      return { failures, waitMs: waitAfter(failures) }
    },
    async succeeded(operatorId) {
      known.delete(operatorId)
      await rm(unlockAttemptsOf(dataDir, operatorId), { force: true }).catch((error: unknown) =>
        log(`unlock attempts: could not be reset (${errnoCode(error)})`)
      )
    }
  }
}
