// Reads a cache of an earlier build, to migrate it (docs/architecture.md "The operator's cache",
// "Migration"): one file `operators/<id>/cache.json` holding everything, in format 1 (one JSON envelope,
// legacy-envelope.ts) or format 2 (a header and sealed parts: cache-file-format.ts; part 0 the state with
// the outbox and every shard's IV and tag, then shards of records). Read only: the first write of the new
// layout replaces it, and it is removed once that manifest is durable.
import { readFile } from 'node:fs/promises'
import type { OutboxItem } from '@shared/domain/outbox'
import { emptyMap, validateCacheData, type CacheData, type StampedMap } from './cache-data'
import { isFormat2, splitParts } from './cache-file-format'
import { openLegacyEnvelope, type Unsealed } from './legacy-envelope'
import { migrate } from './migrations'
import { fingerprintOf, importPartKey, openPart, type OpenedPart, type PartKey } from './sealed-part'
import { ioError } from './sealed-file'
import type { CacheCorruptReason } from './types'

/** Parts being decrypted and decompressed in the thread pool ahead of the one being parsed. */
const READ_AHEAD = 4

/** The file exists but cannot be used; the caller moves it aside. */
export class LegacyCorrupt extends Error {
  /**
   * The outbox, when the state part that holds it is intact and only a shard is damaged: queued
   * creations are the one thing the network cannot give back (DESIGN.md §1), so they are kept.
   */
  outbox?: OutboxItem[]
  constructor(readonly reason: CacheCorruptReason) {
    super(`The cache file cannot be used (${reason}).`)
  }
}

/** The maps that format 2 split into shards, each shard holding some keys of each. */
const SHARDED_MAPS = [
  'accounts',
  'validationsByAccount',
  'processesByAccount',
  'validations',
  'processResults'
] as const
type ShardContent = Partial<Record<(typeof SHARDED_MAPS)[number], StampedMap<unknown>>>

interface StatePart {
  shards: { seal: string; bytes: number }[]
  state: Record<string, unknown>
}

/** The whole cache an earlier build wrote, or null when there is no such file. */
export async function readLegacyFile(file: string, dataKey: Buffer): Promise<CacheData | null> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    // Unreadable is not corrupt (permissions, I/O): the file may be fine, so it is neither moved
    // nor replaced; the open fails and the operator is told.
    throw ioError('read', error)
  }
  return isFormat2(bytes) ? readFormat2(bytes, await importPartKey(dataKey)) : readFormat1(bytes, dataKey)
}

function decode(value: unknown): CacheData {
  const migrated = migrate(value)
  if (!migrated.ok) throw new LegacyCorrupt(migrated.reason)
  const data = validateCacheData(migrated.data)
  if (data === undefined) throw new LegacyCorrupt('invalid-content')
  return data
}

async function readFormat1(bytes: Buffer, dataKey: Buffer): Promise<CacheData> {
  // Any JSON value: decode() checks its shape.
  return decode(
    parsePart(await openLegacyEnvelope(bytes, dataKey), (_json: unknown): _json is unknown => true)
  )
}

async function readFormat2(bytes: Buffer, key: PartKey): Promise<CacheData> {
  const split = splitParts(bytes)
  if (!split.ok) {
    const [statePart] = split.complete ?? []
    const error = new LegacyCorrupt(split.reason)
    if (statePart !== undefined) await salvageOutbox(error, statePart, key)
    throw error
  }
  const [statePart, ...shards] = split.parts as [Buffer, ...Buffer[]]
  const head = parsePart<StatePart>(await openPart(statePart, 0, key), isStatePart)
  try {
    return await readShards(head, shards, key)
  } catch (error) {
    if (error instanceof LegacyCorrupt) keepOutboxOf(error, head)
    throw error
  }
}

/** A file cut short after its state part: the outbox in it is kept, if the part opens. */
async function salvageOutbox(error: LegacyCorrupt, statePart: Buffer, key: PartKey): Promise<void> {
  try {
    keepOutboxOf(error, parsePart<StatePart>(await openPart(statePart, 0, key), isStatePart))
  } catch {
    // The state part is damaged too: there is nothing to keep.
  }
}

function keepOutboxOf(error: LegacyCorrupt, head: StatePart): void {
  try {
    const alone = decode({ ...head.state, ...emptyMaps() })
    if (alone.outbox.length > 0) error.outbox = alone.outbox
  } catch {
    // A state of the wrong shape keeps nothing.
  }
}

async function readShards(head: StatePart, shards: Buffer[], key: PartKey): Promise<CacheData> {
  if (head.shards.length !== shards.length) throw new LegacyCorrupt('not-an-envelope')
  // The state part names each shard by its IV and tag: a shard dropped, added or replaced by an
  // older copy is refused even though it decrypts on its own.
  if (shards.some((shard, i) => fingerprintOf(shard) !== head.shards[i]?.seal)) {
    throw new LegacyCorrupt('decrypt-failed')
  }
  const data: Record<string, unknown> = { ...head.state, ...emptyMaps() }
  const opening: (Promise<OpenedPart> | undefined)[] = []
  const open = (i: number): void => {
    const shard = shards[i]
    if (shard !== undefined) opening[i] = openPart(shard, i + 1, key, head.shards[i]?.bytes)
  }
  for (let i = 0; i < READ_AHEAD; i++) open(i)
  for (let i = 0; i < shards.length; i++) {
    const opened = await (opening[i] as Promise<OpenedPart>)
    opening[i] = undefined
    open(i + READ_AHEAD)
    const content = parsePart(opened, isShardContent)
    for (const name of SHARDED_MAPS) {
      const part = content[name]
      if (part !== undefined) Object.assign(data[name] as StampedMap<unknown>, part)
    }
  }
  return decode(data)
}

function emptyMaps(): Record<(typeof SHARDED_MAPS)[number], StampedMap<unknown>> {
  return {
    accounts: emptyMap(),
    validationsByAccount: emptyMap(),
    processesByAccount: emptyMap(),
    validations: emptyMap(),
    processResults: emptyMap()
  }
}

/** The JSON of an opened part, if it has the expected shape; otherwise the file is corrupt. */
function parsePart<T>(opened: OpenedPart | Unsealed, isValid: (value: unknown) => value is T): T {
  if (!opened.ok) throw new LegacyCorrupt(opened.reason)
  let value: unknown
  try {
    value = JSON.parse(opened.json)
  } catch {
    throw new LegacyCorrupt('invalid-content')
  }
  if (!isValid(value)) throw new LegacyCorrupt('invalid-content')
  return value
}

function isStatePart(value: unknown): value is StatePart {
  if (typeof value !== 'object' || value === null) return false
  const { shards, state } = value as Record<string, unknown>
  return (
    Array.isArray(shards) &&
    shards.every((entry: unknown) => {
      if (typeof entry !== 'object' || entry === null) return false
      const { seal, bytes } = entry as Record<string, unknown>
      return typeof seal === 'string' && Number.isSafeInteger(bytes) && (bytes as number) >= 0
    }) &&
    typeof state === 'object' &&
    state !== null &&
    !Array.isArray(state)
  )
}

function isShardContent(value: unknown): value is ShardContent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  for (const [name, map] of Object.entries(value)) {
    if (!(SHARDED_MAPS as readonly string[]).includes(name)) return false
    if (typeof map !== 'object' || map === null || Array.isArray(map)) return false
  }
  return true
}
