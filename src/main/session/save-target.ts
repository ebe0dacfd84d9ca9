// Where the operator's data leaves the sealed cache as plaintext (an export, the activity CSV, a saved
// PDF): a path the operator chose in a save dialog. The dialog is the one wait the operator does not
// control: it can stay open while the session locks (idle, the OS lock screen, the Lock button) and be
// answered by whoever sits down next. So the answer counts only if the operator who asked is still the
// one unlocked when it comes (README "The passphrase and the session lock").
import { fail, ok, type Result } from '@shared/result'
import type { ChooseExportFile } from '../cache/service'
import { lockedResult, type SessionState } from './session-state'

/** Asks for a file to write `suggestedName` to: the path, `cancelled`, or `locked`. */
export type ChooseSaveTarget = (
  suggestedName: string,
  format: Parameters<ChooseExportFile>[1]
) => Promise<Result<string>>

export function saveTargetChooser(
  session: Pick<SessionState, 'unlockedId'>,
  choose: ChooseExportFile
): ChooseSaveTarget {
  return async (suggestedName, format) => {
    const asking = session.unlockedId()
    if (asking === null) return lockedResult()
    const file = await choose(suggestedName, format)
    if (session.unlockedId() !== asking) return lockedResult()
    return file === undefined ? fail('cancelled', 'Saving was cancelled.') : ok(file)
  }
}
