// Tolerant reading of Truora's answers (TRUORA_API.md marks most shapes [guess]): unknown fields are
// kept, `code` may be a string or a number, lists may sit under their plural key or be a bare array,
// a body that is not JSON becomes `bad_response` with a short, redacted excerpt, and every record is
// bounded as it is read (bounded-record.ts).
import { fail, ok, type Result } from '@shared/result'
import type { Account, IdentityProcess, ProcessResult, Validation } from '@shared/domain/truora-records'
import { boundedRecordReader, RECORD_LIMITS } from './bounded-record'
import { redact } from './redact'

const EXCERPT_LENGTH = 120

/** The start of a body, on one line and without anything key-shaped, for error details. */
function excerpt(text: string, secrets: readonly string[]): string {
  const line = redact(text, secrets).replace(/\s+/g, ' ').trim()
  return line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH)}…` : line
}

export function parseJson(text: string, status: number, secrets: readonly string[]): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown)
  } catch {
    return fail(
      'bad_response',
      `Truora sent an answer the app could not read (HTTP ${status}). Try again later; if it keeps happening, contact support.`,
      { status, excerpt: excerpt(text, secrets) }
    )
  }
}

export function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

export interface TruoraErrorInfo {
  truoraCode?: number | string
  truoraMessage?: string
  /** `http_code` from the body, which may disagree with the HTTP status. */
  httpCode?: number
}

/** Reads `{"code": 10404 | "10404", "http_code": 404, "message": "…"}` (TRUORA_API.md "Errors"). */
export function truoraErrorInfo(body: unknown, secrets: readonly string[]): TruoraErrorInfo {
  const object = asObject(body)
  if (!object) return {}
  const info: TruoraErrorInfo = {}
  const code = object.code
  if (typeof code === 'number' && Number.isFinite(code)) info.truoraCode = code
  else if (typeof code === 'string' && code.trim() !== '')
    info.truoraCode = /^\d+$/.test(code.trim()) ? Number(code) : code
  const httpCode = typeof object.http_code === 'string' ? Number(object.http_code) : object.http_code
  if (typeof httpCode === 'number' && Number.isInteger(httpCode)) info.httpCode = httpCode
  if (typeof object.message === 'string') info.truoraMessage = redact(object.message, secrets).slice(0, 500)
  return info
}

/** The items of a list answer: under `key` (the documented envelope) or a top-level array. */
export function listItems(body: unknown, key: string): unknown[] | undefined {
  if (Array.isArray(body)) return body as unknown[]
  const items = asObject(body)?.[key]
  if (items === undefined || items === null) return asObject(body) ? [] : undefined
  return Array.isArray(items) ? items : undefined
}

/**
 * Item readers: an object with a plain ID is kept, unknown fields included, within the bounds of
 * bounded-record.ts (strings stripped of hidden characters and capped); anything else is not an item.
 */
export const readAccount = boundedRecordReader<Account>('account_id', RECORD_LIMITS.account)
export const readValidation = boundedRecordReader<Validation>('validation_id', RECORD_LIMITS.listed)
export const readValidationDetail = boundedRecordReader<Validation>('validation_id', RECORD_LIMITS.detail)
export const readProcess = boundedRecordReader<IdentityProcess>('process_id', RECORD_LIMITS.listed)
export const readProcessResult = boundedRecordReader<ProcessResult>('process_id', RECORD_LIMITS.detail)
