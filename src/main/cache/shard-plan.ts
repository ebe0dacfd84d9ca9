// Which shard of the cache file holds which records (cache-file-format.ts). Records are grouped so a
// change touches one shard: an account with its validations and processes lists (one group, by account
// ID), a validation opened on its own (by validation ID), a process result (by process ID). A group
// keeps its shard for as long as the cache holds it; new groups fill the last shard until it holds
// SHARD_GROUPS, then start a new one. So a lookup re-seals one shard of about a thousand accounts, and
// a mirror's new accounts land in new shards instead of touching every old one.
import type { CacheData, StampedMap } from './cache-data'
import { emptyMap } from './cache-data'

/** About 2.5 MB of plaintext with a typical history: re-sealing one costs a few milliseconds. */
export const SHARD_GROUPS = 1000

export type GroupKind = 'account' | 'validation' | 'result'

/** The maps of CacheData that shards split, each holding only its shard's keys. */
export const SHARDED_MAPS = [
  'accounts',
  'validationsByAccount',
  'processesByAccount',
  'validations',
  'processResults'
] as const
export type ShardedMapName = (typeof SHARDED_MAPS)[number]
export type ShardContent = Partial<Record<ShardedMapName, StampedMap<unknown>>>

const MAPS_OF: Record<GroupKind, readonly ShardedMapName[]> = {
  account: ['accounts', 'validationsByAccount', 'processesByAccount'],
  validation: ['validations'],
  result: ['processResults']
}
const KIND_OF: Record<ShardedMapName, GroupKind> = {
  accounts: 'account',
  validationsByAccount: 'account',
  processesByAccount: 'account',
  validations: 'validation',
  processResults: 'result'
}

type Members = Record<GroupKind, string[]>

function noMembers(): Members {
  return { account: [], validation: [], result: [] }
}

export class ShardPlan {
  readonly #capacity: number
  #shardOf: Record<GroupKind, Map<string, number>> = {
    account: new Map(),
    validation: new Map(),
    result: new Map()
  }
  #members: Members[] = []
  #dirty = new Set<number>()

  constructor(capacity = SHARD_GROUPS) {
    this.#capacity = capacity
  }

  /** Shards in the file. */
  get count(): number {
    return this.#members.length
  }

  /** Records that a group changed (placing it first if it is new), so its shard is sealed again. */
  touch(kind: GroupKind, id: string): void {
    let shard = this.#shardOf[kind].get(id)
    if (shard === undefined) {
      shard = this.#shardWithRoom()
      this.#place(kind, id, shard)
    }
    this.#dirty.add(shard)
  }

  /** The shards changed since the last call, in file order; they count as clean from now on. */
  takeDirty(): number[] {
    const dirty = [...this.#dirty].sort((a, b) => a - b)
    this.#dirty.clear()
    return dirty
  }

  /** A shard whose sealing failed: sealed again with the next write. */
  markDirty(shard: number): void {
    if (shard < this.#members.length) this.#dirty.add(shard)
  }

  /** Forgets every group (the cache was cleared): the next write has no shards. */
  reset(): void {
    for (const map of Object.values(this.#shardOf)) map.clear()
    this.#members = []
    this.#dirty.clear()
  }

  /** The shard's records as they are in `data` now, ready for JSON. */
  contentOf(shard: number, data: CacheData): ShardContent {
    const members = this.#members[shard] ?? noMembers()
    const content: ShardContent = {}
    for (const kind of Object.keys(members) as GroupKind[]) {
      for (const name of MAPS_OF[kind]) {
        const from = data[name] as StampedMap<unknown>
        let to: StampedMap<unknown> | undefined
        for (const id of members[kind]) {
          const entry = from[id]
          if (entry === undefined) continue
          to ??= content[name] = emptyMap()
          to[id] = entry
        }
      }
    }
    return content
  }

  /**
   * Takes a shard read from the file into `data`, placing its groups where they were (the shard stays
   * clean: its sealed bytes are the ones on disk).
   */
  load(shard: number, content: ShardContent, data: CacheData): void {
    while (this.#members.length <= shard) this.#members.push(noMembers())
    for (const name of SHARDED_MAPS) {
      const part = content[name]
      if (part === undefined) continue
      const kind = KIND_OF[name]
      const into = data[name] as StampedMap<unknown>
      for (const id of Object.keys(part)) {
        into[id] = part[id] as StampedMap<unknown>[string]
        if (!this.#shardOf[kind].has(id)) this.#place(kind, id, shard)
      }
    }
  }

  #shardWithRoom(): number {
    const last = this.#members.length - 1
    const members = this.#members[last]
    if (members !== undefined && sizeOf(members) < this.#capacity) return last
    this.#members.push(noMembers())
    return this.#members.length - 1
  }

  #place(kind: GroupKind, id: string, shard: number): void {
    this.#shardOf[kind].set(id, shard)
    ;(this.#members[shard] as Members)[kind].push(id)
  }
}

function sizeOf(members: Members): number {
  return members.account.length + members.validation.length + members.result.length
}

/** True for a value that can be one of a shard's maps. */
export function isShardContent(value: unknown): value is ShardContent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  for (const [name, map] of Object.entries(value)) {
    if (!(SHARDED_MAPS as readonly string[]).includes(name)) return false
    if (typeof map !== 'object' || map === null || Array.isArray(map)) return false
  }
  return true
}
