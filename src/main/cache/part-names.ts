// Where an operator's cache lives on disk (docs/architecture.md "The operator's cache"), and the names that
// bind each sealed file to its place. Every file name is made here from numbers, and every name read back
// from a manifest must match these patterns, so a damaged or foreign manifest can never make the app read,
// move or delete a file outside the cache's own folder (DESIGN.md §6 "derived paths").
import { join } from 'node:path'

/** The sealed manifest: schema version, outbox, mirror state and the table of parts. */
export const MANIFEST_FILE = 'manifest'
/** Every part file, named by the manifest. */
const PARTS_FOLDER = 'parts'

export type PartRole = 'accounts' | 'history' | 'index'

const SLOT_DIGITS = 6
const PART_NAME = /^(accounts|history)-(\d{6})-([0-9a-z]{1,11})\.part$/
const INDEX_NAME = /^index-([0-9a-z]{1,11})\.part$/

/**
 * A part's file name: its role, its slot (the group of accounts it holds) and the manifest
 * generation that wrote it. Copy-on-write: a changed part is written under a new name, so the file
 * the current manifest names is never touched (DESIGN.md §4).
 */
export function partFileName(role: PartRole, slot: number, generation: number): string {
  const stamp = generation.toString(36)
  return role === 'index'
    ? `index-${stamp}.part`
    : `${role}-${String(slot).padStart(SLOT_DIGITS, '0')}-${stamp}.part`
}

export interface ParsedPartName {
  role: PartRole
  slot: number
  generation: number
}

/** What a part file name says, or undefined when it is not one this code makes. */
export function parsePartFileName(name: string): ParsedPartName | undefined {
  const part = PART_NAME.exec(name)
  if (part) {
    return { role: part[1] as PartRole, slot: Number(part[2]), generation: parseInt(part[3] as string, 36) }
  }
  const index = INDEX_NAME.exec(name)
  return index ? { role: 'index', slot: 0, generation: parseInt(index[1] as string, 36) } : undefined
}

const LABEL = 'truora-account-lookup/cache/v3'

/**
 * The additional authenticated data of a part: the operator and the file name. A part sealed for
 * another operator, or renamed into another slot or generation, fails to decrypt even under the same
 * key; the manifest's fingerprints catch one replaced by an older copy of itself.
 */
export function partAad(operatorId: string, name: string): string {
  return `${LABEL}/${operatorId}/${PARTS_FOLDER}/${name}`
}

export function manifestAad(operatorId: string): string {
  return `${LABEL}/${operatorId}/${MANIFEST_FILE}`
}

export function manifestPathOf(folder: string): string {
  return join(folder, MANIFEST_FILE)
}

export function partsFolderOf(folder: string): string {
  return join(folder, PARTS_FOLDER)
}

export function partPathOf(folder: string, name: string): string {
  return join(folder, PARTS_FOLDER, name)
}
