// Operator profiles: add (key checked with Truora, then wrapped by the operator's passphrase and stored
// in the keychain), list, check, remove (every keychain entry, the cache and the activity log gone, once
// the operator has agreed to lose what is still queued). The API key is never returned (DESIGN.md §1
// promise 2). Nothing half-done stays behind: an add the disk refuses takes back its keychain entry
// and its folder. While the session is locked, the list shows names only.
import { randomUUID } from 'node:crypto'
import { rm, stat } from 'node:fs/promises'
import type { Calls } from '@shared/contract'
import type { ListedOperator, Operator, OperatorCheck } from '@shared/domain/operators'
import { KEY_WARNING_MS } from '@shared/key-warning'
import { fail, ok, type Result } from '@shared/result'
import type { OperatorAddInput, OperatorRemoveInput } from '@shared/schemas'
import { asFailure, type BackendContext } from '../backend/context'
import { diskFailure } from '../fs/disk-failure'
import { generateDataKey } from '../cache/open-cache'
import type { SessionControl } from '../session/session-service'
import { wrapSecrets } from '../session/vault-crypto'
import { decodeKeyClaims } from '../truora/jwt'
import { cacheFolderOf, legacyCacheFileOf, operatorFolderOf } from '../workspace/operator-paths'
import { keychainError } from './keychain'
import { writeProfileCopy } from './profile-copy'
import { queuedInFile } from './queued-count'

/** Truora keys that expire within this window get a warning when added (README "Operators"). */

/** `session` starts the session of an operator added while locked, and locks one that is removed. */
export function operatorsService(ctx: BackendContext, session: SessionControl): Calls['operators'] {
  const wrapped = (operator: Operator) => operator.wrappedAt !== undefined

  /** Queued creations of an operator who is not unlocked: counted in their file, or as last noted. */
  async function queuedOnDisk(operator: Operator): Promise<number | null> {
    if (!wrapped(operator)) {
      // Made before passphrases: the raw data key still opens the file.
      const raw = await ctx.keychain.legacySecrets(operator.id).catch(() => null)
      return queuedInFile(ctx.dataDir, operator.id, raw?.dataKey ?? null)
    }
    const noted = await ctx.outboxNotes.read(operator.id)
    if (noted !== undefined) return noted
    // Without a cache (in parts, or an old one-file cache) there is nothing to lose.
    const exists = async (path: string): Promise<boolean> =>
      (await stat(path).catch(() => undefined)) !== undefined
    const any =
      (await exists(cacheFolderOf(ctx.dataDir, operator.id))) ||
      (await exists(legacyCacheFileOf(ctx.dataDir, operator.id)))
    return any ? null : 0
  }

  /** Puts back what an add stored before the disk refused: its keychain entry and its folder. */
  async function undoAdd(id: string): Promise<void> {
    await rm(operatorFolderOf(ctx.dataDir, id), { recursive: true, force: true }).catch(() => {})
    await ctx.keychain
      .forget(id)
      .catch(() => ctx.log('operators: an add could not take back its keychain entries'))
  }

  /**
   * Made before passphrases, so one must be chosen: no `wrappedAt` and no wrapped entry (a profile
   * recovered without its copy has no `wrappedAt`, but its wrapped entry is still in the keychain).
   */
  const needsPassphrase = async (operator: Operator) =>
    !wrapped(operator) &&
    (await ctx.keychain.vault(operator.id).then(
      () => false,
      () => true
    ))

  async function listed(operator: Operator, namesOnly: boolean): Promise<ListedOperator> {
    const needs = await needsPassphrase(operator)
    return namesOnly
      ? { id: operator.id, name: operator.name, needsPassphrase: needs }
      : { ...operator, needsPassphrase: needs }
  }

  return {
    async list() {
      const { activeId, operators } = await ctx.profiles.read()
      const namesOnly = ctx.session.unlockedId() === null
      return ok({ operators: await Promise.all(operators.map((op) => listed(op, namesOnly))), activeId })
    },

    async active() {
      const { operators } = await ctx.profiles.read()
      return ok(operators.find((op) => op.id === ctx.session.unlockedId()) ?? null)
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
      const id = randomUUID()
      const now = ctx.now().toISOString()
      const operator: Operator = {
        id,
        name,
        createdAt: now,
        ...(claims?.clientId ? { clientId: claims.clientId } : {}),
        ...(claims?.keyName ? { keyName: claims.keyName } : {}),
        ...(claims?.expiresAt ? { keyExpiresAt: claims.expiresAt } : {}),
        wrappedAt: now
      }
      const secrets = { apiKey, dataKey: generateDataKey() }
      // Derived before the profiles are held (a fraction of a second of scrypt, in the thread pool).
      const vault = await wrapSecrets(id, input.passphrase, secrets, ctx.vaultCost)
      // Read again inside the lock: the check above took a network round trip, during which another
      // add or an unlock may have changed the profiles.
      const added = await ctx.exclusive(async (): Promise<Result<Operator>> => {
        const profiles = await ctx.profiles.read()
        if (nameTaken(profiles.operators)) return taken()
        try {
          await ctx.keychain.storeVault(id, vault)
        } catch (error) {
          return fail(...asFailure(error, 'The key could not be stored in the keychain.'))
        }
        try {
          // The copy first: a crash before operators.json is written still leaves a folder that names
          // the operator, and the next start takes it in (profiles-file.ts).
          await writeProfileCopy(ctx.dataDir, operator)
          await ctx.profiles.write({
            activeId: profiles.activeId ?? id,
            operators: [...profiles.operators, operator]
          })
        } catch (error) {
          await undoAdd(id)
          return diskFailure(error, 'The operator could not be saved')
        }
        if (profiles.activeId === null) ctx.events.emit('evt:operator-changed', operator)
        // Added at the lock screen (or as the first operator): they are the one at the keyboard.
        if (ctx.session.unlockedId() === null) await session.beginInside(operator, secrets)
        else await ctx.activity.record({ action: 'operator_added', detail: { name } })
        return ok(operator)
      })
      if (!added.ok) return added
      const expiresIn = operator.keyExpiresAt
        ? Date.parse(operator.keyExpiresAt) - ctx.now().getTime()
        : Infinity
      return ok({ operator, keyExpiresSoon: expiresIn <= KEY_WARNING_MS })
    },

    async check(id: string): Promise<Result<OperatorCheck>> {
      const { operators } = await ctx.profiles.read()
      const operator = operators.find((op) => op.id === id)
      if (!operator) return fail('not_found', 'This operator no longer exists.')
      const keychain = await ctx.keychain.state(id, wrapped(operator))
      if (keychain === 'locked' || keychain === 'unreachable')
        return ok({ operatorId: id, keychain, queued: null })
      // The unlocked operator's cache is opened as any use would open it; another's is only read.
      if (id === ctx.session.unlockedId()) {
        const opened = await ctx.workspace()
        if (opened.ok && opened.data.operatorId === id) {
          return ok({ operatorId: id, keychain, queued: opened.data.cache.outbox.list().length })
        }
      }
      return ok({ operatorId: id, keychain, queued: await queuedOnDisk(operator) })
    },

    remove: (id: string, confirm?: OperatorRemoveInput) =>
      ctx.exclusive(async () => {
        const profiles = await ctx.profiles.read()
        const operator = profiles.operators.find((op) => op.id === id)
        if (!operator) return fail('not_found', 'This operator no longer exists.')
        // A locked keychain deletes nothing (deletePassword answers false): removing now would leave
        // its keys behind and tell the operator they were gone.
        const keychain = await ctx.keychain.state(id, wrapped(operator))
        if (keychain === 'locked' || keychain === 'unreachable') throw keychainError(keychain, id)
        const unlocked = ctx.session.unlockedId() === id
        const open = unlocked ? ctx.currentWorkspace() : undefined
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
        const before = open ? open.cache.outbox.list().length : await queuedOnDisk(operator)
        const refused = unconfirmed(before)
        if (refused) return refused
        const remover = ctx.session.unlockedId()
        if (unlocked) await session.lockInside('removed')
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
          await ctx.outboxNotes.forget(id)
          await rm(operatorFolderOf(ctx.dataDir, id), { recursive: true, force: true })
          await ctx.profiles.write({ activeId, operators })
        } catch (error) {
          return diskFailure(error, 'The operator could not be removed completely')
        }
        // Told in the remover's own log, and in the others' for their next unlock.
        const removed = { action: 'operator_removed' as const, detail: { name: operator.name } }
        if (remover !== null && remover !== id) await ctx.activity.record(removed)
        await ctx.activity.leave(
          operators.map((op) => op.id).filter((other) => other !== remover),
          removed
        )
        if (activeId !== profiles.activeId) {
          ctx.events.emit('evt:operator-changed', operators.find((op) => op.id === activeId) ?? null)
        }
        return ok(null)
      })
  }
}
