// English messages: the reference shape; es and pt-BR must have every key (checked by the type below).
// Keep "@", "{", "}", "|" and "$" out of plain text: vue-i18n reads them as message syntax.
const en = {
  app: {
    name: 'Truora Account Lookup',
    skipToContent: 'Skip to content',
    mainNav: 'Main navigation',
    loading: 'Loading…'
  },
  views: {
    pending: 'Pending account',
    setup: 'First-time setup',
    search: 'Search',
    account: 'Account',
    create: 'New account',
    outbox: 'Outbox',
    settings: 'Operators and settings',
    notFound: 'Page not found',
    lock: 'Locked'
  },
  nav: {
    search: 'Search',
    create: 'New account',
    outbox: 'Outbox',
    settings: 'Settings',
    outboxBadge: '{count} waiting to be sent',
    operator: 'Operator: {name}',
    shortcut: 'Ctrl+K searches',
    lock: 'Lock',
    lockShortcut: 'Lock now (Ctrl+L)'
  },
  connectivity: {
    online: 'Online',
    offline: 'Offline',
    unknown: 'Checking connection…',
    label: 'Connection'
  },
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
  },
  freshness: {
    network: 'From Truora {age}',
    cache: 'Cached {age}',
    justNow: 'just now',
    stale: 'may be out of date',
    refresh: 'Refresh',
    refreshing: 'Refreshing…'
  },
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
  search: {
    processBelongs: 'Process {id} belongs to account {account}.',
    validationBelongs: 'Validation {id} belongs to account {account}.',
    processNotFound: 'Truora has no process with the ID {id}.',
    validationNotFound: 'Truora has no validation with the ID {id}.',
    matched: {
      account_id: 'Account ID',
      name: 'Name',
      email: 'E-mail',
      document_number: 'Document',
      phone_number: 'Phone',
      process: 'Process',
      validation: 'Validation',
      flow: 'Flow'
    },
    label: 'Search accounts',
    placeholder: 'Name, account ID, document or phone',
    filters: 'Filters',
    country: 'Country',
    documentType: 'Document type',
    status: 'Latest status',
    createdFrom: 'Created from',
    createdTo: 'Created to',
    any: 'Any',
    clearFilters: 'Clear filters',
    results: '{count} accounts | {count} account | {count} accounts',
    resultsLabel: 'Cached accounts',
    emptyCache: 'Nothing is cached yet. Look up an account ID, or sync all accounts in Settings.',
    noMatch: 'No cached account matches “{text}”.',
    loading: 'Searching…',
    offlineNote: 'You are offline: showing the accounts cached on this computer.',
    lookupHeading: 'Account ID lookup',
    lookupLoading: 'Asking Truora for {id}…',
    lookupNotFound: 'Truora has no account with the ID {id}.',
    lookupOfflineMissing: 'You’re offline and this account isn’t cached yet.',
    lookupOfflineHint: 'It will be found once you are back online.',
    open: 'Open account',
    cachedAge: 'cached {age}',
    noName: 'No name',
    noMatchFilters: 'No cached account matches these filters.',
    networkAge: 'from Truora {age}'
  },
  account: {
    heading: 'Account {id}',
    names: 'Name',
    ids: 'Identifiers',
    accountId: 'Account ID',
    clientId: 'Client ID',
    contact: 'Contact',
    email: 'E-mail',
    phone: 'Phone',
    facebook: 'Facebook',
    twitter: 'Twitter',
    document: 'Document',
    documentType: 'Type',
    documentNumber: 'Number',
    documentIssueDate: 'Issued',
    country: 'Country',
    created: 'Created',
    updated: 'Updated',
    none: '—',
    loading: 'Loading account…',
    back: 'Back to search',
    history: 'History',
    historyEmpty: 'No validations or identity processes yet.',
    historyLoading: 'Loading history…',
    validation: 'Validation',
    process: 'Identity process',
    channel: 'via {channel}',
    declined: 'Declined: {reason}',
    failureStatus: 'Failure: {status}',
    declinedReason: 'Declined reason',
    status: 'Status',
    details: 'Details',
    detailsOf: 'Details of {id}',
    closeDetails: 'Close details',
    rawJson: 'Raw data (JSON)',
    copyJson: 'Copy JSON',
    remainingRetries: 'Retries left',
    flowId: 'Flow',
    validations: 'Validations',
    latest: 'Latest:',
    noVerdict: 'No validation or identity process yet.',
    processes: 'Identity processes',
    historyFilters: 'Filter the history',
    filterKind: 'Kind',
    filterAll: 'All',
    historyCount: '{count} entries | {count} entry | {count} entries',
    historyShown: 'Showing {shown} of {total}',
    historyNoMatch: 'No entry of the history matches these filters.',
    validationType: 'Type',
    failureStatusLabel: 'Failure',
    showPersonal: 'Show personal data',
    hidePersonal: 'Hide personal data',
    personalMasked: 'Document numbers, phones and e-mails are hidden until you show them.'
  },
  copy: {
    copy: 'Copy',
    copyLabel: 'Copy {what}',
    copied: 'Copied to the clipboard.',
    failed: 'Could not copy: select the text and copy it by hand.'
  },
  document: {
    show: 'Show document number',
    hide: 'Hide document number',
    masked: 'Document number hidden'
  },
  status: {
    success: 'Success',
    pending: 'Pending',
    failure: 'Failure',
    unknown: 'Unknown'
  },
  date: {
    day: 'dd',
    month: 'mm',
    year: 'yyyy'
  },
  keyExpiry: {
    soon: 'This API key expires on {date}, in {count} days. Ask Truora for a new one before then. | This API key expires on {date}, tomorrow. Ask Truora for a new one before then. | This API key expires on {date}, in {count} days. Ask Truora for a new one before then.',
    expired: 'This API key expired on {date}: Truora refuses it. Add the operator again with a new key.',
    soonShort: 'Key expires in {count} days | Key expires tomorrow | Key expires in {count} days',
    expiredShort: 'Key expired'
  },
  validationTypes: {
    'face-recognition': 'Face recognition',
    'document-validation': 'Document validation',
    'electronic-signature': 'Electronic signature',
    'phone-verification': 'Phone verification',
    'email-verification': 'E-mail verification'
  },
  failureStatuses: {
    declined: 'Declined',
    expired: 'Expired before the person finished',
    system_error: 'Error at Truora'
  },
  declinedReasons: {
    face_not_detected: 'No face detected',
    similarity_threshold_not_passed: 'The faces are not similar enough',
    passive_liveness_failed: 'Liveness check failed',
    geolocation_denied: 'Location permission denied',
    document_expired: 'The document has expired',
    invalid_document: 'Not a valid document',
    photo_of_photo: 'A photo of a photo',
    data_mismatch: 'The data does not match',
    underage: 'Under age',
    signature_rejected: 'Signature rejected',
    otp_not_verified: 'One-time code not confirmed',
    invalid_code: 'Wrong code',
    phone_mismatch: 'The phone number does not match',
    email_not_verified: 'E-mail not confirmed',
    face_mismatch: 'The face does not match the document',
    blacklisted: 'On a restrictive list'
  },
  channels: {
    web: 'web',
    whatsapp: 'WhatsApp'
  },
  documentTypes: {
    'national-id': 'National ID',
    'foreign-id': 'Foreign resident ID',
    'identity-card': 'Identity card',
    passport: 'Passport'
  },
  handoff: {
    start: 'Start identity process',
    heading: 'Hand the link over',
    scan: 'Ask the person to scan this code with their phone camera.',
    qrAlt: 'QR code of the identity-process link for account {id}',
    expiresIn: 'Expires in {time}',
    expired: 'This link has expired. Create another one.',
    whatsapp: 'Send by WhatsApp',
    whatsappMessage: 'Hello! Continue your identity validation here: {link}',
    noPhone: 'This account has no valid phone number to send the link to.',
    another: 'Create another link',
    close: 'Close',
    sessionLinks: 'Identity links created in this session',
    showQr: 'Show QR code'
  },
  duplicates: {
    heading: 'Possible duplicates | Possible duplicate | Possible duplicates ({count})',
    intro:
      'These cached accounts or queued creations look like the same person. Open one instead of creating it again.',
    field: { document: 'document number', phone: 'phone', email: 'e-mail' },
    same: 'Same {fields}',
    confirmTitle: 'Create anyway?',
    confirmBody:
      'No account looks like this person. | One account already looks like this person. Create another one anyway? | {count} accounts already look like this person. Create another one anyway?',
    confirm: 'Create anyway'
  },
  pending: {
    queuedAge: 'queued {age}',
    heading: 'Pending account',
    chip: 'Pending',
    note: 'This account is waiting in the outbox and is not at Truora yet. Truora will give it an ID when it is sent.',
    noteWithId:
      'This account is waiting in the outbox and is not at Truora yet. It will be created when the network is back.',
    data: 'What was queued',
    gone: 'This queued creation is no longer in the outbox. Search for the person to find the account.'
  },
  pdf: {
    heading: 'Process PDF',
    get: 'Get PDF',
    asking: 'Asking Truora for the PDF…',
    making: 'Truora is making the PDF (check {attempt} of {max})…',
    downloading: 'Downloading the PDF…',
    ready: 'PDF ready ({size}), kept for offline use.',
    keptOffline: 'PDF kept on this computer ({size}, {time}).',
    save: 'Save PDF…',
    open: 'Open PDF',
    saved: 'Saved as {name}.',
    notCompleted: 'Only a finished identity process has a PDF.',
    notReady: 'Truora is still making the PDF. Try again in a few minutes.',
    notFound: 'Truora has no PDF for this process.'
  },
  processLink: {
    flowChoices: 'Used before:',
    heading: 'Start an identity process',
    intro: 'Creates a link the person opens to validate their identity. The link lasts about two hours.',
    flowId: 'Flow ID',
    flowIdHint: 'The Truora flow to run, e.g. IPF…',
    redirectUrl: 'Redirect address',
    redirectUrlHint: 'Where the person goes when they finish (https).',
    submit: 'Create link',
    creating: 'Creating link…',
    link: 'Identity process link',
    expires: 'Valid until {time}',
    open: 'Open in browser',
    offline: 'You are offline: a link can only come from Truora. It can be created once the network is back.'
  },
  create: {
    emptyTitle: 'Create an empty account?',
    emptyBody:
      'No ID and no data were entered. Truora will create an account with only a generated ID. Create it anyway?',
    emptyConfirm: 'Create empty account',
    heading: 'New account',
    idChoice: 'How should this account be identified?',
    idOwn: 'Your own user ID',
    idOwnHelp: 'Use the ID your organisation already has for this person, so both systems match.',
    idGenerated: 'Generated by Truora',
    idGeneratedHelp: 'Truora creates a new ID (starting with ACC) when the account is sent.',
    idPerson: 'From the person’s document',
    idPersonHelp:
      'The ID is built from the country and document number, so the same person always gets the same account.',
    idPreview: 'Account ID: {id}',
    idPreviewMissing: 'Enter the country and document number to build the ID.',
    accountId: 'Account ID',
    person: 'Person',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'E-mail',
    phone: 'Phone number',
    phoneHint: 'Country calling code +{code}',
    phoneHintNone: 'Include the country calling code, e.g. +57…',
    documentSection: 'Document',
    country: 'Country',
    countryPlaceholder: 'Type to search countries',
    countryNone: 'No country matches.',
    countryShowAll: 'Show all countries',
    documentType: 'Document type',
    documentTypeNone: 'Not given',
    documentNumber: 'Document number',
    documentIssueDate: 'Issue date',
    social: 'Social profiles',
    facebook: 'Facebook user',
    twitter: 'Twitter user',
    submit: 'Create account',
    submitting: 'Creating…',
    created: 'Account {id} created.',
    queued: 'You are offline: the account was saved in the outbox and will be sent when the network returns.',
    conflict: 'An account with this ID already exists.',
    openExisting: 'Open the existing account',
    fixErrors: 'Fix the highlighted fields first.',
    offlineNote:
      'You are offline: the account will be saved in the outbox and sent when the network returns.',
    submitOffline: 'Save to send later',
    unknownOutcome: 'Truora may have created this account, but its answer was lost on the way back.',
    unknownOutcomeHint:
      'Search for the person before creating the account again, so they do not end up with two.',
    searchPerson: 'Search for this person'
  },
  outbox: {
    sentToast: 'The queued account was created at Truora as {id}.',
    heading: 'Outbox',
    intro:
      'Accounts created and on-site validations captured while offline wait here, and are sent in order when the network returns.',
    empty: 'Nothing is waiting to be sent.',
    pending: 'Pending',
    sending: 'Sending',
    failed: 'Failed',
    attempts: 'Attempts: {count}',
    createdAt: 'Created {time}',
    nextAttempt: 'Next try {time}',
    retry: 'Retry now',
    discard: 'Discard',
    discardTitle: 'Discard this account?',
    discardBody: 'The account “{name}” was never sent to Truora. Discarding deletes it for good.',
    discardConfirm: 'Discard',
    cancel: 'Cancel',
    generatedId: 'ID generated by Truora',
    refused: 'Truora refused this account’s data. Discard it and create it again with corrected data.',
    conflict:
      'An account with this ID already exists in Truora. Open it: if it is this person, discard this one; if not, create it again with another ID.',
    openExisting: 'Open the existing account',
    uncertain:
      'Truora may already have created this account: the app stopped, or lost Truora’s answer, while sending it. Look for the person first (Sync all accounts in Settings, then search). Found: discard this one. Not found: retry.',
    discardUncertainBody:
      'Truora may already have created the account “{name}”. Discarding removes it from this list only.',
    searchPerson: 'Search for this person'
  },
  settings: {
    tryAgain: 'Try again',
    keychainReadable: 'The keychain can be read again.',
    removeQueued:
      'It also deletes {count} creation still waiting to be sent to Truora: it will never be sent. | It also deletes {count} creations still waiting to be sent to Truora: they will never be sent.',
    removeQueuedUnknown:
      'Its local cache cannot be read, so the creations waiting in it cannot be counted: any there are deleted too and will never be sent.',
    removeConfirmQueued: 'Remove and lose {count} creation | Remove and lose {count} creations',
    removeConfirmUnknown: 'Remove and lose them',
    recovered: 'Recovered',
    recoveredHint: 'Restored from its own folder after the list of operators was found damaged.',
    heading: 'Operators and settings',
    operators: 'Operators',
    active: 'Active',
    use: 'Switch to this operator',
    remove: 'Remove',
    removeTitle: 'Remove operator {name}?',
    removeBody:
      'Its API key is deleted from the keychain, and its cached accounts and activity log from this computer. Accounts at Truora are not touched.',
    removeConfirm: 'Remove operator',
    cancel: 'Cancel',
    addOperator: 'Add an operator',
    sync: 'Sync all accounts',
    syncIntro: 'Copies every account of the active operator to this computer so search works offline.',
    syncStart: 'Sync all accounts',
    syncResume: 'Resume sync',
    syncCancel: 'Cancel sync',
    syncProgress: 'Sync progress',
    syncHistory: 'History of {done} of {total} accounts',
    syncRate: '{rate} accounts/s',
    syncEta: 'about {eta} left',
    syncState: {
      idle: 'Not running',
      running: 'Syncing…',
      cancelled: 'Cancelled',
      failed: 'Failed',
      done: 'Finished'
    },
    lastSynced: 'Last synced {time}',
    neverSynced: 'Never synced',
    cache: 'Local cache',
    cacheAccounts: 'Accounts',
    cacheValidations: 'Validations',
    cacheProcesses: 'Identity processes',
    cacheOutbox: 'Outbox',
    cacheSize: 'Size on disk',
    clearCache: 'Clear cache',
    clearTitle: 'Clear the local cache?',
    clearBody: 'Cached accounts and history are deleted from this computer; they can be synced again.',
    keepOutbox: 'Keep the accounts waiting in the outbox',
    clearConfirm: 'Clear cache',
    cleared: 'Cache cleared.',
    export: 'Export',
    exportCsv: 'Export CSV',
    exportJson: 'Export JSON',
    exported: 'Saved {file}: {count} accounts.',
    language: 'Language',
    theme: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeSystem: 'Same as the system',
    appearance: 'Language and appearance',
    syncAccounts: '{count} accounts | {count} account | {count} accounts',
    syncAccountsOf: '{count} of about {total} accounts',
    syncPages: '{count} pages | {count} page | {count} pages'
  },
  support: {
    heading: 'Support',
    intro:
      'If something goes wrong, send support the diagnostics (versions and counts, no personal data, no key) and the log files.',
    copy: 'Copy diagnostics',
    copied: 'Diagnostics copied. Paste them into your message to support.',
    copyFailed: 'The diagnostics could not be copied.',
    openLogs: 'Open logs folder',
    openLogsFailed: 'The logs folder could not be opened.'
  },
  passphrase: {
    label: 'Passphrase',
    confirm: 'Type the passphrase again',
    show: 'Show',
    hide: 'Hide',
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
    passphraseFor: 'Passphrase of {name}',
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
      operator: 'Locked. Choose who is working and type their passphrase.',
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
  },
  activity: {
    heading: 'Activity on this computer',
    intro:
      'What was done with this operator’s key and data on this computer, offline too. Only this operator can read it.',
    empty: 'Nothing recorded yet.',
    unreadable: '{count} entry could not be read (damaged). | {count} entries could not be read (damaged).',
    more: 'Show more',
    export: 'Export activity (CSV)',
    exported: 'Saved {file}: {count} entries.',
    atLockScreen: 'at the lock screen',
    images: '{count} image | {count} images',
    accounts: '{count} account | {count} accounts',
    days: '{count} day | {count} days',
    failures: '{count} wrong in a row | {count} wrong in a row',
    viaOutbox: 'sent from the outbox',
    outboxKept: 'outbox kept',
    reason: {
      start: 'app started',
      operator: 'by the operator',
      idle: 'no use',
      system: 'computer locked or asleep',
      removed: 'operator removed',
      quit: 'app closed'
    },
    action: {
      unlock: 'Unlocked',
      lock: 'Locked',
      unlock_failed: 'Wrong passphrase',
      passphrase_set: 'Passphrase chosen',
      operator_added: 'Operator added',
      operator_removed: 'Operator removed',
      account_opened: 'Account opened',
      account_created: 'Account created',
      account_queued: 'Account queued to be sent',
      link_created: 'Identity link created',
      pdf_saved: 'Process PDF saved',
      export: 'Cache exported',
      activity_exported: 'Activity exported',
      cache_cleared: 'Cache cleared',
      retention_applied: 'Old cached data forgotten',
      validation_captured: 'Consent recorded, images captured for a validation',
      validation_sent: 'Validation images sent to Truora'
    }
  },
  onsite: {
    validateHere: 'Validate on this laptop',
    validateDocument: 'Validate document',
    validateFace: 'Validate face',
    titleDocument: 'Validate the person’s document',
    titleFace: 'Validate the person’s face',
    forQueuedAccount: 'For the account waiting in the outbox: the validation is sent after it.',
    consentLead: 'Before anything is captured, read this to the person and ask whether they agree:',
    consentDocument:
      'To verify your identity, we will take photos of both sides of your identity document with this laptop’s camera and send them to Truora, our identity verification provider, which checks them. The photos are kept encrypted on this laptop only until Truora has them. Do you agree?',
    consentFace:
      'To verify your identity, we will take a photo of your face with this laptop’s camera and send it to Truora, our identity verification provider, which checks it. The photo is kept encrypted on this laptop only until Truora has it. Do you agree?',
    consentGiven: 'The person has heard this and agrees',
    chooseCountry: 'Choose the country',
    chooseDocumentType: 'Choose the document type',
    startCapture: 'Agree and start',
    cancel: 'Cancel',
    stepOf: 'Photo {n} of {total}: {side}',
    sides: {
      front: 'the front of the document',
      reverse: 'the back of the document',
      face: 'the face'
    },
    guide: {
      front: 'Place the front of the document inside the frame, flat and well lit, without glare.',
      reverse: 'Turn the document over and place its back inside the frame.',
      face: 'Ask the person to look at the camera with their face inside the oval, without glasses or a hat.'
    },
    livePreview: 'Live camera preview',
    previewOf: 'Photo taken of {side}',
    cameraStarting: 'Starting the camera…',
    camera: {
      denied: 'The camera is not allowed. Choose an image file instead.',
      missing: 'No camera was found on this laptop. Choose an image file instead.',
      unsupported: 'The camera cannot be used here. Choose an image file instead.',
      failed: 'The camera could not be started. Try again, or choose an image file.'
    },
    cameraRetry: 'Try the camera again',
    take: 'Take photo',
    retake: 'Retake',
    chooseFile: 'Choose an image file',
    imageProblems: {
      type: 'Choose a JPEG or PNG image.',
      tooLarge: 'The image is larger than 8 MB. Choose a smaller one.',
      tooSmall: 'The image is too small to be a photo.',
      unreadable: 'The image could not be read. Take the photo again or choose another file.'
    },
    back: 'Back',
    next: 'Next',
    send: 'Send to Truora',
    saving: 'Saving…',
    sending: 'Saved, and being sent to Truora. The result appears in the account’s history.',
    savedOffline: 'Saved encrypted on this laptop. It is sent to Truora when the network returns.',
    close: 'Close',
    onsite: 'on site',
    consentAt: 'Consent {time}',
    steps: {
      queued: 'Saved, waiting to be sent',
      waiting_account: 'Waiting for the account to be created',
      creating: 'Creating it at Truora',
      uploading: 'Sending the images: {done} of {total}',
      awaiting_result: 'Waiting for Truora’s result',
      failed: 'Stopped'
    },
    replaced:
      'a link expired, so it was sent again as a new validation | {count} links expired, so it was sent again as a new validation',
    errors: {
      link_expired:
        'Truora’s upload links kept expiring before the images were sent. Retry when the connection is better.',
      retention:
        'Its images were deleted by this operator’s retention setting before they could be sent. Discard it and capture again.',
      account_discarded:
        'The account it was for was discarded before it was created. Discard this validation.',
      images_lost: 'Its images can no longer be read on this laptop. Discard it and capture again.',
      no_upload_link: 'Truora did not say where to send the images. Retry later.',
      upload_host: 'Truora named an upload address the app does not send images to. Contact support.'
    },
    discardTitle: 'Discard this validation?',
    discardBody: 'It was never completed at Truora. Discarding deletes its images from this laptop for good.',
    outboxHeading: 'On-site validations'
  },
  notFound: {
    body: 'This page does not exist.',
    home: 'Go to search'
  }
}

export default en
export type Messages = typeof en
