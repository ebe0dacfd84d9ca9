// What the Backend is given (create-backend.ts): everything it needs from the world comes in here —
// data folder, keychain, fetch, Truora's URLs, clock — so the app, the tests, the benchmark and the
// browser host can each hand it theirs (DESIGN.md §2).
import type { Result } from '@shared/result'
import type { ChooseExportFile } from '../cache/service'
import type { SenderOptions } from '../onsite/send-validation'
import type { SecretStore } from '../operators/secret-store'
import type { ScryptCost } from '../session/vault-crypto'
import type { MirrorOptions } from '../sync/mirror'
import type { Endpoints } from '../truora/endpoints'
import type { RetryPolicy } from '../truora/types'

export interface BackendOptions {
  dataDir: string
  secretStore: SecretStore
  fetch: typeof globalThis.fetch
  endpoints?: Endpoints
  now?: () => Date
  /** `Truora Account Lookup` packaged, `Truora Account Lookup Dev` in development. */
  keychainService?: string
  /** Receives redacted diagnostic lines; never personal data or keys. */
  log?: (line: string) => void
  /** Per-request timeout for Truora calls (default 15 s). */
  timeoutMs?: number
  retry?: Partial<RetryPolicy>
  /** How often to probe for the network's return while offline (default 3 s). */
  probeIntervalMs?: number
  /**
   * While online, probe after this long with no request answered, so a lost network shows within
   * seconds (default 3 s; 0 turns idle probes off, as tests that count requests do).
   */
  idleProbeMs?: number
  /** The platform's view of the network (in the app, Electron's `net.isOnline()`), polled each second. */
  platformOnline?: () => boolean
  /** Longest a cache write waits to be batched (default 250 ms). */
  writeDelayMs?: number
  /**
   * "Sync all accounts": accounts per page (default 100), pause between history requests (50 ms),
   * the walk's bounds (sync/walk-bounds.ts).
   */
  mirror?: Omit<MirrorOptions, 'sleep'>
  /**
   * Opens a link in the system browser (in the app, security.ts's guarded `shell.openExternal`). The
   * Backend lets only https links to Truora's hosts through; without this option `links.open` is refused.
   */
  openInBrowser?: (url: string) => Promise<Result<null>>
  /**
   * Asks the operator where to save a `cache.export` (in the app, a save dialog: save-dialog.ts);
   * undefined when they cancel. Without this option every export ends as cancelled.
   */
  chooseExportFile?: ChooseExportFile
  /** The app's version, for diagnostics (Electron's `app.getVersion()`). */
  appVersion?: string
  /** Opens the log folder in the system's file manager; without it `diagnostics.openLogs` is refused. */
  openLogsFolder?: () => Promise<Result<null>>
  /** Waits used by retries and the mirror's throttling; tests pass a quicker one. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** Waits between checks while Truora makes a process PDF (default accounts/process-pdf.ts PDF_POLL_DELAYS_MS). */
  pdfPollDelaysMs?: readonly number[]
  /**
   * Opens a file with the system's viewer (in the app, shell.openPath); without it
   * `processes.openPdf` is refused.
   */
  openFile?: (path: string) => Promise<Result<null>>
  /**
   * scrypt's cost for passphrases wrapped from now on (default N = 2^17, r = 8, p = 1: README
   * "Security"). Each stored blob keeps its own, so a test's cheaper cost opens only its own blobs.
   */
  vaultCost?: ScryptCost
  /** How often the Backend looks at its clock for the idle lock and the daily retention (default 5 s). */
  tickMs?: number
  /** How an on-site validation's result is followed once its images are up (default 2 s doubling to 60 s). */
  onsite?: SenderOptions
}

/**
 * The named options that are set, for a part whose own options are optional: with
 * exactOptionalPropertyTypes an option left out must be absent, not undefined, so the part keeps its
 * own default.
 */
export function setOptions<T extends object, K extends keyof T>(
  options: T,
  names: readonly K[]
): { [P in K]?: Exclude<T[P], undefined> } {
  const set: { [P in K]?: Exclude<T[P], undefined> } = {}
  for (const name of names) {
    const value = options[name]
    if (value !== undefined) set[name] = value as Exclude<T[K], undefined>
  }
  return set
}
