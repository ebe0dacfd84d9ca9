// The app's data folders are the user's alone (DESIGN.md §4: a folder per operator, 0700): the data
// folder, `operators/` and each `operators/<id>/`. Files in them are already 0600; a folder left
// 0755 would still let other local users list which operators exist and how large their caches are.
import { chmod, mkdir, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, sep } from 'node:path'

const PRIVATE = 0o700

/**
 * Creates `folder` (and any folder above it, up to `root`) as 0700, and tightens every folder from
 * `root` down to `folder` that is open to group or others, as folders made by an earlier version are.
 * `folder` must be `root` or inside it.
 */
export async function makePrivateFolder(folder: string, root: string): Promise<void> {
  const path = relative(root, folder)
  if (path.startsWith('..') || isAbsolute(path)) throw new Error('The folder is outside the data folder.')
  await mkdir(folder, { recursive: true, mode: PRIVATE })
  // On Windows the mode bits are not what protects a folder (its ACL inherited from the profile is).
  if (process.platform === 'win32') return
  let current = root
  for (const part of ['', ...path.split(sep).filter(Boolean)]) {
    current = part === '' ? root : join(current, part)
    const { mode } = await stat(current)
    if ((mode & 0o077) !== 0) await chmod(current, PRIVATE)
  }
}
