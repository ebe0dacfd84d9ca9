// Replacing a file (the cache, the operator profiles, an export the operator chose) so that a crash or
// power loss at any moment leaves either the old file or the new one, never a mix, a cut-short file or
// nothing (docs/architecture.md §3: temp file, fsync, rename, folder fsync).
import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, rename, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Each write's own temp file, in the same folder so the rename stays on one file system and is
 * atomic. A unique name, not one fixed name: anything left at a fixed name (a directory, a file the
 * app may not open) would block every later write for good.
 */
function tempFileOf(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
}

/** A temp file of `file`'s, this process's or a crashed one's: `.<name>.<id>.tmp`, or the old `.<name>.tmp`. */
function isTempOf(entry: string, file: string): boolean {
  const prefix = `.${basename(file)}.`
  return entry.startsWith(prefix) && entry.endsWith('.tmp')
}

/** Per file, the removal of what earlier runs left behind: once per process, before its first write. */
const staleTempsRemoved = new Map<string, Promise<void>>()

/**
 * Removes the temp files (or anything else under a temp name of ours) that writes cut short by a
 * crash left beside `file`. Only before this process's first write of `file`: later, its only temp
 * files are its own writes' (one writer per file, DESIGN.md §4), which remove their own on failure.
 */
function removeStaleTemps(file: string): Promise<void> {
  let removal = staleTempsRemoved.get(file)
  if (removal === undefined) {
    removal = (async () => {
      const folder = dirname(file)
      const entries = await readdir(folder).catch(() => [] as string[])
      for (const entry of entries) {
        if (isTempOf(entry, file))
          await rm(join(folder, entry), { recursive: true, force: true }).catch(() => {})
      }
    })()
    staleTempsRemoved.set(file, removal)
  }
  return removal
}

/** Streams a file's content: called with a function that appends bytes to it, in order. */
export type FileContent = (append: (bytes: Uint8Array) => Promise<void>) => Promise<void>

/**
 * `content` is the bytes, in pieces written in order without joining them first (the cache's parts),
 * or a function that streams them (an export of 100,000 accounts). Folders it creates are private to
 * the user (0700); the file is 0600. `inFolder: 'existing'` writes only into a folder that is already
 * there (one the operator chose in a save dialog): nothing is created in their file system but the file.
 */
export async function replaceFile(
  file: string,
  content: Uint8Array | readonly Uint8Array[] | FileContent,
  { inFolder = 'ours' }: { inFolder?: 'ours' | 'existing' } = {}
): Promise<void> {
  const folder = dirname(file)
  const temp = tempFileOf(file)
  try {
    if (inFolder === 'ours') await mkdir(folder, { recursive: true, mode: 0o700 })
    await removeStaleTemps(file)
    const handle = await open(temp, 'wx', 0o600)
    try {
      if (typeof content === 'function') await content((bytes) => writeAll(handle, bytes))
      else
        for (const piece of content instanceof Uint8Array ? [content] : content) await writeAll(handle, piece)
      // The data must be on disk before the rename gives it its name, or a power cut could leave
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
