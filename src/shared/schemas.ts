// Input schemas shared by the renderer's forms and main's IPC parsing, so the operator sees the same
// rule before and after IPC (DESIGN.md §3). Issue messages are i18n keys (`validation.*`), translated by
// the renderer; main passes them along in `invalid_input` details.
import { z } from 'zod'
// The core module, not the package's Node entry: that one require()s every locale file at start-up,
// which breaks once bundled into out/main (the paths are relative to node_modules) and costs memory
// for names main never shows. `isValid` needs no locale.
import countries from 'i18n-iso-countries/index.js'
import { isValidPhoneNumber, type CountryCode } from 'libphonenumber-js'
import { LOCK_AFTER_MINUTES, RETENTION_DAYS } from './domain/preferences'
import { hasHiddenChars } from './hidden-chars'

/** Caller-chosen account IDs match `[a-zA-Z0-9_.-]+` (docs/truora-api.md "IDs and times"). */
export const ACCOUNT_ID_PATTERN = /^[a-zA-Z0-9_.-]+$/
export const ACCOUNT_ID_MAX = 128
export const DOCUMENT_TYPES = ['national-id', 'foreign-id', 'identity-card', 'passport'] as const
export const PROCESS_STATUSES = ['success', 'pending', 'failure'] as const

const TEXT_MAX = 200

/**
 * Form fields are one line of visible text (DESIGN.md §6 "Bounds"): a NUL, a control character (tab
 * and line breaks too), a bidi override or a zero-width character is refused with its own field
 * error rather than silently dropped, so what is sent to Truora is exactly what the operator sees.
 */
function isVisibleLine(text: string): boolean {
  return !hasHiddenChars(text) && !/[\t\n\r]/.test(text)
}
const VISIBLE = 'validation.hiddenChars'

/** The eleven form fields of `POST /v1/accounts` (docs/truora-api.md "Validations API"), in form order. */
export const ACCOUNT_FIELDS = [
  'account_id',
  'first_name',
  'last_name',
  'email',
  'phone_number',
  'country',
  'document_type',
  'document_number',
  'document_issue_date',
  'facebook_user',
  'twitter_user'
] as const

/** An ID that goes into a URL path: trimmed, bounded, of a safe alphabet. */
function safeIdSchema() {
  return z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(ACCOUNT_ID_MAX, 'validation.tooLong')
    .regex(ACCOUNT_ID_PATTERN, 'validation.accountIdPattern')
}

export const accountIdSchema = safeIdSchema()

/** Truora IDs of validations, processes and flows: the same safe alphabet, since they go into URL paths. */
export const truoraIdSchema = safeIdSchema()

export const operatorIdSchema = z.string().regex(/^[a-z0-9-]{1,64}$/, 'validation.operatorId')

/**
 * `operators.remove`'s confirmation: how many queued creations the operator agreed to lose (what
 * `operators.check` showed them); null for "an unknown number" when the cache cannot be read.
 */
export const operatorRemoveSchema = z.strictObject({
  queuedLost: z.number().int().min(0).max(1_000_000).nullable()
})
export type OperatorRemoveInput = z.infer<typeof operatorRemoveSchema>

/** The fewest characters a passphrase may have (characters as the operator sees them, not UTF-16 units). */
export const PASSPHRASE_MIN = 8
const PASSPHRASE_MAX = 1024

/**
 * A passphrase being chosen. Not trimmed: every character the operator typed counts, a space too;
 * main derives the key from its NFC form, so the same words typed on another keyboard still open it.
 */
export const passphraseSchema = z
  .string({ error: 'validation.required' })
  .max(PASSPHRASE_MAX, 'validation.tooLong')
  .refine((value) => [...value].length >= PASSPHRASE_MIN, 'validation.passphraseShort')

export const operatorAddSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(80, 'validation.tooLong')
    .refine(isVisibleLine, VISIBLE),
  apiKey: z
    .string()
    .trim()
    .min(6, 'validation.apiKeyShort')
    .max(4096, 'validation.tooLong')
    .regex(/^[A-Za-z0-9._~+/=-]+$/, 'validation.apiKeyChars'),
  passphrase: passphraseSchema
})
export type OperatorAddInput = z.input<typeof operatorAddSchema>

/** `session.unlock`: any non-empty passphrase is tried (a wrong one is `wrong_passphrase`, not invalid). */
export const unlockSchema = z.strictObject({
  operatorId: operatorIdSchema,
  passphrase: z.string().min(1, 'validation.required').max(PASSPHRASE_MAX, 'validation.tooLong')
})
export type UnlockInput = z.input<typeof unlockSchema>

/** `session.choosePassphrase`: an operator made before passphrases chooses one (the migration). */
export const choosePassphraseSchema = z.strictObject({
  operatorId: operatorIdSchema,
  passphrase: passphraseSchema
})
export type ChoosePassphraseInput = z.input<typeof choosePassphraseSchema>

/** `preferences.update`: the idle lock and the retention of the unlocked operator; either may be left out. */
export const preferencesUpdateSchema = z.strictObject({
  lockAfterMinutes: z.union(LOCK_AFTER_MINUTES.map((minutes) => z.literal(minutes))).optional(),
  retentionDays: z.union([...RETENTION_DAYS.map((days) => z.literal(days)), z.null()]).optional()
})
export type PreferencesUpdate = z.input<typeof preferencesUpdateSchema>

export const activityQuerySchema = z.strictObject({
  offset: z.number().int().min(0).max(1_000_000).optional(),
  limit: z.number().int().min(1).max(500).optional()
})
export type ActivityQuery = z.input<typeof activityQuerySchema>

function isPastOrToday(isoDate: string): boolean {
  return isoDate <= new Date().toISOString().slice(0, 10)
}

const optionalText = (max = TEXT_MAX) =>
  z.string().trim().max(max, 'validation.tooLong').refine(isVisibleLine, VISIBLE).optional()

/**
 * `POST /v1/accounts` form fields, all optional (docs/truora-api.md "Validations API"). Empty strings
 * from a form mean "not given" and are dropped before validation.
 */
export const accountCreateSchema = z
  .preprocess(
    (value) => dropEmptyStrings(value),
    z.strictObject({
      account_id: accountIdSchema.optional(),
      email: z
        .string()
        .trim()
        .refine(isVisibleLine, VISIBLE)
        .pipe(z.email('validation.email').max(TEXT_MAX, 'validation.tooLong'))
        .optional(),
      country: z
        .string()
        .trim()
        .toUpperCase()
        .refine((code) => countries.isValid(code) && code.length === 2, 'validation.country')
        .optional(),
      document_number: z
        .string()
        .trim()
        .max(40, 'validation.tooLong')
        .regex(/^[A-Za-z0-9.-]+$/, 'validation.documentNumber')
        .optional(),
      document_type: z.enum(DOCUMENT_TYPES, 'validation.documentType').optional(),
      document_issue_date: z.iso
        .date('validation.date')
        .refine(isPastOrToday, 'validation.dateInFuture')
        .optional(),
      first_name: optionalText(),
      last_name: optionalText(),
      phone_number: z.string().trim().max(32, 'validation.tooLong').refine(isVisibleLine, VISIBLE).optional(),
      facebook_user: optionalText(100),
      twitter_user: optionalText(100)
    })
  )
  .superRefine((input, ctx) => {
    if (input.phone_number === undefined) return
    const country = input.country as CountryCode | undefined
    const valid = input.phone_number.startsWith('+')
      ? isValidPhoneNumber(input.phone_number)
      : country !== undefined && isValidPhoneNumber(input.phone_number, country)
    if (!valid) ctx.addIssue({ code: 'custom', path: ['phone_number'], message: 'validation.phone' })
  })
export type AccountCreateInput = z.input<typeof accountCreateSchema>
export type AccountCreateFields = z.output<typeof accountCreateSchema>

function dropEmptyStrings(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => !(typeof field === 'string' && field.trim() === ''))
  )
}

export const searchQuerySchema = z.strictObject({
  text: z.string().max(200, 'validation.tooLong'),
  filters: z
    .strictObject({
      country: z.string().length(2).optional(),
      documentType: z.enum(DOCUMENT_TYPES).optional(),
      status: z.enum(PROCESS_STATUSES).optional(),
      createdFrom: z.iso.date('validation.date').optional(),
      createdTo: z.iso.date('validation.date').optional()
    })
    .optional(),
  offset: z.number().int().min(0).max(10_000_000).optional(),
  limit: z.number().int().min(1).max(1000).optional()
})

/** `accounts.duplicates`: the create form's person fields as typed, checked only for size (they are half-typed). */
export const duplicateQuerySchema = z.strictObject({
  document_number: z.string().max(TEXT_MAX, 'validation.tooLong').optional(),
  phone_number: z.string().max(TEXT_MAX, 'validation.tooLong').optional(),
  email: z.string().max(TEXT_MAX, 'validation.tooLong').optional(),
  country: z.string().max(8, 'validation.tooLong').optional()
})
export type DuplicateQuery = z.input<typeof duplicateQuerySchema>

export const processLinkSchema = z.strictObject({
  accountId: accountIdSchema,
  flowId: z
    .string()
    .trim()
    .regex(/^IPF[A-Za-z0-9]{1,64}$/, 'validation.flowId'),
  redirectUrl: z.url({ protocol: /^https$/, error: 'validation.redirectUrl' }).max(2048, 'validation.tooLong')
})
export type ProcessLinkInput = z.input<typeof processLinkSchema>

export const requestOptionsSchema = z.strictObject({
  /** Lets the renderer cancel a lookup it no longer needs (`requests.cancel`). */
  requestId: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/)
    .optional(),
  /** Ask Truora first instead of answering from the cache (the refresh button). */
  refresh: z.boolean().optional()
})
export type RequestOptions = z.input<typeof requestOptionsSchema>

export const outboxIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'validation.outboxId')

export const cacheClearSchema = z.strictObject({ keepOutbox: z.boolean().optional() })
export const cacheExportSchema = z.strictObject({ format: z.enum(['csv', 'json']) })
/** What the renderer's `online`/`offline` window events say (`connectivity.hint`). */
export const connectivityHintSchema = z.enum(['online', 'offline'])
export type ConnectivityHint = z.infer<typeof connectivityHintSchema>

/**
 * Turns zod issues into plain data for `invalid_input` details: the field path and an i18n key. A
 * call's arguments are parsed as a tuple, so the first argument's index is dropped: the path of a
 * form field reads `email`, as in the renderer, not `0.email`.
 */
export function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: (issue.path[0] === 0 ? issue.path.slice(1) : issue.path).map(String).join('.'),
    message: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid'
  }))
}
