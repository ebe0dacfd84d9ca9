// The "latest status" of an account shown in search rows and used by the status filter: the status
// of its most recent validation or identity process, whichever is newer. The cache keeps the newest of
// each list beside the account (src/main/cache/history-summary.ts), so it is known without reading
// the history itself; both use the rule below.
import type { IdentityProcess, Validation } from '@shared/domain/truora-records'

/** The newest entry of one list: when it was created (ms; null when unknown) and its status. */
export type Newest = [at: number | null, status: string]

function newestOf<T>(
  items: readonly T[] | undefined,
  read: (item: T) => [string | undefined, unknown]
): Newest | undefined {
  let newest: { when: number; status: string } | undefined
  for (const item of items ?? []) {
    const [at, status] = read(item)
    // Truora's records keep unknown shapes (TRUORA_API.md): only text is a status or a date, and
    // Date.parse of an object such as {"toString": 1} would throw.
    if (typeof status !== 'string') continue
    // Parsed, not compared as text: Truora's precision varies ("…12Z" vs "…12.952Z").
    const when = typeof at !== 'string' ? Number.NEGATIVE_INFINITY : Date.parse(at) || 0
    if (newest === undefined || when > newest.when) newest = { when, status }
  }
  return newest && [Number.isFinite(newest.when) ? newest.when : null, newest.status]
}

export function newestValidation(validations: readonly Validation[] | undefined): Newest | undefined {
  return newestOf(validations, (v) => [v.creation_date, v.validation_status])
}

export function newestProcess(processes: readonly IdentityProcess[] | undefined): Newest | undefined {
  return newestOf(processes, (p) => [p.creation_date, p.status])
}

/** The status of whichever is newer; on a tie, the validation's. */
export function statusOf(validation: Newest | undefined, process: Newest | undefined): string | undefined {
  if (validation === undefined || process === undefined) return (validation ?? process)?.[1]
  const time = (newest: Newest): number => newest[0] ?? Number.NEGATIVE_INFINITY
  return time(process) > time(validation) ? process[1] : validation[1]
}

export function latestStatus(
  validations: readonly Validation[] | undefined,
  processes: readonly IdentityProcess[] | undefined
): string | undefined {
  return statusOf(newestValidation(validations), newestProcess(processes))
}
