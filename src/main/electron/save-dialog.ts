// Where an export goes: the operator chooses in the system's save dialog, opened by the main process,
// so the renderer never names a path (the sandbox keeps it away from the file system).
import { join } from 'node:path'
import type { App, BrowserWindow, Dialog, FileFilter } from 'electron'
import type { ChooseExportFile } from '../cache/service'

const FILTERS: Record<'csv' | 'json' | 'pdf', FileFilter> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
  pdf: { name: 'PDF', extensions: ['pdf'] }
}

export function saveDialogChooser(
  dialog: Dialog,
  app: App,
  window: () => BrowserWindow | null
): ChooseExportFile {
  return async (suggestedName, format) => {
    const options = { defaultPath: join(app.getPath('downloads'), suggestedName), filters: [FILTERS[format]] }
    const parent = window()
    const chosen =
      parent === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(parent, options)
    return chosen.canceled || chosen.filePath === undefined || chosen.filePath === ''
      ? undefined
      : chosen.filePath
  }
}
