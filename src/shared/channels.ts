// The channel and event NAMES of the contract, without its schemas (DESIGN.md §2-3). The sandboxed
// preload imports only this file, so its bundle carries no zod, phone or country data; the tables in
// calls/ pair each name with its schema.
import type { Calls, EventName } from './contract'

/** One channel (`domain:verb`) per call of `Calls`; the `satisfies` makes a missing or extra call a type error. */
export const CHANNEL_NAMES = {
  operators: {
    list: 'operators:list',
    add: 'operators:add',
    check: 'operators:check',
    remove: 'operators:remove',
    active: 'operators:active'
  },
  session: {
    status: 'session:status',
    unlock: 'session:unlock',
    lock: 'session:lock',
    reportActivity: 'session:report-activity',
    choosePassphrase: 'session:choose-passphrase'
  },
  preferences: {
    get: 'preferences:get',
    update: 'preferences:update'
  },
  activity: {
    list: 'activity:list',
    export: 'activity:export'
  },
  accounts: {
    get: 'accounts:get',
    search: 'accounts:search',
    create: 'accounts:create',
    duplicates: 'accounts:duplicates',
    validations: 'accounts:validations',
    processes: 'accounts:processes',
    processLink: 'accounts:process-link'
  },
  validations: {
    get: 'validations:get'
  },
  processes: {
    result: 'processes:result',
    pdf: 'processes:pdf',
    savePdf: 'processes:save-pdf',
    openPdf: 'processes:open-pdf'
  },
  requests: {
    cancel: 'requests:cancel'
  },
  sync: {
    mirror: 'sync:mirror',
    cancel: 'sync:cancel',
    status: 'sync:status'
  },
  outbox: {
    list: 'outbox:list',
    retry: 'outbox:retry',
    discard: 'outbox:discard'
  },
  cache: {
    stats: 'cache:stats',
    clear: 'cache:clear',
    export: 'cache:export'
  },
  connectivity: {
    status: 'connectivity:status',
    hint: 'connectivity:hint'
  },
  diagnostics: {
    report: 'diagnostics:report',
    openLogs: 'diagnostics:open-logs'
  },
  links: {
    open: 'links:open'
  },
  onsite: {
    capture: 'onsite:capture',
    list: 'onsite:list',
    retry: 'onsite:retry',
    discard: 'onsite:discard'
  }
} as const satisfies { [D in keyof Calls]: { [M in keyof Calls[D]]: string } }

export const EVENT_NAMES = [
  'evt:sync-progress',
  'evt:connectivity',
  'evt:cache-updated',
  'evt:cache-corrupt',
  'evt:outbox-changed',
  'evt:outbox-sent',
  'evt:operator-changed',
  'evt:session-changed',
  'evt:pdf-progress',
  'evt:onsite-changed'
] as const satisfies readonly EventName[]

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENT_NAMES as readonly string[]).includes(value)
}

/**
 * Builds an object shaped like `Calls` from one function per channel: the preload passes
 * `ipcRenderer.invoke`, the browser test host passes a bridge to the Backend.
 */
export function buildCalls(invoke: (channel: string, args: unknown[]) => Promise<unknown>): Calls {
  const calls: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {}
  for (const [domain, methods] of Object.entries(CHANNEL_NAMES)) {
    const group: Record<string, (...args: unknown[]) => Promise<unknown>> = {}
    for (const [method, channel] of Object.entries(methods)) {
      group[method] = (...args: unknown[]) => invoke(channel, args)
    }
    calls[domain] = group
  }
  return calls as unknown as Calls
}
