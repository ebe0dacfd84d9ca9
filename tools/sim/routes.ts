// The documented endpoints (TRUORA_API.md), as plain functions from a parsed request to a status and
// a JSON body. index.ts does the HTTP; this file decides what Truora would answer.
import type { Validation } from '@shared/domain/truora-records'
import type { ApiName } from './faults'
import { jwtShaped } from './keys'
import type { SimValidations } from './onsite'
import { listBody, readPage, type PagingSettings } from './paging'
import type { PdfFiles, PdfSettings } from './process-pdf'
import { ACCOUNT_FIELDS, type SimStore } from './store'

export interface SimRequest {
  method: string
  api: ApiName | undefined
  /** The API path, e.g. `/v1/accounts/ACC…`, without the simulator's host prefix. */
  path: string
  query: URLSearchParams
  /** The form fields of a `application/x-www-form-urlencoded` body; undefined for any other body. */
  form: Record<string, string> | undefined
  /** True when there was a body that is not a form. */
  foreignBody: boolean
}

export interface SimResponse {
  status: number
  body: unknown
  /** Extra response headers (a redirect's `Location`). */
  headers?: Record<string, string>
}

export interface RouteContext {
  store: SimStore
  paging: (api: ApiName) => PagingSettings
  now: () => Date
  /** Counts the web tokens issued, so each one differs. */
  tokenSerial: () => number
  /** Validations created with `POST /v1/validations` and their upload links (onsite.ts). */
  validations: SimValidations
  /** The process PDFs' 202 → 302 sequence (process-pdf.ts) and its settings. */
  pdf: PdfFiles
  pdfSettings: () => PdfSettings
  /**
   * The simulator's own origin, `http://127.0.0.1:<port>`, outside the three API prefixes: where
   * upload links and PDF files point.
   */
  origin: () => string
}

const ID = /^[a-zA-Z0-9_.-]+$/
const DOCUMENT_TYPES = ['national-id', 'foreign-id', 'identity-card', 'passport']
const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  429: 'Max rate limit reached',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout'
}

/** Truora's error body (TRUORA_API.md "Errors"): `{"code": 10404, "http_code": 404, "message": …}`. */
export function errorBody(status: number, message = STATUS_TEXT[status] ?? 'Error'): SimResponse {
  return { status, body: { code: 10000 + status, http_code: status, message } }
}

function paged(
  ctx: RouteContext,
  req: SimRequest,
  api: ApiName,
  key: string,
  selfPath: string,
  total: number,
  items: (offset: number, limit: number) => unknown[]
): SimResponse {
  const settings = ctx.paging(api)
  const read = readPage(req.query, settings)
  if (!read.ok) return errorBody(400, read.message)
  const page = settings.listStyle === 'array' ? { offset: 0, limit: Math.max(total, 1) } : read
  const keep = new URLSearchParams()
  for (const name of ['search', 'limit']) {
    const value = req.query.get(name)
    if (value !== null) keep.set(name, value)
  }
  const body = listBody(key, items(page.offset, page.limit), { ...page, total }, selfPath, keep, settings)
  return { status: 200, body }
}

function fieldError(field: string, value: string): string | undefined {
  switch (field) {
    case 'account_id':
      return ID.test(value) ? undefined : 'invalid parameter: account_id must match [a-zA-Z0-9_.-]+'
    case 'email':
      return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? undefined : 'invalid parameter: email'
    case 'country':
      return /^[A-Z]{2}$/.test(value) ? undefined : 'invalid parameter: country must be ISO 3166-1 alpha-2'
    case 'document_type':
      return DOCUMENT_TYPES.includes(value) ? undefined : 'invalid parameter: document_type'
    case 'document_issue_date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : 'invalid parameter: document_issue_date'
    case 'phone_number':
      return /^\+?\d{6,15}$/.test(value) ? undefined : 'invalid parameter: phone_number'
    default:
      return undefined
  }
}

function createAccount(ctx: RouteContext, req: SimRequest): SimResponse {
  if (req.foreignBody || req.form === undefined) {
    return errorBody(400, 'invalid body: use Content-Type application/x-www-form-urlencoded')
  }
  for (const [field, value] of Object.entries(req.form)) {
    if (!(ACCOUNT_FIELDS as readonly string[]).includes(field))
      return errorBody(400, `invalid parameter: ${field}`)
    const problem = fieldError(field, value)
    if (problem) return errorBody(400, problem)
  }
  const id = req.form.account_id
  if (id !== undefined && ctx.store.account(id)) return errorBody(409, `account ${id} already exists`)
  return { status: 200, body: ctx.store.create(req.form, ctx.now()) }
}

/** `POST /v1/api-keys` (TRUORA_API.md "Account API"): a web token for one identity process. */
function createWebToken(ctx: RouteContext, req: SimRequest): SimResponse {
  const form = req.form
  if (req.foreignBody || form === undefined)
    return errorBody(400, 'invalid body: use Content-Type application/x-www-form-urlencoded')
  const fixed = { key_type: 'web', grant: 'digital-identity', api_key_version: '1' }
  for (const [field, expected] of Object.entries(fixed)) {
    if (form[field] === undefined) return errorBody(400, `missing parameter: ${field}`)
    if (form[field] !== expected) return errorBody(400, `invalid parameter: ${field}`)
  }
  for (const field of ['country', 'flow_id', 'redirect_url', 'account_id']) {
    if (!form[field]) return errorBody(400, `missing parameter: ${field}`)
  }
  if (!URL.canParse(form.redirect_url ?? '')) return errorBody(400, 'invalid parameter: redirect_url')
  if (!ID.test(form.account_id ?? '')) return errorBody(400, 'invalid parameter: account_id')
  const iat = Math.floor(ctx.now().getTime() / 1000)
  const claims = {
    key_type: 'web',
    grant: 'digital-identity',
    account_id: form.account_id,
    flow_id: form.flow_id,
    country: form.country,
    redirect_url: form.redirect_url,
    iat,
    exp: iat + 7200
  }
  return {
    status: 200,
    body: { api_key: jwtShaped(claims, ctx.tokenSerial()), message: 'API key created successfully' }
  }
}

/**
 * `POST /v1/validations` (TRUORA_API.md "Validations API"). An account ID the simulator does not know
 * gets an account made for it, as Truora's guide suggests for "your own user ID" [guess].
 */
function createValidation(ctx: RouteContext, req: SimRequest): SimResponse {
  if (req.foreignBody || req.form === undefined) {
    return errorBody(400, 'invalid body: use Content-Type application/x-www-form-urlencoded')
  }
  const answer = ctx.validations.create(req.form, ctx.now(), ctx.origin())
  const id = req.form.account_id
  if (answer.status === 200 && id !== undefined && !ctx.store.account(id)) {
    ctx.store.create({ account_id: id }, ctx.now())
  }
  return answer
}

function withoutDetails(validation: Validation): Validation {
  const { details: _details, ...rest } = validation
  return rest
}

function decodeSegment(segment: string | undefined): string | undefined {
  if (segment === undefined) return undefined
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

function validationsApi(ctx: RouteContext, req: SimRequest, parts: string[]): SimResponse {
  const { store } = ctx
  const [resource, rawId, sub] = parts
  const id = decodeSegment(rawId)
  if (resource === 'accounts' && rawId === undefined) {
    if (req.method === 'POST') return createAccount(ctx, req)
    if (req.method !== 'GET') return errorBody(405)
    return paged(ctx, req, 'validations', 'accounts', '/v1/accounts', store.total(), (o, l) =>
      store.slice(o, l)
    )
  }
  if (resource === 'validations' && rawId === undefined) {
    return req.method === 'POST' ? createValidation(ctx, req) : errorBody(405)
  }
  if (req.method !== 'GET') return errorBody(405)
  if (resource === 'accounts' && id !== undefined && sub === undefined && parts.length === 2) {
    const account = store.account(id)
    return account ? { status: 200, body: account } : errorBody(404, 'The account was not found')
  }
  if (resource === 'accounts' && id !== undefined && sub === 'validations' && parts.length === 3) {
    const history = store.history(id)
    if (!history) return errorBody(404, 'The account was not found')
    const items = [...history.validations, ...ctx.validations.forAccount(id)].map(withoutDetails)
    const self = `/v1/accounts/${encodeURIComponent(id)}/validations`
    return paged(ctx, req, 'validations', 'validations', self, items.length, (o, l) => items.slice(o, o + l))
  }
  if (resource === 'validations' && id !== undefined && parts.length === 2) {
    const validation = ctx.validations.read(id, ctx.now()) ?? store.validation(id)
    if (!validation) return errorBody(404, 'The validation was not found')
    return {
      status: 200,
      body: req.query.get('show_details') === 'true' ? validation : withoutDetails(validation)
    }
  }
  return errorBody(404, 'route not found')
}

function identityApi(ctx: RouteContext, req: SimRequest, parts: string[]): SimResponse {
  if (req.method !== 'GET') return errorBody(405)
  const [resource, rawId, sub] = parts
  if (resource === 'processes' && (rawId === undefined || rawId === '')) {
    const search = req.query.get('search')
    if (!search) return errorBody(400, 'missing parameter: search')
    const items = ctx.store.processesFor(search)
    return paged(ctx, req, 'identity', 'processes', '/v1/processes/', items.length, (o, l) =>
      items.slice(o, o + l)
    )
  }
  const id = decodeSegment(rawId)
  if (resource === 'processes' && id !== undefined && sub === 'result' && parts.length === 3) {
    const result = ctx.store.processResult(id)
    return result ? { status: 200, body: result } : errorBody(404, 'The process was not found')
  }
  if (resource === 'processes' && id !== undefined && sub === 'pdf' && parts.length === 3) {
    return ctx.pdf.step(ctx.store.processResult(id), ctx.pdfSettings(), ctx.origin())
  }
  return errorBody(404, 'route not found')
}

/** Routes an authenticated request to its API; each API answers only its own paths, like the real hosts. */
export function route(ctx: RouteContext, req: SimRequest): SimResponse {
  const parts = req.path.split('/').slice(2)
  if (!req.path.startsWith('/v1/')) return errorBody(404, 'route not found')
  switch (req.api) {
    case 'validations':
      return validationsApi(ctx, req, parts)
    case 'identity':
      return identityApi(ctx, req, parts)
    case 'account':
      if (req.path !== '/v1/api-keys') return errorBody(404, 'route not found')
      return req.method === 'POST' ? createWebToken(ctx, req) : errorBody(405)
    default:
      return errorBody(404, 'route not found')
  }
}
