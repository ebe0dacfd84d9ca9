// The Truora simulator: a real HTTP server on loopback that speaks the endpoints of TRUORA_API.md
// with seeded data and fault injection (DESIGN.md §7). The three Truora hosts share one port and are
// told apart by a path prefix: `<url>/validations/v1`, `<url>/identity/v1`, `<url>/account/v1`.
// Each base ends in `/v1` and `next` links are the documented `/v1/…` paths, so a client must resolve
// them against its base URL as it would against `https://api.validations.truora.com/v1`.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Account } from '@shared/domain/truora-records'
import { Faults, type ApiName, type Fault, type FaultControl } from './faults'
import { DEFAULT_ONSITE, SimValidations, type OnsiteSettings, type SimAnswer, type SimUpload } from './onsite'
import type { ListStyle, NextStyle } from './paging'
import { errorBody, route, type RouteContext, type SimRequest } from './routes'
import { SimStore } from './store'
import { DEFAULT_PDF_SETTINGS, PdfFiles, type PdfSettings } from './process-pdf'

export type { Fault, ApiName } from './faults'
export { simApiKey } from './keys'

export interface SimOptions {
  /** 0 = a free port (the default). */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  /** Seeded accounts; default 1000. */
  accounts?: number
  /** The accepted API key; default 'sim-key'. */
  key?: string
  seed?: number
  /** Items per list page when the request gives no `limit`; default 100. */
  pageSize?: number
  /** Added to every answer; default 0. */
  latencyMs?: number
  /** How `next` is written; default 'path' (documented). */
  nextStyle?: NextStyle
  /** Default 'envelope' (documented). */
  listStyle?: ListStyle
  /** Clock for created accounts, web tokens and upload links; default the system clock. */
  now?: () => Date
  /** Created validations: upload links' lifetime, when the result comes, which result (onsite.ts). */
  onsite?: Partial<OnsiteSettings>
}

interface RecordedRequest {
  method: string
  /** Which host prefix the request came in on; undefined when none. */
  api: ApiName | undefined
  /** The API path, e.g. `/v1/accounts`, without the host prefix. */
  path: string
  query: Record<string, string>
  /** Lower-case names; `truora-api-key` is '<key>' when accepted and '<other>' when not. */
  headers: Record<string, string>
  /** The parsed form, the raw text of any other body, or undefined when there was none. */
  body: Record<string, string> | string | undefined
  at: string
}

export interface Simulator {
  url: string
  endpoints: { validations: string; identity: string; account: string }
  key: string
  port: number
  faults: FaultControl
  requests: RecordedRequest[]
  count(filter?: { method?: string; pathPrefix?: string; api?: ApiName }): number
  resetRequests(): void
  addKey(key: string): void
  /** Stops accepting a key, as Truora does once a key is revoked or expires. */
  revokeKey(key: string): void
  accounts(): Account[]
  /**
   * Changes how lists are answered from now on (pagination tests), and how process PDFs are made
   * (`pdf`: polls before the file, a hand-off fault; process-pdf.ts).
   */
  configure(settings: {
    nextStyle?: NextStyle
    listStyle?: ListStyle
    pageSize?: number
    pdf?: Partial<PdfSettings>
  }): void
  /** Changes how created validations behave from now on (onsite.ts `OnsiteSettings`). */
  configureOnsite(settings: Partial<OnsiteSettings>): void
  /** Every validation created with `POST /v1/validations`, with the images it received. */
  createdValidations(): ReturnType<SimValidations['all']>
  /** Every image PUT that was accepted, in the order they came. */
  uploads(): SimUpload[]
  /** Closes the listener and every open socket: clients then get ECONNREFUSED ("offline"). */
  stop(): Promise<void>
  /** Listens again on the same port with the same data (the network comes back). */
  start(): Promise<void>
  close(): Promise<void>
}

const PREFIXES: Record<string, ApiName> = {
  validations: 'validations',
  identity: 'identity',
  account: 'account'
}
const MAX_BODY = 1 << 20
/** Upload links live outside the three API prefixes, like a presigned storage URL. */
const UPLOAD_PATH = /^\/uploads\/([0-9a-f]+)$/

/** The body's bytes, keeping at most `max` (one more tells that it was longer). */
function readRaw(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      if (size <= max) chunks.push(chunk)
      size += chunk.length
    })
    req.on('end', () => resolve(Buffer.concat(chunks).subarray(0, max + 1)))
    req.on('error', reject)
  })
}

async function readBody(req: IncomingMessage): Promise<string> {
  return (await readRaw(req, MAX_BODY)).subarray(0, MAX_BODY).toString('utf8')
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  if (res.destroyed || res.writableEnded) return
  const type = body.trimStart().startsWith('<')
    ? 'text/html; charset=utf-8'
    : 'application/json; charset=utf-8'
  res.writeHead(status, { 'Content-Type': type, ...headers })
  res.end(body)
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

function sendAnswer(res: ServerResponse, answer: SimAnswer): void {
  if (res.destroyed || res.writableEnded) return
  if (typeof answer.body === 'string') {
    res.writeHead(answer.status, { 'Content-Type': 'text/plain', ...answer.headers })
    res.end(answer.body)
  } else send(res, answer.status, JSON.stringify(answer.body), answer.headers)
}

export async function startSimulator(options: SimOptions = {}): Promise<Simulator> {
  const host = options.host ?? '127.0.0.1'
  const seed = options.seed ?? 1
  const keys = new Set([options.key ?? 'sim-key'])
  const store = new SimStore(seed, options.accounts ?? 1000)
  const faults = new Faults(options.latencyMs ?? 0)
  const requests: RecordedRequest[] = []
  const lists = {
    nextStyle: options.nextStyle ?? 'path',
    listStyle: options.listStyle ?? 'envelope',
    pageSize: options.pageSize ?? 100
  }
  let tokens = 0
  let pdfSettings: PdfSettings = { ...DEFAULT_PDF_SETTINGS }
  const pdfFiles = new PdfFiles()
  let port = options.port ?? 0
  const validations = new SimValidations(seed, { ...DEFAULT_ONSITE, ...options.onsite })
  const now = options.now ?? (() => new Date())
  let server: Server | undefined
  let closed = false

  const url = (): string => `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  const ctx: RouteContext = {
    store,
    paging: (api) => ({ seed, ...lists, origin: `${url()}/${api}` }),
    now,
    tokenSerial: () => ++tokens,
    validations,
    pdf: pdfFiles,
    pdfSettings: () => pdfSettings,
    origin: url
  }

  /** Records a request as `handle` does: the key header as `<key>`/`<other>`, never its value. */
  function record(
    req: IncomingMessage,
    api: ApiName | undefined,
    path: string,
    body: RecordedRequest['body']
  ) {
    const target = new URL(req.url ?? '/', 'http://sim')
    const sentKey = req.headers['truora-api-key']
    const keyOk = typeof sentKey === 'string' && keys.has(sentKey)
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined)
        headers[name] = name === 'truora-api-key' ? (keyOk ? '<key>' : '<other>') : String(value)
    }
    requests.push({
      method: req.method ?? 'GET',
      api,
      path,
      headers,
      at: new Date().toISOString(),
      query: Object.fromEntries(target.searchParams),
      body
    })
  }

  /** Answers before a fault's normal answer, or undefined when the request goes on. */
  async function applyFault(
    req: IncomingMessage,
    res: ServerResponse,
    fault: Fault | undefined
  ): Promise<'answered' | undefined> {
    const wait = faults.latencyMs + (fault && 'latencyMs' in fault ? fault.latencyMs : 0)
    if (wait > 0) await delay(wait)
    if (fault && 'hang' in fault) return 'answered'
    if (fault && 'reset' in fault) {
      req.socket.destroy()
      return 'answered'
    }
    if (fault && 'malformed' in fault) {
      send(res, 200, '{"accounts":[{"account_id":"ACC')
      return 'answered'
    }
    if (fault && 'rateLimit' in fault) {
      const headers: Record<string, string> =
        fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) }
      send(res, 429, JSON.stringify(errorBody(429, 'Max rate limit reached').body), headers)
      return 'answered'
    }
    if (fault && 'status' in fault) {
      const headers: Record<string, string> =
        fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) }
      send(res, fault.status, fault.body ?? JSON.stringify(errorBody(fault.status).body), headers)
      return 'answered'
    }
    return undefined
  }

  /** `PUT /uploads/<token>`: a presigned image upload, which needs no key (onsite.ts). */
  async function handleUpload(req: IncomingMessage, res: ServerResponse, token: string, path: string) {
    const method = req.method ?? 'GET'
    const body = await readRaw(req, validations.settings.maxUploadBytes)
    record(req, undefined, path, `<${body.length} bytes>`)
    const fault = faults.take({ method, path, api: undefined })
    if ((await applyFault(req, res, fault)) === 'answered') return
    if (method !== 'PUT') return sendAnswer(res, { status: 405, body: 'Method Not Allowed' })
    const answer = validations.upload(token, req.headers['content-type'], body, now())
    if (fault && 'afterProcessing' in fault) {
      if (fault.afterProcessing === 'reset') req.socket.destroy()
      return
    }
    sendAnswer(res, answer)
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = new URL(req.url ?? '/', 'http://sim')
    const upload = UPLOAD_PATH.exec(target.pathname)
    if (upload?.[1]) return handleUpload(req, res, upload[1], target.pathname)
    const [, prefix = '', ...rest] = target.pathname.split('/')
    const api = PREFIXES[prefix]
    const path = api ? `/${rest.join('/')}` : target.pathname
    const method = req.method ?? 'GET'
    const raw = await readBody(req)
    const isForm = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')
    const form = isForm || raw === '' ? Object.fromEntries(new URLSearchParams(raw)) : undefined
    const sentKey = req.headers['truora-api-key']
    const keyOk = typeof sentKey === 'string' && keys.has(sentKey)
    record(req, api, path, raw === '' ? undefined : (form ?? raw))

    const fault: Fault | undefined = faults.take({ method, path, api })
    if ((await applyFault(req, res, fault)) === 'answered') return

    // A presigned file: its URL is the credential, as on S3; no API key is asked for (or expected).
    if (api === undefined && path.startsWith('/files/') && method === 'GET') {
      const file = pdfFiles.file(path, pdfSettings)
      if (res.destroyed || res.writableEnded) return
      res.writeHead(file.status, { 'Content-Type': file.type, 'Content-Length': String(file.bytes.length) })
      res.end(file.bytes)
      return
    }

    const answer = keyOk
      ? route(ctx, {
          method,
          api,
          path,
          query: target.searchParams,
          form,
          foreignBody: raw !== '' && form === undefined
        } satisfies SimRequest)
      : errorBody(401, sentKey === undefined ? 'missing Truora-API-Key header' : 'invalid API key')
    if (fault && 'afterProcessing' in fault) {
      if (fault.afterProcessing === 'reset') req.socket.destroy()
      return
    }
    send(res, answer.status, JSON.stringify(answer.body), answer.headers)
  }

  async function start(): Promise<void> {
    if (closed) throw new Error('simulator closed')
    if (server?.listening) return
    const next = createServer((req, res) => {
      handle(req, res).catch((error: unknown) =>
        send(res, 500, JSON.stringify(errorBody(500, String(error)).body))
      )
    })
    await new Promise<void>((resolve, reject) => {
      next.once('error', reject)
      next.listen(port, host, () => {
        next.off('error', reject)
        resolve()
      })
    })
    const address = next.address()
    if (address && typeof address === 'object') port = address.port
    server = next
  }

  async function stop(): Promise<void> {
    const current = server
    server = undefined
    if (!current?.listening) return
    const done = new Promise<void>((resolve) => current.close(() => resolve()))
    current.closeAllConnections()
    await done
    // Lets in-process clients (tests) read the FIN on their kept-alive sockets, so their next request
    // opens a new connection and gets ECONNREFUSED, as after a real network loss, not a stale-socket reset.
    await delay(5)
  }

  await start()
  return {
    url: url(),
    endpoints: {
      validations: `${url()}/validations/v1`,
      identity: `${url()}/identity/v1`,
      account: `${url()}/account/v1`
    },
    key: options.key ?? 'sim-key',
    port,
    faults,
    requests,
    count(filter = {}) {
      return requests.filter(
        (r) =>
          (filter.method === undefined || r.method === filter.method.toUpperCase()) &&
          (filter.pathPrefix === undefined || r.path.startsWith(filter.pathPrefix)) &&
          (filter.api === undefined || r.api === filter.api)
      ).length
    },
    resetRequests() {
      requests.length = 0
    },
    revokeKey(key) {
      keys.delete(key)
    },
    addKey(key) {
      keys.add(key)
    },
    accounts: () => store.all(),
    configureOnsite(settings) {
      Object.assign(
        validations.settings,
        Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined))
      )
    },
    createdValidations: () => validations.all(),
    uploads: () => validations.all().flatMap((created) => created.uploads),
    configure({ pdf, ...settings }) {
      Object.assign(
        lists,
        Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined))
      )
      if (pdf) pdfSettings = { ...pdfSettings, ...pdf }
    },
    stop,
    start,
    async close() {
      await stop()
      closed = true
    }
  }
}
