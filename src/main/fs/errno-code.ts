// What a file-system error may say about itself in a message or log line: its code (ENOSPC, EACCES…).
// Node's own message names the path, which holds the user's name: it is never passed on.
export function errnoCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown'
}
