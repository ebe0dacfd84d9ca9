// What a cache file of format 1 or 2 held, whole (legacy-file.ts reads them to migrate them), and the
// check its decrypted content must pass before the app trusts it; the outbox and mirror schemas are the
// manifest's too (manifest.ts). Maps are null-prototype objects: account IDs are caller-chosen
// (`[a-zA-Z0-9_.-]+`, TRUORA_API.md "IDs and times"), so `__proto__` is a valid one and must stay data.
import { z } from 'zod'
import type { OutboxItem } from '@shared/domain/outbox'
import type { Account, IdentityProcess, ProcessResult, Validation } from '@shared/domain/truora-records'
import type { MirrorState, Stamped } from './types'
import { CURRENT_SCHEMA_VERSION } from './migrations'

export type StampedMap<T> = Record<string, Stamped<T>>

export interface CacheData {
  schemaVersion: typeof CURRENT_SCHEMA_VERSION
  accounts: StampedMap<Account>
  validationsByAccount: StampedMap<Validation[]>
  validations: StampedMap<Validation>
  processesByAccount: StampedMap<IdentityProcess[]>
  processResults: StampedMap<ProcessResult>
  outbox: OutboxItem[]
  mirror: MirrorState
  lastSyncedAt?: string
}

export function emptyMirror(): MirrorState {
  return { pages: 0, accounts: 0, inProgress: false }
}

export function emptyMap<T>(): StampedMap<T> {
  return Object.create(null) as StampedMap<T>
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// Only the skeleton is checked, not each of 100,000 records: opening must cost little more than one
// JSON.parse (DESIGN.md §1 "Fast at any size"), and GCM already proves the bytes are the ones this code
// wrote. The check catches a file of another shape, e.g. from a buggy or foreign writer.
const map = z.custom<Record<string, unknown>>(isPlainObject)

export const outboxItemSchema = z.looseObject({
  id: z.string(),
  input: z.record(z.string(), z.string()),
  createdAt: z.string(),
  state: z.enum(['pending', 'sending', 'failed']),
  attempts: z.number(),
  lastAttemptAt: z.string().optional(),
  nextAttemptAt: z.string().optional(),
  // Loose, so what later versions add to an error (details.accountId) survives a reload.
  error: z.looseObject({ code: z.string(), message: z.string() }).optional()
})

export const mirrorSchema = z.object({
  cursor: z.string().optional(),
  pages: z.number(),
  accounts: z.number(),
  startedAt: z.string().optional(),
  inProgress: z.boolean()
})

const cacheDataSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  accounts: map,
  validationsByAccount: map,
  validations: map,
  processesByAccount: map,
  processResults: map,
  outbox: z.array(outboxItemSchema),
  mirror: mirrorSchema,
  lastSyncedAt: z.string().optional()
})

const MAP_KEYS = [
  'accounts',
  'validationsByAccount',
  'validations',
  'processesByAccount',
  'processResults'
] as const satisfies readonly (keyof CacheData)[]

/** The data if it has the cache's shape (at the current schema version), otherwise undefined. */
export function validateCacheData(value: unknown): CacheData | undefined {
  const parsed = cacheDataSchema.safeParse(value)
  if (!parsed.success) return undefined
  const data = parsed.data as CacheData
  for (const key of MAP_KEYS) Object.setPrototypeOf(data[key], null)
  return data
}
