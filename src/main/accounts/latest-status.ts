// The "latest status" of an account shown in search rows and used by the status filter: the status
// of its most recent validation or identity process, whichever is newer.
import type { IdentityProcess, Validation } from '@shared/domain'

export function latestStatus(
  validations: readonly Validation[] | undefined,
  processes: readonly IdentityProcess[] | undefined
): string | undefined {
  return latestOf(validations, processes)?.status
}

/** The latest status with the date of the record it comes from (a search row shows both). */
export function latestOf(
  validations: readonly Validation[] | undefined,
  processes: readonly IdentityProcess[] | undefined
): { status: string; date?: string } | undefined {
  let latest: { at: number; status: string; date?: string } | undefined
  const consider = (at: unknown, status: unknown) => {
    // Truora's records keep unknown shapes (TRUORA_API.md): only text is a status or a date, and
    // Date.parse of an object such as {"toString": 1} would throw.
    if (typeof status !== 'string') return
    // Parsed, not compared as text: Truora's precision varies ("…12Z" vs "…12.952Z").
    const when = typeof at !== 'string' ? Number.NEGATIVE_INFINITY : Date.parse(at) || 0
    if (latest === undefined || when > latest.at)
      latest = typeof at === 'string' ? { at: when, status, date: at } : { at: when, status }
  }
  for (const validation of validations ?? []) consider(validation.creation_date, validation.validation_status)
  for (const process of processes ?? []) consider(process.creation_date, process.status)
  if (latest === undefined) return undefined
  return latest.date === undefined ? { status: latest.status } : { status: latest.status, date: latest.date }
}
