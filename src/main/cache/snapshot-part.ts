// The index snapshot part (docs/architecture.md "The operator's cache"): the search index as bytes
// (src/main/search/index-snapshot.ts) and, beside it, the directory of the accounts parts it covers —
// each part's name as the same manifest names it, and the groups it holds. With the directory, an
// account's part is known the moment the cache opens, before any accounts part is read: the first
// search shows its hits by reading only their parts.
// Layout: directory length (uint32, little-endian) | directory JSON | index bytes.

export interface SnapshotDirectory {
  /** [slot, accounts part name, groups of that part]. */
  slots: [number, string, string[]][]
}

export interface SnapshotPart {
  directory: SnapshotDirectory
  index: Uint8Array
}

export function encodeSnapshotPart(part: SnapshotPart): Uint8Array {
  const directory = Buffer.from(JSON.stringify(part.directory), 'utf8')
  const out = Buffer.alloc(4 + directory.length + part.index.length)
  out.writeUInt32LE(directory.length, 0)
  directory.copy(out, 4)
  out.set(part.index, 4 + directory.length)
  return out
}

export function decodeSnapshotPart(plain: Buffer): SnapshotPart | undefined {
  if (plain.length < 4) return undefined
  const length = plain.readUInt32LE(0)
  if (4 + length > plain.length) return undefined
  let directory: unknown
  try {
    directory = JSON.parse(new TextDecoder().decode(plain.subarray(4, 4 + length)))
  } catch {
    return undefined
  }
  if (!isDirectory(directory)) return undefined
  return { directory, index: plain.subarray(4 + length) }
}

function isDirectory(value: unknown): value is SnapshotDirectory {
  if (typeof value !== 'object' || value === null) return false
  const { slots } = value as { slots?: unknown }
  return (
    Array.isArray(slots) &&
    slots.every(
      (entry) =>
        Array.isArray(entry) &&
        Number.isSafeInteger(entry[0]) &&
        typeof entry[1] === 'string' &&
        Array.isArray(entry[2]) &&
        (entry[2] as unknown[]).every((group) => typeof group === 'string')
    )
  )
}
