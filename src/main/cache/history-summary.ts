// What an accounts part keeps about each group's history, so that search, the status filter and the
// mirror's history pass never read a history part (docs/architecture.md "The operator's cache"): when each
// list was fetched, the newest entry of each (for the latest status, accounts/latest-status.ts), and the
// keys of the group's records kept by their own ID (a validation or a process result opened on its own),
// and the Truora IDs in its lists.
import type { IdentityProcess, Validation } from '@shared/domain/truora-records'
import { newestProcess, newestValidation, statusOf, type Newest } from '../accounts/latest-status'

export interface HistorySummary {
  validationsAt?: string
  processesAt?: string
  newestValidation?: Newest
  newestProcess?: Newest
  /** recordKey() → fetchedAt of the group's records in its history part (part-content.ts). */
  records?: Record<string, string>
  /**
   * The Truora IDs in the cached lists — validation and identity-process IDs of the validations;
   * process and flow IDs of the processes — so an exact search by any of them finds the account
   * without reading its history part (search/truora-id-directory.ts). Absent in parts written before.
   */
  validationIds?: string[]
  processIds?: string[]
}

/** The plain Truora IDs among `values`, each once (bounded like any cached field). */
function idsOf(values: unknown[]): string[] {
  const ids = new Set<string>()
  for (const value of values) {
    if (typeof value === 'string' && /^[A-Za-z0-9]{4,80}$/.test(value)) ids.add(value)
  }
  return [...ids]
}

export function summaryStatus(summary: HistorySummary | undefined): string | undefined {
  return summary && statusOf(summary.newestValidation, summary.newestProcess)
}

export function withValidations(
  summary: HistorySummary | undefined,
  validations: readonly Validation[],
  fetchedAt: string
): HistorySummary {
  const next: HistorySummary = {
    ...summary,
    validationsAt: fetchedAt,
    validationIds: idsOf(validations.flatMap((v) => [v.validation_id, v.identity_process_id]))
  }
  const newest = newestValidation(validations)
  if (newest === undefined) delete next.newestValidation
  else next.newestValidation = newest
  return next
}

export function withProcesses(
  summary: HistorySummary | undefined,
  processes: readonly IdentityProcess[],
  fetchedAt: string
): HistorySummary {
  const next: HistorySummary = {
    ...summary,
    processesAt: fetchedAt,
    processIds: idsOf(processes.flatMap((p) => [p.process_id, p.flow_id]))
  }
  const newest = newestProcess(processes)
  if (newest === undefined) delete next.newestProcess
  else next.newestProcess = newest
  return next
}

export function withRecord(
  summary: HistorySummary | undefined,
  key: string,
  fetchedAt: string
): HistorySummary {
  return { ...summary, records: { ...summary?.records, [key]: fetchedAt } }
}
