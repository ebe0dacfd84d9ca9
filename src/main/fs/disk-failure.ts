// A write the file system refused (ENOSPC, EROFS, EACCES…), said as such for the renderer to word
// (`details.reason: 'disk'`, errors.disk); anything else stays a plain `internal`.
import { fail, type Result } from '@shared/result'
import { errnoCode } from './errno-code'

export function diskFailure<T>(error: unknown, what: string): Result<T> {
  const errno = errnoCode(error)
  if (errno === 'unknown') return fail('internal', `${what}.`)
  return fail('internal', `${what}: the disk refused the write (${errno}).`, { reason: 'disk', errno })
}
