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
/** Failures in a row that a damaged record stands for: enough for the longest wait. */
const DAMAGED_FAILURES = 10

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

  async function save(operatorId: string, failures: number, at: Date): Promise<void> {
    known.set(operatorId, { failures, lastFailureAt: at.getTime() })
    const record = { version: 1, failures, lastFailureAt: at.toISOString() }
    await replaceFile(unlockAttemptsOf(dataDir, operatorId), Buffer.from(JSON.stringify(record))).catch(
      (error: unknown) => log(`unlock attempts: could not be saved (${errnoCode(error)})`)
    )
  }

  /** The file as it is, `none` when there is none, `damaged` when it cannot be read as a record. */
  async function fromFile(
    operatorId: string
  ): Promise<{ failures: number; lastFailureAt: number } | 'none' | 'damaged'> {
    let text: string
    try {
      text = await readFile(unlockAttemptsOf(dataDir, operatorId), 'utf8')
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return 'none'
      log(`unlock attempts: could not be read (${errnoCode(error)})`)
      return 'damaged'
    }
    let parsed: ReturnType<typeof attemptsSchema.safeParse>
    try {
      parsed = attemptsSchema.safeParse(JSON.parse(text))
    } catch {
      return 'damaged'
    }
    const at = parsed.success ? Date.parse(parsed.data.lastFailureAt) : Number.NaN
    if (!parsed.success || Number.isNaN(at)) return 'damaged'
    return { failures: parsed.data.failures, lastFailureAt: at }
  }

  async function read(operatorId: string): Promise<{ failures: number; lastFailureAt: number }> {
    const remembered = known.get(operatorId)
    const found = remembered ?? (await fromFile(operatorId))
    if (found === 'none') return { failures: 0, lastFailureAt: 0 }
    const current = now()
    // A damaged file (truncated, not JSON, not a record) counts as the longest wait rather than none,
    // so damaging it is no way round; from now, and written down, so that wait ends like any other.
    if (found === 'damaged') {
      await save(operatorId, DAMAGED_FAILURES, current)
      return { failures: DAMAGED_FAILURES, lastFailureAt: current.getTime() }
    }
    // A last failure in the future means the clock was set back since: the wait counts from now, or it
    // would slide forward with every try and never end.
    if (found.lastFailureAt > current.getTime()) {
      await save(operatorId, found.failures, current)
      return { failures: found.failures, lastFailureAt: current.getTime() }
    }
    return found
  }

  return {
    async waitLeft(operatorId) {
      const { failures, lastFailureAt } = await read(operatorId)
      return Math.max(0, lastFailureAt + waitAfter(failures) - now().getTime())
    },
    async failed(operatorId) {
      const failures = (await read(operatorId)).failures + 1
      await save(operatorId, failures, now())
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
