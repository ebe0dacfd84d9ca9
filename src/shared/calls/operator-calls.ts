// The calls about who uses the laptop (DESIGN.md §1-2): operator profiles, the session lock, each
// operator's preferences and activity log. Most of them are the lock screen's, so they say so in the table.
import { z } from 'zod'
import { CHANNEL_NAMES } from '../channels'
import type { ActivityExport, ActivityPage } from '../domain/activity'
import type { Operator, OperatorAdded, OperatorCheck, OperatorList } from '../domain/operators'
import type { OperatorPreferences } from '../domain/preferences'
import type { SessionStatus } from '../domain/session'
import {
  activityQuerySchema,
  choosePassphraseSchema,
  operatorAddSchema,
  operatorIdSchema,
  operatorRemoveSchema,
  preferencesUpdateSchema,
  unlockSchema,
  type ActivityQuery,
  type ChoosePassphraseInput,
  type OperatorAddInput,
  type OperatorRemoveInput,
  type PreferencesUpdate,
  type UnlockInput
} from '../schemas'
import { atLockScreen, id, none, type Call, type ChannelTable } from './channel-row'

export interface OperatorCalls {
  operators: {
    /** While locked, names only (the lock screen's list). */
    list: Call<[], OperatorList>
    /**
     * Adds an operator whose secrets are wrapped by `input.passphrase`. Added while the session is
     * locked (the first operator, or a new one at the lock screen), it is unlocked as them.
     */
    add: Call<[input: OperatorAddInput], OperatorAdded>
    /** What the operator's keychain entries allow now, and how many queued creations removal would lose. */
    check: Call<[id: string], OperatorCheck>
    /**
     * Refused with `conflict` (`details.reason: 'queued_creations'`, `details.queued`) while creations
     * are queued and `confirm.queuedLost` does not name exactly that number. Works while locked: it is
     * the only way back from a forgotten passphrase.
     */
    remove: Call<[id: string, confirm?: OperatorRemoveInput], null>
    active: Call<[], Operator | null>
  }
  session: {
    status: Call<[], SessionStatus>
    /**
     * Unlocks `operatorId` (locking whoever was unlocked first). `wrong_passphrase` with
     * `details.failures` and `details.waitMs`; while a wait runs, `rate_limited` with
     * `details.reason: 'unlock_wait'` and `details.retryAt`, without trying the passphrase.
     */
    unlock: Call<[input: UnlockInput], SessionStatus>
    lock: Call<[], SessionStatus>
    /** The renderer saw the operator use the app: the idle time starts again (unless already past). */
    reportActivity: Call<[], SessionStatus>
    /**
     * An operator made before passphrases chooses one: their raw keychain entries are wrapped, then
     * deleted, and they are unlocked.
     */
    choosePassphrase: Call<[input: ChoosePassphraseInput], SessionStatus>
  }
  preferences: {
    /** The unlocked operator's idle lock and retention. */
    get: Call<[], OperatorPreferences>
    update: Call<[changes: PreferencesUpdate], OperatorPreferences>
  }
  activity: {
    /** The unlocked operator's activity log, newest first. */
    list: Call<[query?: ActivityQuery], ActivityPage>
    /** Saves the log as CSV where the operator chooses (a save dialog). */
    export: Call<[], ActivityExport>
  }
}

export const OPERATOR_CHANNELS = {
  operators: {
    list: { channel: CHANNEL_NAMES.operators.list, args: none, ...atLockScreen },
    add: { channel: CHANNEL_NAMES.operators.add, args: id(operatorAddSchema), ...atLockScreen },
    check: { channel: CHANNEL_NAMES.operators.check, args: id(operatorIdSchema), ...atLockScreen },
    remove: {
      channel: CHANNEL_NAMES.operators.remove,
      args: z.tuple([operatorIdSchema, operatorRemoveSchema.optional()]),
      ...atLockScreen
    },
    active: { channel: CHANNEL_NAMES.operators.active, args: none }
  },
  session: {
    status: { channel: CHANNEL_NAMES.session.status, args: none, ...atLockScreen },
    unlock: { channel: CHANNEL_NAMES.session.unlock, args: id(unlockSchema), ...atLockScreen },
    lock: { channel: CHANNEL_NAMES.session.lock, args: none, ...atLockScreen },
    reportActivity: { channel: CHANNEL_NAMES.session.reportActivity, args: none, ...atLockScreen },
    choosePassphrase: {
      channel: CHANNEL_NAMES.session.choosePassphrase,
      args: id(choosePassphraseSchema),
      ...atLockScreen
    }
  },
  preferences: {
    get: { channel: CHANNEL_NAMES.preferences.get, args: none },
    update: { channel: CHANNEL_NAMES.preferences.update, args: id(preferencesUpdateSchema) }
  },
  activity: {
    list: { channel: CHANNEL_NAMES.activity.list, args: z.tuple([activityQuerySchema.optional()]) },
    export: { channel: CHANNEL_NAMES.activity.export, args: none }
  }
} as const satisfies ChannelTable<OperatorCalls>
