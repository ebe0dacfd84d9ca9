// Operator profiles: add (key checked with Truora, then stored in the keychain), list, select,
// check, remove (key, data key and cache all gone, once the operator has agreed to lose what is still
// queued). The API key is never returned (DESIGN.md §1 promise 2). Nothing half-done stays behind: an
// add the disk refuses takes back its keychain entries and its folder.
import { randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import type { Calls } from '@shared/contract'
import type { Operator, OperatorCheck } from '@shared/domain'
import { fail, ok, type Result } from '@shared/result'
import type { OperatorAddInput, OperatorRemoveInput } from '@shared/schemas'
import { asFailure, type BackendContext } from '../backend/context'
import { errnoCode } from '../fs/errno-code'
import { decodeKeyClaims } from '../truora/jwt'
import { operatorFolderOf } from '../workspace/operator-paths'
import { keychainError } from './keychain'
import { writeProfileCopy } from './profile-copy'
import { queuedInFile } from './queued-count'

/** Truora keys that expire within this window get a warning when added (README "Operators"). */
const EXPIRY_WARNING_MS = 7 * 24 * 60 * 60 * 1000

/**
 * `leaveWorkspace` stops whatever works on the open workspace (reads, mirror, outbox, creations) and
 * closes it; it runs, inside `ctx.exclusive`, before the active operator changes or is removed.
 */
export function operatorsService(
  ctx: BackendContext,
  leaveWorkspace: () => Promise<void>
): Calls['operators'] {
  async function notifyActive(): Promise<void> {
    const { activeId, operators } = await ctx.profiles.read()
    ctx.events.emit('evt:operator-changed', operators.find((op) => op.id === activeId) ?? null)
  }

  /** Queued creations of an operator who is not open (or whose workspace cannot open). */
  async function queuedOnDisk(id: string): Promise<number | null> {
    const dataKey = await ctx.keychain.dataKey(id).catch(() => null)
    return queuedInFile(ctx.dataDir, id, dataKey)
  }

  /** Puts back what an add stored before the disk refused: its keychain entries and its folder. */
  async function undoAdd(id: string): Promise<void> {
    await rm(operatorFolderOf(ctx.dataDir, id), { recursive: true, force: true }).catch(() => {})
    await ctx.keychain
      .forget(id)
      .catch(() => ctx.log('operators: an add could not take back its keychain entries'))
  }

  return {
    async list() {
      const { activeId, operators } = await ctx.profiles.read()
      return ok({ operators, activeId })
    },

    async active() {
      const { activeId, operators } = await ctx.profiles.read()
      return ok(operators.find((op) => op.id === activeId) ?? null)
    },

    async add(input: OperatorAddInput) {
      const name = input.name.trim()
      const apiKey = input.apiKey.trim()
      const nameTaken = (operators: Operator[]) =>
        operators.some((op) => op.name.toLowerCase() === name.toLowerCase())
      const taken = () =>
        fail('conflict', 'An operator with this name already exists. Choose another name.', { field: 'name' })
      if (nameTaken((await ctx.profiles.read()).operators)) return taken()
      // One cheap authenticated call before anything is stored: a wrong key changes nothing.
      const checked = await ctx.observed(ctx.client.checkKey({ apiKey }))
      if (!checked.ok) return checked

      const claims = decodeKeyClaims(apiKey)
      const operator: Operator = {
        id: randomUUID(),
        name,
        createdAt: ctx.now().toISOString(),
        ...(claims?.clientId ? { clientId: claims.clientId } : {}),
        ...(claims?.keyName ? { keyName: claims.keyName } : {}),
        ...(claims?.expiresAt ? { keyExpiresAt: claims.expiresAt } : {})
      }
      // Read again inside the lock: the check above took a network round trip, during which another
      // add or a switch may have changed the profiles.
      const added = await ctx.exclusive(async (): Promise<Result<Operator>> => {
        const profiles = await ctx.profiles.read()
        if (nameTaken(profiles.operators)) return taken()
        try {
          await ctx.keychain.storeNew(operator.id, apiKey)
        } catch (error) {
          return fail(...asFailure(error, 'The key could not be stored in the keychain.'))
        }
        const activeId = profiles.activeId ?? operator.id
        try {
          // The copy first: a crash before operators.json is written still leaves a folder that names
          // the operator, and the next start takes it in (profiles-file.ts).
          await writeProfileCopy(ctx.dataDir, operator)
          await ctx.profiles.write({ activeId, operators: [...profiles.operators, operator] })
        } catch (error) {
          await undoAdd(operator.id)
          return diskFailure(error, 'The operator could not be saved')
        }
        if (activeId === operator.id) await notifyActive()
        return ok(operator)
      })
      if (!added.ok) return added
      const expiresIn = operator.keyExpiresAt
        ? Date.parse(operator.keyExpiresAt) - ctx.now().getTime()
        : Infinity
      return ok({ operator, keyExpiresSoon: expiresIn < EXPIRY_WARNING_MS })
    },

    select: (id: string) =>
      ctx.exclusive(async () => {
        const profiles = await ctx.profiles.read()
        const operator = profiles.operators.find((op) => op.id === id)
        if (!operator) return fail('not_found', 'This operator no longer exists.')
        if (profiles.activeId !== id) {
          await leaveWorkspace()
          await ctx.profiles.write({ ...profiles, activeId: id })
          await notifyActive()
        }
        return ok(operator)
      }),

    async check(id: string): Promise<Result<OperatorCheck>> {
      const { activeId, operators } = await ctx.profiles.read()
      if (!operators.some((op) => op.id === id)) return fail('not_found', 'This operator no longer exists.')
      const keychain = await ctx.keychain.state(id)
      if (keychain === 'locked' || keychain === 'unreachable')
        return ok({ operatorId: id, keychain, queued: null })
      // The active operator's cache is opened as any use would open it; another's is only read.
      if (id === activeId && (keychain === 'ok' || keychain === 'api_key_missing')) {
        const opened = await ctx.workspace()
        if (opened.ok && opened.data.operatorId === id) {
          return ok({ operatorId: id, keychain, queued: opened.data.cache.outbox.list().length })
        }
      }
      return ok({ operatorId: id, keychain, queued: await queuedOnDisk(id) })
    },

    remove: (id: string, confirm?: OperatorRemoveInput) =>
      ctx.exclusive(async () => {
        const profiles = await ctx.profiles.read()
        if (!profiles.operators.some((op) => op.id === id)) {
          return fail('not_found', 'This operator no longer exists.')
        }
        // A locked keychain deletes nothing (deletePassword answers false): removing now would leave
        // its keys behind and tell the operator they were gone.
        const keychain = await ctx.keychain.state(id)
        if (keychain === 'locked' || keychain === 'unreachable') throw keychainError(keychain, id)
        const open = ctx.currentWorkspace()?.operatorId === id ? ctx.currentWorkspace() : undefined
        const agreed = confirm === undefined ? 0 : confirm.queuedLost
        const unconfirmed = (queued: number | null) =>
          queued !== 0 && queued !== agreed
            ? fail<null>(
                'conflict',
                queued === null
                  ? "This operator's cache cannot be read, so the creations queued in it cannot be counted; removing it loses them. Confirm to remove it anyway."
                  : `${queued} creation(s) of this operator are still waiting to be sent; removing it loses them. Confirm to remove it anyway.`,
                { reason: 'queued_creations', queued }
              )
            : undefined
        const before = open ? open.cache.outbox.list().length : await queuedOnDisk(id)
        const refused = unconfirmed(before)
        if (refused) return refused
        if (open || profiles.activeId === id) await leaveWorkspace()
        // Sends and creations in flight have settled now: a creation queued meanwhile is not lost unseen.
        const after = open ? open.cache.outbox.list().length : before
        const refusedAfter = unconfirmed(after)
        if (refusedAfter) return refusedAfter
        try {
          await ctx.keychain.forget(id)
        } catch (error) {
          return fail(...asFailure(error, 'The key could not be removed from the keychain.'))
        }
        const operators = profiles.operators.filter((op) => op.id !== id)
        const activeId = profiles.activeId === id ? (operators[0]?.id ?? null) : profiles.activeId
        try {
          await rm(operatorFolderOf(ctx.dataDir, id), { recursive: true, force: true })
          await ctx.profiles.write({ activeId, operators })
        } catch (error) {
          return diskFailure(error, 'The operator could not be removed completely')
        }
        if (activeId !== profiles.activeId) await notifyActive()
        return ok(null)
      })
  }
}

/** A write the file system refused (ENOSPC, EROFS, EACCES…): said as such, for the renderer to word. */
function diskFailure<T>(error: unknown, what: string): Result<T> {
  const errno = errnoCode(error)
  if (errno === 'unknown') return fail('internal', `${what}.`)
  return fail('internal', `${what}: the disk refused the write (${errno}).`, { reason: 'disk', errno })
}
