// English messages for contract error codes and the shared schemas' validation keys; the reference shape es and pt-BR are typed against.
// Keep "@", "{", "}", "|" and "$" out of plain text: vue-i18n reads them as message syntax.
export const errors = {
  errors: {
    keychain: {
      locked:
        'The system keychain is locked, so this operator’s keys cannot be read right now. Nothing is lost: unlock the keychain (your login keyring or keychain) and try again.',
      unreachable:
        'The system keychain cannot be reached. Make sure it is running and unlocked, then try again. Nothing is lost.',
      data_key_missing:
        'The keychain no longer holds the key of this operator’s local cache, so the cache cannot be read; its file is kept as it is. If the keychain is restored, try again. Removing the operator would delete the cache and any creations queued in it.',
      api_key_missing:
        'The keychain no longer holds this operator’s API key, so nothing can be sent to Truora. Its cache and queued creations are kept. Removing the operator would delete them.',
      secrets_missing:
        'The keychain is open but holds neither of this operator’s keys, so its local cache cannot be read; its file is kept as it is. If the keychain is restored, try again. Removing the operator would delete the cache and any creations queued in it.'
    },
    disk: 'The disk refused the write ({errno}). Free some disk space, or check that the app’s data folder can be written, and try again.',
    invalid_input: 'Some fields are not valid. Check the highlighted fields.',
    not_found: 'Truora has no such record.',
    unauthorized: 'Truora rejected the API key. Check that it is complete and has not expired.',
    forbidden: 'This API key is not allowed to do that. Ask your Truora administrator.',
    conflict: 'An account with this ID already exists.',
    rate_limited: 'Truora is limiting requests right now. Wait a moment and try again.',
    server: 'Truora had a problem answering. Try again in a few minutes.',
    offline: 'You are offline. Check the network and try again.',
    timeout: 'Truora did not answer in time. Check the connection and try again.',
    bad_response: 'Truora sent an answer the app could not read.',
    keychain_unavailable:
      'The system keychain is locked or unavailable. Unlock it (or sign in again) and retry.',
    cache_corrupt: 'The local copy was damaged. It was set aside and will be rebuilt from Truora.',
    no_operator: 'Add or choose an operator first.',
    cancelled: 'The request was cancelled.',
    expired: 'This link or process has expired.',
    internal: 'Something went wrong inside the app. Try again; if it keeps happening, restart it.',
    locked: 'The app is locked. Unlock it with your passphrase.',
    wrong_passphrase: 'That passphrase is not right.',
    unlockWait: 'Too many wrong passphrases. Wait a moment before trying again.',
    passphraseNeeded: 'This operator was set up before passphrases: choose one first.',
    passphraseSet: 'This operator already has a passphrase: unlock with it.',
    reasons: {
      export:
        'The export could not be prepared from the cached data, so nothing was saved. Try again; if it keeps happening, restart the app.',
      too_large:
        'Truora sent an answer far larger than expected, so the app did not read it. Try again later.',
      egress:
        'Truora’s answer pointed to an address outside Truora, so the app did not follow it and did not send your key there.',
      too_many_pages:
        'The sync stopped: Truora kept sending more pages than any account list has. What was copied is kept.',
      no_new_accounts:
        'The sync stopped: Truora kept sending pages without any new account. What was copied is kept.',
      repeated_page: 'The sync stopped: Truora sent the same page twice. What was copied is kept.'
    },
    dismiss: 'Dismiss',
    notifications: 'Notifications',
    cacheCorrupt:
      'The local cache of this operator was damaged. It was moved aside and will be rebuilt from Truora.',
    cacheCorruptOutboxKept:
      'The local cache of this operator was damaged. It was moved aside and will be rebuilt from Truora. Creations waiting to be sent were kept ({count}) and will be sent.'
  },
  validation: {
    imageTooSmall: 'The image is too small to be a photo.',
    imageTooLarge: 'The image is larger than 8 MB.',
    imageSides: 'Take every photo this validation needs.',
    imageType: 'Only JPEG and PNG photos can be sent.',
    required: 'This field is required.',
    tooLong: 'This is too long.',
    accountIdPattern: 'Use only letters, digits, dots, dashes and underscores.',
    operatorId: 'Not a valid operator.',
    apiKeyShort: 'This API key looks too short: paste the whole key.',
    apiKeyChars: 'An API key has no spaces or special characters: paste it again.',
    email: 'Enter a valid e-mail address.',
    country: 'Choose a country from the list.',
    documentNumber: 'Use only letters, digits, dots and dashes.',
    documentType: 'Choose a document type.',
    date: 'Enter a valid date.',
    dateInFuture: 'The date cannot be in the future.',
    phone: 'Not a valid phone number for this country.',
    flowId: 'A flow ID starts with IPF.',
    redirectUrl: 'Enter a secure (https) address.',
    outboxId: 'Not a valid outbox item.',
    passphraseShort: 'Use at least 8 characters.',
    passphraseMismatch: 'The two passphrases are not the same.',
    hiddenChars: 'Remove the invisible or control characters (they often come with pasted text).',
    invalid: 'This value is not valid.'
  }
}

export type ErrorsMessages = typeof errors
