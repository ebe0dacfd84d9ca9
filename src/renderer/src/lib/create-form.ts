// The create form's state turned into `accounts.create` input and per-field messages, using the
// shared schema so the form says exactly what main would refuse (DESIGN.md §3).
import { ACCOUNT_FIELDS, accountCreateSchema } from '@shared/schemas'
import { idFromDocument } from './account-id'

export const CREATE_FIELDS = ACCOUNT_FIELDS
export type CreateField = (typeof CREATE_FIELDS)[number]
export type CreateForm = Record<CreateField, string>

/** The three ways to get an account_id (issue 5 view 4). */
export type IdMode = 'own' | 'generated' | 'person'

export function emptyCreateForm(): CreateForm {
  return Object.fromEntries(CREATE_FIELDS.map((field) => [field, ''])) as CreateForm
}

/** The input to send: the ID chosen by `mode`, every field as typed (empty ones are dropped by the schema). */
export function createInput(form: CreateForm, mode: IdMode): CreateForm {
  const accountId =
    mode === 'own'
      ? form.account_id
      : mode === 'person'
        ? (idFromDocument(form.country, form.document_number) ?? '')
        : ''
  return { ...form, account_id: accountId }
}

/** The first `validation.*` key per field, or an empty object when the input passes. */
export function createIssues(form: CreateForm, mode: IdMode): Partial<Record<CreateField, string>> {
  const issues: Partial<Record<CreateField, string>> = {}
  if (mode !== 'generated' && createInput(form, mode).account_id === '')
    issues.account_id = 'validation.required'
  const parsed = accountCreateSchema.safeParse(createInput(form, mode))
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0]
      if (typeof field === 'string' && (CREATE_FIELDS as readonly string[]).includes(field)) {
        issues[field as CreateField] ??= issue.message.startsWith('validation.')
          ? issue.message
          : 'validation.invalid'
      }
    }
  }
  return issues
}
