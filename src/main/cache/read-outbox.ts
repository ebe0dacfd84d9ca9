// The queued creations of an operator's cache, read without opening a store over it (nothing is moved
// aside, written or loaded beyond the manifest): what removing the operator would lose
// (operators/queued-count.ts). The outbox lives in the manifest (docs/architecture.md "The operator's
// cache"); a cache not migrated yet has it in its old file.
import type { OutboxItem } from '@shared/domain/outbox'
import { LegacyCorrupt, readLegacyFile } from './legacy-file'
import { ManifestAdapter } from './sealed-file'
import { importPartKey } from './sealed-part'

/**
 * The outbox, or null when it cannot be read (a damaged manifest, a damaged old file whose outbox did
 * not survive); empty when there is no cache at all. Throws only on I/O errors.
 */
export async function readOutbox(where: {
  folder: string
  legacyFile: string
  operatorId: string
  dataKey: Buffer
}): Promise<OutboxItem[] | null> {
  const adapter = new ManifestAdapter(where.folder, where.operatorId, importPartKey(where.dataKey))
  try {
    const manifest = await adapter.read()
    if (manifest !== null) return manifest.outbox
  } catch (error) {
    if (error instanceof Error && 'code' in error) throw error
    return null
  }
  try {
    return (await readLegacyFile(where.legacyFile, where.dataKey))?.outbox ?? []
  } catch (error) {
    // A damaged shard beside an intact state part still tells its outbox.
    if (error instanceof LegacyCorrupt) return error.outbox ?? null
    throw error
  }
}
