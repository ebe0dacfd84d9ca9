// English messages for operators and their session: the operator form, first run, key expiry, passphrase, lock, migration, recovery, security; the reference shape es and pt-BR are typed against.
// Keep "@", "{", "}", "|" and "$" out of plain text: vue-i18n reads them as message syntax.
export const operators = {
  operatorForm: {
    name: 'Operator name',
    nameHint: 'How this profile is shown, e.g. your name or office.',
    apiKey: 'Truora API key',
    apiKeyHint:
      'Kept in this computer’s keychain, locked with the passphrase below; it leaves only to call Truora.',
    showKey: 'Show key',
    hideKey: 'Hide key',
    submit: 'Save operator',
    saving: 'Checking the key with Truora…',
    added: 'Operator {name} added.',
    clientId: 'Truora client',
    keyExpires: 'Key expires',
    expiresSoon: 'This key expires soon ({date}). Ask Truora for a new one before then.'
  },
  setup: {
    heading: 'Welcome',
    intro:
      'To look up and create accounts, add the Truora API key you were given. You can add more operators later in Settings.',
    continue: 'Start searching'
  },
  keyExpiry: {
    soon: 'This API key expires on {date}, in {count} days. Ask Truora for a new one before then. | This API key expires on {date}, tomorrow. Ask Truora for a new one before then. | This API key expires on {date}, in {count} days. Ask Truora for a new one before then.',
    expired: 'This API key expired on {date}: Truora refuses it. Add the operator again with a new key.',
    soonShort: 'Key expires in {count} days | Key expires tomorrow | Key expires in {count} days',
    expiredShort: 'Key expired'
  },
  passphrase: {
    label: 'Passphrase',
    confirm: 'Type the passphrase again',
    show: 'Show passphrase',
    hide: 'Hide passphrase',
    hint: 'At least 8 characters: a few words are easier to remember and harder to guess. You type it each time you open the app, and again after {minutes} minutes without use.',
    forgetWarning:
      'A passphrase cannot be recovered. If it is forgotten, the only way back is to remove the operator and add the API key again, losing what is cached on this computer and any creations still waiting to be sent.',
    strength: {
      label: 'Strength (an estimate):',
      too_short: 'too short',
      weak: 'weak — easy to guess',
      fair: 'fair — add a word or two',
      good: 'good',
      strong: 'strong'
    }
  },
  lock: {
    heading: 'Locked',
    who: 'Who is working?',
    needsPassphrase: 'Choose a passphrase',
    passphraseFor: '{name}’s passphrase',
    unlock: 'Unlock',
    unlocking: 'Unlocking…',
    wrong: 'That passphrase is not right. Try again.',
    wrongWait: 'That passphrase is not right. After several wrong ones you must wait: try again in {time}.',
    waitFor: 'Too many wrong passphrases: try again in {time}.',
    forgot: 'Forgot the passphrase?',
    addOperator: 'Add an operator',
    reason: {
      start: 'Each operator’s key and cached accounts open only with their passphrase.',
      idle: 'Locked after {minutes} minutes without use. Nothing is lost: unlock to carry on.',
      system: 'Locked because the computer was locked or went to sleep.',
      operator: 'Choose who is working and type their passphrase.',
      removed: 'The operator was removed. Choose who is working.'
    }
  },
  migration: {
    heading: 'Choose a passphrase for {name}',
    intro:
      'This operator was set up before passphrases. Choose one now: from now on it locks this operator’s API key and cached accounts on this computer. Nothing is lost: the cache and the creations waiting to be sent stay as they are.',
    submit: 'Save the passphrase and open',
    saving: 'Locking the keys with the passphrase…'
  },
  forgot: {
    title: 'Forgot the passphrase of {name}?',
    body: 'A passphrase cannot be recovered or reset: nothing else opens this operator’s key and cached accounts on this computer. The only way back is to remove the operator and add their Truora API key again. Removing deletes, from this computer, the cached accounts and history (they can be synced again from Truora) and the activity log.',
    lossNone: 'No creations are waiting to be sent, so none is lost.',
    lossQueued:
      'It also deletes {count} creation still waiting to be sent to Truora: it will never be sent. | It also deletes {count} creations still waiting to be sent to Truora: they will never be sent.',
    lossUnknown:
      'How many creations are waiting to be sent cannot be told: any there are deleted too and will never be sent.',
    confirm: 'Remove {name}'
  },
  security: {
    heading: 'Security and privacy',
    lockAfter: 'Lock after no use for',
    lockAfterHint:
      'Also locks when the computer is locked or goes to sleep, and with the Lock button (Ctrl+L).',
    minutes: '{count} minute | {count} minutes',
    retention: 'Forget cached personal data not refreshed for',
    retentionHint: 'Applied when the app opens and daily. Creations waiting to be sent are always kept.',
    retentionOff: 'Never (keep it)',
    days: '{count} day | {count} days',
    saved: 'Saved.'
  }
}

export type OperatorsMessages = typeof operators
