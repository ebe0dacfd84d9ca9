// What the two kinds of part hold (docs/architecture.md "The operator's cache"). Both hold the same group of
// accounts, slot by slot: the accounts part what a search and a lookup need at once, the history part
// what opening one account needs, read only then.
//   accounts part  { accounts: {id: {data, fetchedAt}}, summaries: {group: HistorySummary} }
//   history part   { <kind>: {key: {data, fetchedAt}} } for each kind in HISTORY_KINDS
// Maps are null-prototype objects: account IDs are caller-chosen (`[a-zA-Z0-9_.-]+`, TRUORA_API.md
// "IDs and times"), so `__proto__` is a valid one and must stay data.
import type { Account, IdentityProcess, ProcessResult, Validation } from '@shared/domain/truora-records'
import type { StampedMap } from './cache-data'
import { emptyMap } from './cache-data'
import type { HistorySummary } from './history-summary'

export interface AccountsContent {
  accounts: StampedMap<Account>
  summaries: Record<string, HistorySummary>
}

/**
 * The kinds of record a history part holds. To add one (process PDFs, captured images), add its map
 * here and in HISTORY_KINDS; `byAccount` kinds are keyed by account ID, the others by their own ID
 * and listed in the group's summary (`records`), so a lookup by that ID finds its part.
 */
export interface HistoryContent {
  validationsByAccount: StampedMap<Validation[]>
  processesByAccount: StampedMap<IdentityProcess[]>
  validations: StampedMap<Validation>
  processResults: StampedMap<ProcessResult>
}

export type HistoryKind = keyof HistoryContent

export const HISTORY_KINDS: Record<HistoryKind, { byAccount: boolean }> = {
  validationsByAccount: { byAccount: true },
  processesByAccount: { byAccount: true },
  validations: { byAccount: false },
  processResults: { byAccount: false }
}

const KIND_NAMES = Object.keys(HISTORY_KINDS) as HistoryKind[]

export function emptyAccountsContent(): AccountsContent {
  return { accounts: emptyMap(), summaries: Object.create(null) as Record<string, HistorySummary> }
}

export function emptyHistoryContent(): HistoryContent {
  return {
    validationsByAccount: emptyMap(),
    processesByAccount: emptyMap(),
    validations: emptyMap(),
    processResults: emptyMap()
  }
}

/**
 * The group a record kept by its own ID belongs to: its account's, so it shares that account's
 * history part; '' (no account ID is empty) when it names none.
 */
export function groupOfRecord(data: { account_id?: unknown }): string {
  return typeof data.account_id === 'string' ? data.account_id : ''
}

/** The key a record of a `byAccount: false` kind has in its group's summary. */
export function recordKey(kind: HistoryKind, id: string): string {
  return `${kind}:${id}`
}

// TextEncoder and TextDecoder, not Buffer's UTF-8: several times faster on JSON of accented names
// (Latin-1 strings in V8), which a mirror of 100,000 accounts writes 45 MB of (npm run bench).
const encoder = new TextEncoder()
const decoder = new TextDecoder()

export function encodeJson(content: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(content))
}

export function decodeText(bytes: Uint8Array): string {
  return decoder.decode(bytes)
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Every value a record map may hold: `{ data, fetchedAt }`. Checked per record: parts are small. */
function isStampedMap(value: unknown): boolean {
  if (!isMap(value)) return false
  for (const key in value) {
    const entry = value[key]
    if (!isMap(entry) || typeof entry.fetchedAt !== 'string' || !('data' in entry)) return false
  }
  return true
}

function parseJson(plain: Buffer): unknown {
  try {
    return JSON.parse(decodeText(plain))
  } catch {
    return undefined
  }
}

export function decodeAccounts(plain: Buffer): AccountsContent | undefined {
  const value = parseJson(plain)
  if (!isMap(value) || !isStampedMap(value.accounts) || !isMap(value.summaries)) return undefined
  for (const key in value.summaries) if (!isMap(value.summaries[key])) return undefined
  Object.setPrototypeOf(value.accounts, null)
  Object.setPrototypeOf(value.summaries, null)
  return value as unknown as AccountsContent
}

export function decodeHistory(plain: Buffer): HistoryContent | undefined {
  const value = parseJson(plain)
  if (!isMap(value)) return undefined
  const content = emptyHistoryContent()
  for (const kind of KIND_NAMES) {
    const map = value[kind]
    if (map === undefined) continue
    if (!isStampedMap(map)) return undefined
    Object.setPrototypeOf(map, null)
    ;(content as unknown as Record<string, unknown>)[kind] = map
  }
  return content
}

/** A copy of the maps (not the records, which are replaced, never changed in place). */
export function copyHistory(content: HistoryContent): Partial<HistoryContent> {
  const copy: Partial<Record<HistoryKind, StampedMap<unknown>>> = {}
  for (const kind of KIND_NAMES) {
    const map = content[kind] as StampedMap<unknown>
    for (const _key in map) {
      copy[kind] = Object.assign(emptyMap(), map)
      break
    }
  }
  return copy as Partial<HistoryContent>
}

export function copyAccounts(content: AccountsContent): AccountsContent {
  return {
    accounts: Object.assign(emptyMap(), content.accounts),
    summaries: Object.assign(Object.create(null), content.summaries) as Record<string, HistorySummary>
  }
}

/** Distinct validations and processes a history part holds, for the cache's stats. */
export function countHistory(content: HistoryContent): { validations: number; processes: number } {
  const validations = new Set(Object.keys(content.validations))
  for (const key in content.validationsByAccount) {
    const list = content.validationsByAccount[key]?.data
    if (Array.isArray(list)) for (const item of list) validations.add(item.validation_id)
  }
  const processes = new Set(Object.keys(content.processResults))
  for (const key in content.processesByAccount) {
    const list = content.processesByAccount[key]?.data
    if (Array.isArray(list)) for (const item of list) processes.add(item.process_id)
  }
  return { validations: validations.size, processes: processes.size }
}
