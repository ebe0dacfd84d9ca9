// lowdb's adapter for the operator's cache file: lowdb keeps the data in memory; this adapter writes it
// as an encrypted file of parts (cache-file-format.ts) and reads it back, replacing the file
// atomically on each write (DESIGN.md §4). Only the shards the cache store marked changed
// (shard-plan.ts) are serialized and sealed again; the others are written as the bytes they already
// have. A cache of 100,000 accounts therefore costs a lookup a few milliseconds of main-thread work,
// not a second of JSON.stringify over everything (issue 4, issue 5: typing stays smooth while lookups
// revalidate in the background).
import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { replaceFile } from '../fs/atomic-file'
import { errnoCode } from '../fs/errno-code'
import type { OutboxItem } from '@shared/domain'
import type { CacheData } from './cache-data'
import { emptyMap } from './cache-data'
import { isFormat2, layOut, splitParts } from './cache-file-format'
import { openLegacyEnvelope, type Unsealed } from './legacy-envelope'
import {
  fingerprintOf,
  importPartKey,
  openPart,
  sealPart,
  type OpenedPart,
  type PartKey,
  type SealedPart
} from './sealed-part'
import { isShardContent, SHARDED_MAPS, type ShardedMapName, type ShardPlan } from './shard-plan'
import type { CacheCorruptReason } from './types'

/** Parts being decrypted and decompressed in the thread pool ahead of the one being parsed. */
const READ_AHEAD = 4

/** Thrown by `read()` when the file exists but cannot be used; the caller moves it aside. */
export class CacheCorruptError extends Error {
  readonly reason: CacheCorruptReason
  /**
   * The outbox, when the state part that holds it is intact and only a shard is damaged: queued
   * creations are the one thing the network cannot give back (DESIGN.md §1), so they are kept.
   */
  outbox?: OutboxItem[]
  constructor(reason: CacheCorruptReason) {
    super(`The cache file cannot be used (${reason}).`)
    this.reason = reason
  }
}

export type Decoded<T> = { ok: true; data: T } | { ok: false; reason: CacheCorruptReason }

export interface ShardedFileAdapterOptions {
  file: string
  key: Buffer
  /** Where the store records which groups changed; the adapter reads and fills it. */
  plan: ShardPlan
  /** Migrates and validates what was decrypted (schema version, shape). */
  decode: (value: unknown) => Decoded<CacheData>
  onWrite?: (info: { bytes: number; ms: number }) => void
}

/** What the state part (part 0) holds: each shard's fingerprint and size, and everything else. */
interface StatePart {
  shards: ShardEntry[]
  state: Record<string, unknown>
}

interface ShardEntry {
  /** fingerprintOf(the shard's bytes) */
  seal: string
  /** Its plaintext length. */
  bytes: number
}

export class ShardedFileAdapter implements Adapter<CacheData> {
  readonly #options: ShardedFileAdapterOptions
  readonly #key: Promise<PartKey>
  /** Each shard's sealed bytes as last written or read (or being sealed), by shard number. */
  #sealed: (Promise<SealedPart> | undefined)[] = []
  #bytesOnDisk = 0
  #needsWrite = false

  constructor(options: ShardedFileAdapterOptions) {
    this.#options = options
    this.#key = importPartKey(options.key)
  }

  /** Size of the file as last read or written; 0 when there is none yet. */
  get bytesOnDisk(): number {
    return this.#bytesOnDisk
  }

  /** True after reading a format-1 or migrated file: it should be written again soon, in full. */
  get needsWrite(): boolean {
    return this.#needsWrite
  }

  /** The data, or null when there is no file yet (a first start is not a corrupt cache). */
  async read(): Promise<CacheData | null> {
    let bytes: Buffer
    try {
      bytes = await readFile(this.#options.file)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      // Unreadable is not corrupt (permissions, I/O): the file may be fine, so it is neither moved
      // nor replaced; the open fails and the operator is told.
      throw ioError('read', error)
    }
    const data = isFormat2(bytes) ? await this.#readParts(bytes) : await this.#readLegacy(bytes)
    this.#bytesOnDisk = bytes.length
    return data
  }

  async #readParts(bytes: Buffer): Promise<CacheData> {
    const split = splitParts(bytes)
    const key = await this.#key
    if (!split.ok) {
      const [statePart] = split.complete ?? []
      const error = new CacheCorruptError(split.reason)
      if (statePart !== undefined) await this.#salvageOutbox(error, statePart, key)
      throw error
    }
    const [statePart, ...shards] = split.parts as [Buffer, ...Buffer[]]
    const head = parsePart<StatePart>(await openPart(statePart, 0, key), isStatePart)
    try {
      return await this.#readShards(head, shards, key)
    } catch (error) {
      if (error instanceof CacheCorruptError) this.#keepOutboxOf(error, head)
      throw error
    }
  }

  /** A file cut short after its state part: the outbox in it is kept, if the part opens. */
  async #salvageOutbox(error: CacheCorruptError, statePart: Buffer, key: PartKey): Promise<void> {
    try {
      this.#keepOutboxOf(error, parsePart<StatePart>(await openPart(statePart, 0, key), isStatePart))
    } catch {
      // The state part is damaged too: there is nothing to keep.
    }
  }

  #keepOutboxOf(error: CacheCorruptError, head: StatePart): void {
    const alone = this.#options.decode({ ...head.state, ...emptyMaps() })
    if (alone.ok && alone.data.outbox.length > 0) error.outbox = alone.data.outbox
  }

  async #readShards(head: StatePart, shards: Buffer[], key: PartKey): Promise<CacheData> {
    if (head.shards.length !== shards.length) throw new CacheCorruptError('not-an-envelope')
    // The state part names each shard by its IV and tag: a shard dropped, added or replaced by an
    // older copy is refused even though it decrypts on its own.
    if (shards.some((shard, i) => fingerprintOf(shard) !== head.shards[i]?.seal))
      throw new CacheCorruptError('decrypt-failed')
    const { plan } = this.#options
    plan.reset()
    const data = { ...head.state, ...emptyMaps() }
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
      plan.load(i, parsePart(opened, isShardContent), data as unknown as CacheData)
    }
    const decoded = this.#options.decode(data)
    if (!decoded.ok) throw new CacheCorruptError(decoded.reason)
    if (head.state.schemaVersion !== decoded.data.schemaVersion) {
      // Migrated: records may have been added, renamed or dropped, so they are placed again from the
      // migrated data and the whole cache is written in the new schema.
      this.#placeAll(decoded.data)
      return decoded.data
    }
    this.#sealed = shards.map((shard, i) =>
      Promise.resolve({ bytes: shard, plainBytes: (head.shards[i] as ShardEntry).bytes })
    )
    return decoded.data
  }

  /** A format-1 file: its data, every group placed in a shard and marked for writing. */
  async #readLegacy(bytes: Buffer): Promise<CacheData> {
    // Any JSON value: decode() checks its shape.
    const value = parsePart(
      await openLegacyEnvelope(bytes, this.#options.key),
      (_json: unknown): _json is unknown => true
    )
    const decoded = this.#options.decode(value)
    if (!decoded.ok) throw new CacheCorruptError(decoded.reason)
    this.#placeAll(decoded.data)
    return decoded.data
  }

  /** Places every record in a new plan, all to be written: `needsWrite` says so to the opener. */
  #placeAll(data: CacheData): void {
    const { plan } = this.#options
    plan.reset()
    for (const id of new Set([
      ...Object.keys(data.accounts),
      ...Object.keys(data.validationsByAccount),
      ...Object.keys(data.processesByAccount)
    ])) {
      plan.touch('account', id)
    }
    for (const id of Object.keys(data.validations)) plan.touch('validation', id)
    for (const id of Object.keys(data.processResults)) plan.touch('result', id)
    this.#sealed = []
    this.#needsWrite = true
  }

  write(data: CacheData): Promise<void> {
    const started = performance.now()
    const { plan } = this.#options
    // Everything a write saves is captured here, before anything awaits: the write queue counts on the
    // file holding exactly the state at the moment write() was called. A shard is captured as the
    // records it holds now; the store replaces records and never changes one in place
    // (cache-store.ts), so serializing them a little later gives the same JSON.
    let previous: Promise<unknown> = Promise.resolve()
    for (const shard of plan.takeDirty()) {
      const content = plan.contentOf(shard, data)
      // One shard serialized per turn of the event loop: a mirror's commit of thousands of accounts
      // never holds up the next page or the operator's search for longer than one shard takes.
      const serialized = previous.then(nextTurn).then(() => JSON.stringify(content))
      previous = serialized
      const sealing = Promise.all([serialized, this.#key]).then(([json, key]) =>
        sealPart(json, shard + 1, key)
      )
      this.#sealed[shard] = sealing
      sealing.catch(() => {
        // Not sealed, so not saved: the shard goes out with the next write.
        if (this.#sealed[shard] !== sealing) return
        this.#sealed[shard] = undefined
        plan.markDirty(shard)
      })
    }
    // After a clear there are fewer shards (none): the old ones are not written.
    this.#sealed.length = plan.count
    const shards = this.#sealed.slice()
    const state: Record<string, unknown> = { ...data }
    for (const name of SHARDED_MAPS) delete state[name]
    return this.#persist(shards, JSON.stringify(state), started)
  }

  async #persist(
    sealing: (Promise<SealedPart> | undefined)[],
    stateJson: string,
    started: number
  ): Promise<void> {
    let bytes: number
    try {
      const shards = await Promise.all(
        sealing.map((shard) => shard ?? Promise.reject(new Error('a shard was never sealed')))
      )
      const entries: ShardEntry[] = shards.map((shard) => ({
        seal: fingerprintOf(shard.bytes),
        bytes: shard.plainBytes
      }))
      const head = `{"shards":${JSON.stringify(entries)},"state":${stateJson}}`
      const statePart = await sealPart(head, 0, await this.#key)
      const file = layOut([statePart.bytes, ...shards.map((shard) => shard.bytes)])
      bytes = file.reduce((sum, buffer) => sum + buffer.length, 0)
      await replaceFile(this.#options.file, file)
    } catch (error) {
      throw ioError('write', error)
    }
    this.#bytesOnDisk = bytes
    this.#options.onWrite?.({ bytes, ms: performance.now() - started })
  }
}

function emptyMaps(): Pick<CacheData, ShardedMapName> {
  return {
    accounts: emptyMap(),
    validationsByAccount: emptyMap(),
    processesByAccount: emptyMap(),
    validations: emptyMap(),
    processResults: emptyMap()
  }
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/** The JSON of an opened part, if it has the expected shape; otherwise the file is corrupt. */
function parsePart<T>(opened: OpenedPart | Unsealed, isValid: (value: unknown) => value is T): T {
  if (!opened.ok) throw new CacheCorruptError(opened.reason)
  let value: unknown
  try {
    value = JSON.parse(opened.json)
  } catch {
    throw new CacheCorruptError('invalid-content')
  }
  if (!isValid(value)) throw new CacheCorruptError('invalid-content')
  return value
}

function isStatePart(value: unknown): value is StatePart {
  if (typeof value !== 'object' || value === null) return false
  const { shards, state } = value as Record<string, unknown>
  return (
    Array.isArray(shards) &&
    shards.every(isShardEntry) &&
    typeof state === 'object' &&
    state !== null &&
    !Array.isArray(state)
  )
}

function isShardEntry(value: unknown): value is ShardEntry {
  if (typeof value !== 'object' || value === null) return false
  const { seal, bytes } = value as Record<string, unknown>
  return typeof seal === 'string' && Number.isSafeInteger(bytes) && (bytes as number) >= 0
}

/**
 * Node's fs errors name the path, which holds the user's name and the operator's id: only the code
 * is kept, so the error can go into a log line or a notice as it is.
 */
function ioError(action: 'read' | 'write', error: unknown): Error {
  const code = errnoCode(error)
  return Object.assign(new Error(`Could not ${action} the cache file (${code}).`), { code })
}
