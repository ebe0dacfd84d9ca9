// A file that fails to decrypt, parse or validate is moved aside, never overwritten (DESIGN.md §4):
// the operator can hand it to support, or open it again with the right key or a newer app version.
import { rename, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { syncFolder } from '../fs/atomic-file'

/** Renames `file` to `<file>.corrupt-<time>` (with a counter if that exists) and returns the new path. */
export async function moveAside(file: string, now: Date): Promise<string> {
  // ':' is not allowed in Windows file names.
  const stamp = now.toISOString().replace(/:/g, '-')
  for (let attempt = 1; ; attempt++) {
    const target = `${file}.corrupt-${stamp}${attempt === 1 ? '' : `-${attempt}`}`
    // rename() would silently replace an earlier corrupt copy moved aside in the same millisecond.
    if (await exists(target)) continue
    await rename(file, target)
    await syncFolder(dirname(file))
    return target
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
}
