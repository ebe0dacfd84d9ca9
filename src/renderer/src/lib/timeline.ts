// An account's history as one list, `accounts.validations` and `accounts.processes` merged by date, so
// the operator reads one story: newest first, undated entries last, ties in a stable order.
import type { IdentityProcess, Validation } from '@shared/domain/truora-records'
import { parseTime } from './format'
import { statusKind, type StatusKind } from './status'

export interface TimelineEntry {
  kind: 'validation' | 'process'
  id: string
  /** The RFC 3339 time the entry is placed at (creation, else last update). */
  date?: string
  status: StatusKind
  /** The status as Truora wrote it, for support (shown on hover). */
  rawStatus?: string
  failureStatus?: string
  declinedReason?: string
  /** Validation type, e.g. `face-recognition`. */
  type?: string
  /** Process channel (`created_via`), e.g. `whatsapp`. */
  channel?: string
  flowId?: string
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

// Validations and processes name their dates and outcome the same way in the API; only the status
// field differs (`validation_status` against `status`), so it is passed in.
type SharedFields = 'creation_date' | 'update_date' | 'failure_status' | 'declined_reason'
type Outcome = Pick<TimelineEntry, 'date' | 'status' | 'rawStatus' | 'failureStatus' | 'declinedReason'>

function outcome(record: Pick<Validation & IdentityProcess, SharedFields>, status?: string): Outcome {
  return {
    date: text(record.creation_date) ?? text(record.update_date),
    status: statusKind(status),
    rawStatus: text(status),
    failureStatus: text(record.failure_status),
    declinedReason: text(record.declined_reason)
  }
}

function fromValidation(validation: Validation): TimelineEntry {
  return {
    kind: 'validation',
    id: validation.validation_id,
    ...outcome(validation, validation.validation_status),
    type: text(validation.type)
  }
}

function fromProcess(process: IdentityProcess): TimelineEntry {
  return {
    kind: 'process',
    id: process.process_id,
    ...outcome(process, process.status),
    channel: text(process.created_via),
    flowId: text(process.flow_id)
  }
}

export function mergeTimeline(validations: Validation[], processes: IdentityProcess[]): TimelineEntry[] {
  const entries = [...validations.map(fromValidation), ...processes.map(fromProcess)]
  const times = new Map(entries.map((entry) => [entry, parseTime(entry.date)]))
  return entries.sort((a, b) => {
    const timeA = times.get(a)
    const timeB = times.get(b)
    if (timeA !== timeB) {
      if (timeA === undefined) return 1
      if (timeB === undefined) return -1
      return timeB - timeA
    }
    if (a.kind !== b.kind) return a.kind === 'process' ? -1 : 1
    return a.id.localeCompare(b.id)
  })
}

export interface TimelineFilter {
  kind?: TimelineEntry['kind']
  status?: StatusKind
}

/** The entries of one kind and/or one status, in the same order. */
export function filterTimeline(entries: TimelineEntry[], filter: TimelineFilter): TimelineEntry[] {
  return entries.filter(
    (entry) =>
      (filter.kind === undefined || entry.kind === filter.kind) &&
      (filter.status === undefined || entry.status === filter.status)
  )
}

/**
 * The account's verdict at a glance: the newest dated entry of its history (validations and
 * processes alike), or undefined when nothing in it is dated.
 */
export function latestEntry(entries: TimelineEntry[]): TimelineEntry | undefined {
  const first = entries[0]
  return first?.date !== undefined ? first : undefined
}
