// The Truora simulator: a real HTTP server on loopback that speaks the endpoints of TRUORA_API.md
// with seeded data and fault injection (DESIGN.md §7). The three Truora hosts share one port and are
// told apart by a path prefix: `<url>/validations/v1`, `<url>/identity/v1`, `<url>/account/v1`.
// Each base ends in `/v1` and `next` links are the documented `/v1/…` paths, so a client must resolve
// them against its base URL as it would against `https://api.validations.truora.com/v1`.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Account } from '@shared/domain/truora-records'
import { applyFault } from './apply-fault'
import {
  Faults,
  matchesRequest,
  type ApiName,
  type Fault,
  type FaultControl,
  type FaultMatch
} from './faults'
import { delay, readBody, readRaw, send, sendAnswer } from './http-io'
import { DEFAULT_ONSITE, SimValidations, type OnsiteSettings, type SimUpload } from './onsite'
import type { ListStyle, NextStyle } from './paging'
import { recordOf, type RecordedRequest } from './request-log'
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

export interface Simulator {
  url: string
  endpoints: { validations: string; identity: string; account: string }
  key: string
  port: number
  faults: FaultControl
  requests: RecordedRequest[]
  count(filter?: FaultMatch): number
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
/** Upload links live outside the three API prefixes, like a presigned storage URL. */
const UPLOAD_PATH = /^\/uploads\/([0-9a-f]+)$/

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

  /** Whether the request carries a key the simulator accepts (checked as Truora would, per request). */
  function keyAccepted(req: IncomingMessage): boolean {
    const sentKey = req.headers['truora-api-key']
    return typeof sentKey === 'string' && keys.has(sentKey)
  }

  /** `PUT /uploads/<token>`: a presigned image upload, which needs no key (onsite.ts). */
  async function handleUpload(req: IncomingMessage, res: ServerResponse, token: string, path: string) {
    const method = req.method ?? 'GET'
    const body = await readRaw(req, validations.settings.maxUploadBytes)
    requests.push(
      recordOf(req, { api: undefined, path, keyAccepted: keyAccepted(req) }, `<${body.length} bytes>`)
    )
    const fault = faults.take({ method, path, api: undefined })
    if ((await applyFault(req, res, fault, faults.latencyMs)) === 'answered') return
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
    const keyOk = keyAccepted(req)
    requests.push(recordOf(req, { api, path, keyAccepted: keyOk }, raw === '' ? undefined : (form ?? raw)))

    const fault: Fault | undefined = faults.take({ method, path, api })
    if ((await applyFault(req, res, fault, faults.latencyMs)) === 'answered') return

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
      return requests.filter((request) => matchesRequest(filter, request)).length
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
