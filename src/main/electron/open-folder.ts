// Opens one of the app's own folders (the log folder) in the system's file manager. The path never
// comes from the renderer: the Backend asks for "the logs", and this glue knows where they are.
import type { Shell } from 'electron'
import { fail, ok, type Result } from '@shared/result'

export function folderOpener(shell: Pick<Shell, 'openPath'>, folder: string): () => Promise<Result<null>> {
  return async () => {
    // openPath answers '' on success and an error text otherwise (which names the path: not passed on).
    const error = await shell.openPath(folder)
    return error === '' ? ok(null) : fail('internal', 'The folder could not be opened.')
  }
}

/**
 * Opens a file the Backend wrote into its own private folder (a kept process PDF) with the system's
 * viewer. Only the Backend calls it, with a path it made; the renderer names none.
 */
export function fileOpener(shell: Pick<Shell, 'openPath'>): (file: string) => Promise<Result<null>> {
  return async (file) => {
    const error = await shell.openPath(file)
    return error === '' ? ok(null) : fail('internal', 'The file could not be opened.')
  }
}
