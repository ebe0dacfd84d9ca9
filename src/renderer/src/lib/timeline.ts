// An account's history as one list (issue 5 "history timeline merging accounts.validations and
// accounts.processes by date"): newest first, undated entries last, ties in a stable order.
import type { IdentityProcess, Validation } from '@shared/domain'
import { parseTime } from './format'
import { statusKind, type StatusKind } from './status'

export interface TimelineEntry {
  kind: 'validation' | 'process'
  id: string
  /** The RFC 3339 time the entry is placed at (creation, else last update). */
  date?: string
  status: StatusKind
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

function fromValidation(validation: Validation): TimelineEntry {
  return {
    kind: 'validation',
    id: validation.validation_id,
    date: text(validation.creation_date) ?? text(validation.update_date),
    status: statusKind(validation.validation_status),
    failureStatus: text(validation.failure_status),
    declinedReason: text(validation.declined_reason),
    type: text(validation.type)
  }
}

function fromProcess(process: IdentityProcess): TimelineEntry {
  return {
    kind: 'process',
    id: process.process_id,
    date: text(process.creation_date) ?? text(process.update_date),
    status: statusKind(process.status),
    failureStatus: text(process.failure_status),
    declinedReason: text(process.declined_reason),
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
