// The session lock (DESIGN.md §6; README "Security", threat model): unlocking an operator with their
// passphrase unwraps their secrets into main's memory, locking drops them. `session.*` calls, the lock
// itself (idle, the OS, a removal, quit), and the gate the call boundary asks before every call: while
// nobody is unlocked only the lock screen's calls (the channel table's `whileLocked`) go through.
import type { ChannelEntry, Calls } from '@shared/contract'
import type { Operator } from '@shared/domain/operators'
import type { LockReason, SessionStatus } from '@shared/domain/session'
import { fail, ok, type Result } from '@shared/result'
import type { UnlockInput } from '@shared/schemas'
import type { BackendContext } from '../backend/context'
import type { NewEntry } from '../activity/activity-recorder'
import { KeychainError, keychainError } from '../operators/keychain'
import { readPreferences } from '../operators/preferences-file'
import { markWrapped } from './migrate-legacy'
import { lockedResult } from './session-state'
import type { UnlockAttempts } from './unlock-attempts'
import { unwrapSecrets, type VaultSecrets } from './vault-crypto'

export interface SessionControl {
  /** `session.*` but `choosePassphrase` (migrate-legacy.ts). */
  calls: Omit<Calls['session'], 'choosePassphrase'>
  /** Locks now, waiting for profile changes under way; resolves once the keys are dropped. */
  lock(reason: LockReason): Promise<void>
  /** The same, for work that already runs inside `ctx.exclusive`. */
  lockInside(reason: LockReason): Promise<void>
  /**
   * Starts `operator`'s session with secrets in hand (unlock, add, migration); inside `ctx.exclusive`.
   * `before` is recorded in their log ahead of the unlock (the passphrase just chosen).
   */
  beginInside(operator: Operator, secrets: VaultSecrets, before?: NewEntry): Promise<void>
  /** Unlock attempts and migrations run one at a time, so no guess skips the wait another earned. */
  serially<T>(work: () => Promise<T>): Promise<T>
  /** What the call boundary answers instead of running `entry` now, if anything. */
  gate(entry: ChannelEntry): Promise<Result<never> | undefined>
  /** Locks if the unlocked operator has been idle for their chosen time (the Backend's tick). */
  lockIfIdle(): Promise<void>
}

export interface SessionDeps {
  attempts: UnlockAttempts
  /** Stops what works on the open workspace and closes it (cancels reads, pauses the outbox…). */
  leaveWorkspace(): Promise<void>
  /** The mirror: a run a lock stops is started again when the same operator unlocks. */
  mirror: { running(): { historyOnly: boolean } | undefined; resume(run: { historyOnly: boolean }): void }
}

export function sessionService(ctx: BackendContext, deps: SessionDeps): SessionControl {
  let serial: Promise<unknown> = Promise.resolve()
  /** A mirror the last lock stopped, for that operator's next unlock. */
  let stopped: { operatorId: string; run: { historyOnly: boolean } } | undefined

  function serially<T>(work: () => Promise<T>): Promise<T> {
    const run = serial.then(work)
    serial = run.catch(() => undefined)
    return run
  }

  function changed(): void {
    ctx.events.emit('evt:session-changed', ctx.session.status())
  }

  async function lockInside(reason: LockReason): Promise<void> {
    const operatorId = ctx.session.unlockedId()
    if (operatorId === null) return
    const run = deps.mirror.running()
    const workspace = ctx.currentWorkspace()
    try {
      await deps.leaveWorkspace()
    } catch (error) {
      // The cache's last write failed (a full disk): the store keeps its changes in memory, with its own
      // copy of the key, and the next open or quit writes them (workspace/host.ts). Nothing is lost.
      ctx.log(
        `session: the cache could not be closed at lock (${error instanceof Error ? error.name : 'error'})`
      )
    }
    if (workspace) await ctx.outboxNotes.write(operatorId, workspace.cache.outbox.list().length)
    await ctx.activity.record({ action: 'lock', detail: { reason } })
    await ctx.activity.close()
    ctx.session.end(reason)
    stopped = run ? { operatorId, run } : undefined
    changed()
  }

  async function beginInside(operator: Operator, secrets: VaultSecrets, before?: NewEntry): Promise<void> {
    if (ctx.session.unlockedId() !== null) await lockInside('operator')
    const profiles = await ctx.profiles.read()
    if (profiles.activeId !== operator.id) {
      // The lock screen offers this operator first next time; not being able to note it loses nothing.
      await ctx.profiles
        .write({ ...profiles, activeId: operator.id })
        .then(() => ctx.events.emit('evt:operator-changed', operator))
        .catch(() => ctx.log('session: could not note the operator unlocked last'))
    }
    const preferences = await readPreferences(ctx.dataDir, operator.id, ctx.log)
    ctx.session.begin(operator.id, secrets, preferences.lockAfterMinutes * 60_000)
    try {
      await ctx.activity.open(operator.id, secrets.dataKey)
    } catch (error) {
      ctx.log(
        `session: the activity log could not be opened (${error instanceof Error ? error.name : 'error'})`
      )
    }
    if (before) await ctx.activity.record(before)
    await ctx.activity.record({ action: 'unlock' })
    changed()
    // Raw entries left by a migration cut short (an operator wrapped after they were made): the wrapped
    // entry has just opened, so they can go. One added with a passphrase never had any.
    if (operator.wrappedAt !== operator.createdAt) {
      await ctx.keychain
        .hasLegacy(operator.id)
        .then((left) => (left ? ctx.keychain.forgetLegacy(operator.id) : undefined))
        .catch(() =>
          ctx.log('session: raw keychain entries left from the migration could not be deleted yet')
        )
    }
    // Opened now rather than at the first call: the outbox drains and retention applies (host.ts onOpened).
    void ctx.workspace()
    if (stopped?.operatorId === operator.id) deps.mirror.resume(stopped.run)
    stopped = undefined
  }

  async function unlock({ operatorId, passphrase }: UnlockInput): Promise<Result<SessionStatus>> {
    const { operators } = await ctx.profiles.read()
    const operator = operators.find((op) => op.id === operatorId)
    if (!operator) return fail('not_found', 'This operator no longer exists.')
    // A profile without `wrappedAt` was made before passphrases — or recovered from a folder that had
    // lost its profile copy, while the keychain still holds the wrapped entry.
    const recovered = operator.wrappedAt === undefined && (await hasVault(operatorId))
    if (operator.wrappedAt === undefined && !recovered) {
      return fail('conflict', 'This operator has no passphrase yet: choose one first.', {
        reason: 'passphrase_needed'
      })
    }
    const waitMs = await deps.attempts.waitLeft(operatorId)
    if (waitMs > 0) {
      return fail('rate_limited', 'Too many wrong passphrases: wait before trying again.', {
        reason: 'unlock_wait',
        waitMs,
        retryAt: new Date(ctx.now().getTime() + waitMs).toISOString()
      })
    }
    let stored: string
    try {
      stored = await ctx.keychain.vault(operatorId)
    } catch (error) {
      if (error instanceof KeychainError) return { ok: false, error: error.appError }
      throw error
    }
    const opened = await unwrapSecrets(operatorId, passphrase, stored)
    if (!opened.ok && opened.reason === 'damaged') {
      return { ok: false, error: keychainError('secrets_missing', operatorId).appError }
    }
    if (!opened.ok) {
      const { failures, waitMs: next } = await deps.attempts.failed(operatorId)
      await ctx.activity.leave([operatorId], { action: 'unlock_failed', detail: { failures } })
      return fail('wrong_passphrase', 'That passphrase does not open this operator.', {
        failures,
        waitMs: next,
        ...(next > 0 ? { retryAt: new Date(ctx.now().getTime() + next).toISOString() } : {})
      })
    }
    await deps.attempts.succeeded(operatorId)
    const profile = recovered
      ? await markWrapped(ctx, operator).catch(() => ({ ...operator, wrappedAt: operator.createdAt }))
      : operator
    // Inside the exclusive gate: a lock under way (idle, the OS) ends before this one is decided.
    await ctx.exclusive(async () => {
      if (ctx.session.unlockedId() !== operatorId) return beginInside(profile, opened.secrets)
      // Already unlocked (the passphrase was typed again): nothing to start again.
      opened.secrets.dataKey.fill(0)
      ctx.session.touch()
    })
    return ok(ctx.session.status())
  }

  const lock = (reason: LockReason) => ctx.exclusive(() => lockInside(reason))
  /** Idle is looked at again inside the gate: an unlock or activity just before may have reset it. */
  const lockIfIdle = () =>
    ctx.exclusive(async () => {
      if (ctx.session.idleExpired()) await lockInside('idle')
    })
  const hasVault = (operatorId: string) =>
    ctx.keychain.vault(operatorId).then(
      () => true,
      () => false
    )

  return {
    calls: {
      status: async () => ok(ctx.session.status()),
      unlock: (input) => serially(() => unlock(input)),
      async lock() {
        await lock('operator')
        return ok(ctx.session.status())
      },
      async reportActivity() {
        // Past the idle time already, activity does not bring the session back: it locks.
        if (ctx.session.idleExpired()) await lockIfIdle()
        else ctx.session.touch()
        return ok(ctx.session.status())
      }
    },
    lock,
    lockInside,
    beginInside,
    serially,
    async gate(entry) {
      // An idle time that has run out locks before any call is answered, the lock screen's too: until
      // the next tick, operators.list would otherwise still show full profiles to whoever sits down.
      if (ctx.session.idleExpired()) await lockIfIdle()
      if (entry.whileLocked) return undefined
      if (ctx.session.unlockedId() === null) return lockedResult()
      return undefined
    },
    async lockIfIdle() {
      if (ctx.session.idleExpired()) await lockIfIdle()
    }
  }
}
