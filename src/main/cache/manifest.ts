// The manifest (docs/architecture.md "The operator's cache"): the one small sealed file that says what the
// cache is. It holds what must never be lost or rebuilt from Truora — the outbox, the mirror's resume
// point, the last sync — and the table of parts: every part file's name, the IV and tag it was sealed with
// (its fingerprint), its size and what it holds. A part the manifest does not name is not part of the
// cache; a part whose bytes do not match its entry is damaged. It is replaced atomically on every write
// (temp file, fsync, rename, folder fsync: src/main/fs/atomic-file.ts).
import { z } from 'zod'
import type { OutboxItem } from '@shared/domain/outbox'
import { emptyMirror, mirrorSchema, outboxItemSchema } from './cache-data'
import { CURRENT_SCHEMA_VERSION } from './migrations'
import { parsePartFileName } from './part-names'
import type { MirrorState } from './types'

const LAYOUT_FORMAT = 3

export interface PartEntry {
  /** File name in `parts/` (part-names.ts). */
  name: string
  /** fingerprintOf(the file's bytes): its IV and GCM tag. */
  seal: string
  /** Size of the file. */
  bytes: number
  /** Length of the plaintext, so opening sizes its buffer at once. */
  plainBytes: number
  /** Accounts in an accounts part; validations and processes in a history part (for stats). */
  accounts?: number
  validations?: number
  processes?: number
}

export interface IndexEntry extends PartEntry {
  /** Names of the accounts parts whose every account the snapshot holds as they are in that part. */
  covers: string[]
}

export interface Manifest {
  format: typeof LAYOUT_FORMAT
  schemaVersion: typeof CURRENT_SCHEMA_VERSION
  operatorId: string
  /** Counts the manifests written; names the parts each one wrote. */
  generation: number
  outbox: OutboxItem[]
  mirror: MirrorState
  lastSyncedAt?: string
  /** Slot k of `accounts` pairs with slot k of `history`: the same group of accounts. */
  accounts: (PartEntry | null)[]
  history: (PartEntry | null)[]
  index?: IndexEntry
}

export function emptyManifest(operatorId: string): Manifest {
  return {
    format: LAYOUT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    operatorId,
    generation: 0,
    outbox: [],
    mirror: emptyMirror(),
    accounts: [],
    history: []
  }
}

const count = z.number().int().nonnegative()
const partEntrySchema = z.object({
  name: z.string(),
  seal: z.string().length(40),
  bytes: count,
  plainBytes: count,
  accounts: count.optional(),
  validations: count.optional(),
  processes: count.optional()
})
const manifestSchema = z.object({
  format: z.literal(LAYOUT_FORMAT),
  schemaVersion: z.number().int().positive(),
  operatorId: z.string(),
  generation: count,
  outbox: z.array(outboxItemSchema),
  mirror: mirrorSchema,
  lastSyncedAt: z.string().optional(),
  accounts: z.array(partEntrySchema.nullable()),
  history: z.array(partEntrySchema.nullable()),
  index: partEntrySchema.extend({ covers: z.array(z.string()) }).optional()
})

export type ManifestCheck =
  { ok: true; manifest: Manifest } | { ok: false; reason: 'invalid-content' | 'unsupported-version' }

/**
 * The manifest if it is one this version can use: of this operator, naming only parts of the role
 * and slot it lists them under, each once. A newer schema is refused (and kept aside) rather than
 * guessed at (migrations.ts).
 */
export function checkManifest(value: unknown, operatorId: string): ManifestCheck {
  if (typeof value === 'object' && value !== null && 'format' in value && value.format !== LAYOUT_FORMAT) {
    return { ok: false, reason: 'unsupported-version' }
  }
  const parsed = manifestSchema.safeParse(value)
  if (!parsed.success) return { ok: false, reason: 'invalid-content' }
  const manifest = parsed.data as Manifest
  if (manifest.schemaVersion > CURRENT_SCHEMA_VERSION) return { ok: false, reason: 'unsupported-version' }
  if (manifest.schemaVersion !== CURRENT_SCHEMA_VERSION || manifest.operatorId !== operatorId) {
    return { ok: false, reason: 'invalid-content' }
  }
  const names = new Set<string>()
  const fits = (entry: PartEntry | null, role: 'accounts' | 'history' | 'index', slot: number): boolean => {
    if (entry === null) return true
    const parsedName = parsePartFileName(entry.name)
    if (!parsedName || parsedName.role !== role || parsedName.slot !== slot || names.has(entry.name))
      return false
    if (parsedName.generation > manifest.generation) return false
    names.add(entry.name)
    return true
  }
  const ok =
    manifest.accounts.every((entry, slot) => fits(entry, 'accounts', slot)) &&
    manifest.history.every((entry, slot) => fits(entry, 'history', slot)) &&
    (manifest.index === undefined || fits(manifest.index, 'index', 0))
  return ok ? { ok: true, manifest } : { ok: false, reason: 'invalid-content' }
}

/** Every file name the manifest holds on to. */
export function namesIn(manifest: Manifest): Set<string> {
  const names = new Set<string>()
  for (const entry of [...manifest.accounts, ...manifest.history, manifest.index]) {
    if (entry) names.add(entry.name)
  }
  return names
}
