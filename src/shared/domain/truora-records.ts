// Truora's own records as the app reads them. They are kept as received, unknown fields included (the
// client accepts fields it does not know, docs/truora-api.md), so each type names what the app reads and
// allows the rest.

export type DocumentType = 'national-id' | 'foreign-id' | 'identity-card' | 'passport'
export type ProcessStatus = 'success' | 'pending' | 'failure'

/** A Truora validation account (`GET /v1/accounts/{id}`); every field but the ID may be missing. */
export interface Account {
  account_id: string
  client_id?: string
  email?: string
  country?: string
  document_number?: string
  document_type?: string
  document_issue_date?: string
  first_name?: string
  last_name?: string
  phone_number?: string
  facebook_user?: string
  twitter_user?: string
  creation_date?: string
  update_date?: string
  [field: string]: unknown
}

/** One validation (`GET /v1/validations/{id}`), as listed in an account's history. */
export interface Validation {
  validation_id: string
  account_id?: string
  type?: string
  validation_status?: string
  failure_status?: string
  declined_reason?: string
  remaining_retries?: number | string
  creation_date?: string
  update_date?: string
  identity_process_id?: string
  threshold?: number | string
  details?: Record<string, unknown>
  validation_inputs?: Record<string, unknown>
  user_response?: Record<string, unknown>
  [field: string]: unknown
}

/** One identity process (`GET /v1/processes/?search=`). */
export interface IdentityProcess {
  process_id: string
  account_id?: string
  flow_id?: string
  client_id?: string
  status?: string
  failure_status?: string
  declined_reason?: string
  created_via?: string
  country?: string
  creation_date?: string
  update_date?: string
  [field: string]: unknown
}

/** A process's full result (`GET /v1/processes/{id}/result`). */
export interface ProcessResult extends IdentityProcess {
  document_number?: string
  first_name?: string
  last_name?: string
  flow_version?: number | string
  validations?: Validation[]
  last_finished_step?: unknown
}
