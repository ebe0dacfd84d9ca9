// What a file-system error may say about itself in a message or log line: its code (ENOSPC, EACCES…).
// Node's own message names the path, which holds the user's name: it is never passed on.
export function errnoCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown'
}

/**
 * File-system refusals that the operator can act on — the disk is full, read-only or not theirs, a
 * folder is in the way — as opposed to a fault in the app itself.
 */
const DISK_CODES: ReadonlySet<string> = new Set([
  'ENOSPC',
  'EDQUOT',
  'EROFS',
  'EACCES',
  'EPERM',
  'EIO',
  'EISDIR',
  'ENOTDIR',
  'EEXIST',
  'ENOENT',
  'EMFILE',
  'ENFILE',
  'EBUSY',
  'ENAMETOOLONG',
  'EFBIG'
])

export function isDiskError(error: unknown): boolean {
  return DISK_CODES.has(errnoCode(error))
}
