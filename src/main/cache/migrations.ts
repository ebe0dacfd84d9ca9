// The cache file carries `schemaVersion`; loading migrates or refuses, never guesses (DESIGN.md §4).
// A file from a newer app version is refused (and preserved aside by the caller), since this version
// cannot know what the newer fields mean.
import type { CacheCorruptReason } from './types'

export const CURRENT_SCHEMA_VERSION = 1

/** Turns the data of one schema version into the data of the next one. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>

/**
 * `MIGRATIONS.get(n)` upgrades version n to n + 1. Version 1 is the first schema, so there are none
 * yet: a change to `CacheData` adds a step here and bumps `CURRENT_SCHEMA_VERSION`.
 */
export const MIGRATIONS: ReadonlyMap<number, Migration> = new Map()

export type MigrationOutcome =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; reason: Extract<CacheCorruptReason, 'invalid-content' | 'unsupported-version'> }

/** Brings decrypted file content up to `target`, one step at a time. */
export function migrate(
  value: unknown,
  migrations: ReadonlyMap<number, Migration> = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION
): MigrationOutcome {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'invalid-content' }
  }
  let data = value as Record<string, unknown>
  for (;;) {
    const version = data.schemaVersion
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      return { ok: false, reason: 'invalid-content' }
    }
    if (version === target) return { ok: true, data }
    const step = version < target ? migrations.get(version) : undefined
    if (step === undefined) return { ok: false, reason: 'unsupported-version' }
    try {
      data = { ...step(data), schemaVersion: version + 1 }
    } catch {
      // A step that cannot make sense of the data must not half-convert it: the file is kept aside.
      return { ok: false, reason: 'invalid-content' }
    }
  }
}
