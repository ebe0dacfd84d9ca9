// Operator profiles: add (key checked with Truora, then stored in the keychain), list, select,
// remove (key, data key and cache all gone). The API key is never returned (DESIGN.md §1 promise 2).
import { randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import type { Calls } from '@shared/contract'
import type { Operator } from '@shared/domain'
import { fail, ok } from '@shared/result'
import type { OperatorAddInput } from '@shared/schemas'
import { asFailure, type BackendContext } from '../backend/context'
import { decodeKeyClaims } from '../truora/jwt'
import { operatorFolderOf } from '../workspace/workspace'

/** Truora keys that expire within this window get a warning when added (issue 3 "Checking a key"). */
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
      const added = await ctx.exclusive(async () => {
        const profiles = await ctx.profiles.read()
        if (nameTaken(profiles.operators)) return taken()
        try {
          await ctx.keychain.setApiKey(operator.id, apiKey)
          await ctx.keychain.createDataKey(operator.id)
        } catch (error) {
          await ctx.keychain.forget(operator.id).catch(() => {})
          return fail(...asFailure(error, 'The key could not be stored in the keychain.'))
        }
        const activeId = profiles.activeId ?? operator.id
        await ctx.profiles.write({ activeId, operators: [...profiles.operators, operator] })
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

    remove: (id: string) =>
      ctx.exclusive(async () => {
        const profiles = await ctx.profiles.read()
        if (!profiles.operators.some((op) => op.id === id)) {
          return fail('not_found', 'This operator no longer exists.')
        }
        if (ctx.currentWorkspace()?.operatorId === id || profiles.activeId === id) {
          await leaveWorkspace()
        }
        try {
          await ctx.keychain.forget(id)
        } catch (error) {
          return fail(...asFailure(error, 'The key could not be removed from the keychain.'))
        }
        await rm(operatorFolderOf(ctx.dataDir, id), { recursive: true, force: true })
        const operators = profiles.operators.filter((op) => op.id !== id)
        const activeId = profiles.activeId === id ? (operators[0]?.id ?? null) : profiles.activeId
        await ctx.profiles.write({ activeId, operators })
        if (activeId !== profiles.activeId) await notifyActive()
        return ok(null)
      })
  }
}
