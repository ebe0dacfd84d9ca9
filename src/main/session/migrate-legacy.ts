// `session.choosePassphrase`: an operator added before passphrases existed (their API key and data key
// raw in the keychain) chooses one at the next start (README "Security", migration). Nothing may be lost
// on the way, so the order is: read the raw entries; wrap them; store the wrapped entry; read it back
// and open it with the passphrase; note the profile as wrapped; only then delete the raw entries. A stop
// at any step leaves the raw entries, or a wrapped entry that opens, or both (the unlock then deletes the
// leftovers) — never neither.
import type { Calls } from '@shared/contract'
import type { Operator } from '@shared/domain/operators'
import type { SessionStatus } from '@shared/domain/session'
import { fail, ok, type Result } from '@shared/result'
import type { ChoosePassphraseInput } from '@shared/schemas'
import type { BackendContext } from '../backend/context'
import { diskFailure } from '../fs/disk-failure'
import { KeychainError } from '../operators/keychain'
import { writeProfileCopy } from '../operators/profile-copy'
import type { SessionControl } from './session-service'
import { unwrapSecrets, wrapSecrets, type VaultSecrets } from './vault-crypto'

/**
 * Notes in the operator's profile (and its copy) that their secrets are wrapped. Also for a profile
 * recovered from a folder without its copy, whose wrapped entry the keychain still holds.
 */
export function markWrapped(ctx: BackendContext, operator: Operator): Promise<Operator> {
  return ctx.exclusive(async () => {
    const profiles = await ctx.profiles.read()
    const wrapped = { ...operator, wrappedAt: ctx.now().toISOString() }
    await writeProfileCopy(ctx.dataDir, wrapped)
    await ctx.profiles.write({
      ...profiles,
      operators: profiles.operators.map((op) => (op.id === operator.id ? wrapped : op))
    })
    return wrapped
  })
}

export function choosePassphrase(
  ctx: BackendContext,
  control: SessionControl
): Calls['session']['choosePassphrase'] {
  const markWrappedHere = (operator: Operator) => markWrapped(ctx, operator)

  const refused = (error: unknown): Result<never> | undefined =>
    error instanceof KeychainError ? { ok: false, error: error.appError } : undefined

  async function migrate({ operatorId, passphrase }: ChoosePassphraseInput): Promise<Result<SessionStatus>> {
    const { operators } = await ctx.profiles.read()
    const operator = operators.find((op) => op.id === operatorId)
    if (!operator) return fail('not_found', 'This operator no longer exists.')
    const alreadySet = () =>
      fail('conflict', 'This operator already has a passphrase: unlock with it.', {
        reason: 'passphrase_set'
      })
    if (operator.wrappedAt !== undefined) return alreadySet()

    let raw: VaultSecrets
    try {
      raw = await ctx.keychain.legacySecrets(operatorId)
    } catch (error) {
      // Stopped after the raw entries went but before the profile was noted: the wrapped entry is there.
      const wrappedThere = await ctx.keychain.vault(operatorId).then(
        () => true,
        () => false
      )
      if (wrappedThere) {
        await markWrappedHere(operator).catch(() => undefined)
        return alreadySet()
      }
      const answer = refused(error)
      if (answer) return answer
      throw error
    }
    try {
      await ctx.keychain.storeVault(operatorId, await wrapSecrets(operatorId, passphrase, raw, ctx.vaultCost))
      // Read back and opened: only a wrapped entry proven to open lets the raw ones go.
      const back = await unwrapSecrets(operatorId, passphrase, await ctx.keychain.vault(operatorId))
      if (!back.ok || back.secrets.apiKey !== raw.apiKey || !back.secrets.dataKey.equals(raw.dataKey)) {
        return fail('internal', 'The keychain did not keep the wrapped keys; nothing was deleted. Try again.')
      }
      raw.dataKey.fill(0)
      let wrapped: Operator
      try {
        wrapped = await markWrappedHere(operator)
      } catch (error) {
        // The raw entries stay; choosing again wraps them again.
        return diskFailure(error, 'The operator could not be saved')
      }
      await ctx.keychain
        .forgetLegacy(operatorId)
        .catch(() => ctx.log('migration: the raw keychain entries could not be deleted yet'))
      await ctx.exclusive(() => control.beginInside(wrapped, back.secrets, { action: 'passphrase_set' }))
      return ok(ctx.session.status())
    } catch (error) {
      const answer = refused(error)
      if (answer) return answer
      throw error
    }
  }

  return (input) => control.serially(() => migrate(input))
}
