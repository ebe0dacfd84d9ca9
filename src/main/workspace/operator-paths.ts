// Every path derived from an operator id is built here, and only here (DESIGN.md §6 "Bounds": ids
// validated wherever they are read, every derived path kept inside the data folder). An id comes from
// operators.json, a folder name or a call: a crafted one (`../../outside/evil`) must never name a
// folder outside `<dataDir>/operators/`.
import { dirname, join, resolve } from 'node:path'
import { operatorIdSchema } from '@shared/schemas'

/** Thrown for an id that is not an operator id, or whose folder would leave the data folder. */
export class OperatorPathError extends Error {
  constructor() {
    // The id itself is not repeated: it may be anything a file held.
    super('Not a valid operator id.')
    this.name = 'OperatorPathError'
  }
}

/** The same rule the contract applies to ids sent by the renderer (`operatorIdSchema`). */
export function isOperatorId(value: unknown): value is string {
  return operatorIdSchema.safeParse(value).success
}

/** `<dataDir>/operators`: the parent of every operator's folder. */
export function operatorsFolderOf(dataDir: string): string {
  return resolve(dataDir, 'operators')
}

/** `<dataDir>/operators/<id>`; throws OperatorPathError for anything but a valid id. */
export function operatorFolderOf(dataDir: string, operatorId: string): string {
  if (!isOperatorId(operatorId)) throw new OperatorPathError()
  const root = operatorsFolderOf(dataDir)
  const folder = resolve(root, operatorId)
  // The id's alphabet has no separator and no dot, so this holds; checked anyway, so a looser id rule
  // later cannot quietly open a way out.
  if (dirname(folder) !== root) throw new OperatorPathError()
  return folder
}

/** The operator's encrypted cache: the manifest and its parts (docs/architecture.md "The operator's cache"). */
export function cacheFolderOf(dataDir: string, operatorId: string): string {
  return join(operatorFolderOf(dataDir, operatorId), 'cache')
}

/** Where earlier builds kept the whole cache in one file (formats 1 and 2), migrated on first open. */
export function legacyCacheFileOf(dataDir: string, operatorId: string): string {
  return join(operatorFolderOf(dataDir, operatorId), 'cache.json')
}

/**
 * A non-secret copy of the operator's profile inside its own folder, so the profile can be recovered
 * when operators.json is damaged (profiles-recovery.ts).
 */
export function profileCopyOf(dataDir: string, operatorId: string): string {
  return join(operatorFolderOf(dataDir, operatorId), 'profile.json')
}

/** Wrong passphrases in a row and when the last was typed (not secret): the growing wait survives a restart. */
export function unlockAttemptsOf(dataDir: string, operatorId: string): string {
  return join(operatorFolderOf(dataDir, operatorId), 'unlock-attempts.json')
}

/** The operator's idle lock and retention (not secret). */
export function preferencesOf(dataDir: string, operatorId: string): string {
  return join(operatorFolderOf(dataDir, operatorId), 'preferences.json')
}

/** How many creations wait in the outbox, noted whenever it changes, for when the cache is locked. */
export function outboxNoteOf(dataDir: string, operatorId: string): string {
  return join(operatorFolderOf(dataDir, operatorId), 'outbox-count.json')
}

/** The operator's activity log, each entry sealed under a key derived from their data key. */
export function activityLogOf(dataDir: string, operatorId: string): string {
  return join(operatorFolderOf(dataDir, operatorId), 'activity.log')
}

/** What happened to the operator while they were locked (not secret), taken into their log at unlock. */
export function activityInboxOf(dataDir: string, operatorId: string): string {
  return join(operatorFolderOf(dataDir, operatorId), 'activity-inbox.json')
}
