// Replacing a file (the cache, the operator profiles) so that a crash or power loss at any moment leaves either the old file or
// the new one, never a mix or nothing (DESIGN.md §4: temp file, fsync, rename).
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The temp file sits in the same folder, so the rename stays on one file system and is atomic. */
function tempFileOf(file: string): string {
  return join(dirname(file), `.${basename(file)}.tmp`)
}

/** `bytes` may come in pieces (the cache file's parts), written in order without joining them first. */
export async function replaceFile(file: string, bytes: Uint8Array | readonly Uint8Array[]): Promise<void> {
  const folder = dirname(file)
  // One fixed temp name (one writer per file): a write cut short by a crash leaves at most one stale
  // temp file, which the next write truncates, instead of a new one per crash.
  const temp = tempFileOf(file)
  try {
    await mkdir(folder, { recursive: true })
    const handle = await open(temp, 'w', 0o600)
    try {
      for (const piece of bytes instanceof Uint8Array ? [bytes] : bytes) await writeAll(handle, piece)
      // The data must be on disk before the rename makes it the cache, or a power cut could leave
      // a renamed but empty file.
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  await syncFolder(folder)
}

/** Writes all of `bytes` at the handle's position. */
export async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  // write() may write less than asked (a signal, a full pipe): go on from where it stopped.
  for (let offset = 0; offset < bytes.length;) {
    const { bytesWritten } = await handle.write(bytes, offset)
    offset += bytesWritten
  }
}

/** Makes a rename in `folder` durable: the folder's entry list is what records it. */
export async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder as a file; there NTFS journals the rename itself.
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
