// What an accounts part keeps about each group's history, so that search, the status filter and the
// mirror's history pass never read a history part (docs/architecture.md "The operator's cache"): when each
// list was fetched, the newest entry of each (for the latest status, accounts/latest-status.ts), and the
// keys of the group's records kept by their own ID (a validation or a process result opened on its own).
import type { IdentityProcess, Validation } from '@shared/domain'
import { newestProcess, newestValidation, statusOf, type Newest } from '../accounts/latest-status'

export interface HistorySummary {
  validationsAt?: string
  processesAt?: string
  newestValidation?: Newest
  newestProcess?: Newest
  /** recordKey() → fetchedAt of the group's records in its history part (part-content.ts). */
  records?: Record<string, string>
}

export function summaryStatus(summary: HistorySummary | undefined): string | undefined {
  return summary && statusOf(summary.newestValidation, summary.newestProcess)
}

export function withValidations(
  summary: HistorySummary | undefined,
  validations: readonly Validation[],
  fetchedAt: string
): HistorySummary {
  const next: HistorySummary = { ...summary, validationsAt: fetchedAt }
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
  const next: HistorySummary = { ...summary, processesAt: fetchedAt }
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
