// The export's save dialog (src/main/electron/save-dialog.ts) against the Electron stand-in: it offers the
// suggested name in the Downloads folder with the format's filter, over the app's window when there is
// one, and a cancelled dialog means no file.
import { join } from 'node:path'
import type { App, BrowserWindow, Dialog } from 'electron'
import { afterEach, describe, expect, it } from 'vitest'
import { saveDialogChooser } from '../../src/main/electron/save-dialog'
import { app, dialog } from '../support/electron/electron-stand-in'

const DOWNLOADS = join('/home', 'agente', 'Descargas')

describe('the export save dialog', () => {
  afterEach(() => {
    dialog.asked = []
    dialog.answer = { canceled: true }
  })

  it('suggests the name in Downloads with the format filter, over the window, and returns the chosen path', async () => {
    app.paths.set('downloads', DOWNLOADS)
    const window = { id: 1 } as unknown as BrowserWindow
    dialog.answer = { canceled: false, filePath: join(DOWNLOADS, 'cuentas.csv') }
    const choose = saveDialogChooser(dialog as unknown as Dialog, app as unknown as App, () => window)
    expect(await choose('truora-accounts-2026-11-26-12-00-00.csv', 'csv')).toBe(
      join(DOWNLOADS, 'cuentas.csv')
    )
    expect(dialog.asked).toEqual([
      [
        window,
        {
          defaultPath: join(DOWNLOADS, 'truora-accounts-2026-11-26-12-00-00.csv'),
          filters: [{ name: 'CSV', extensions: ['csv'] }]
        }
      ]
    ])
  })

  it('means no file when cancelled, and works without a window', async () => {
    app.paths.set('downloads', DOWNLOADS)
    const choose = saveDialogChooser(dialog as unknown as Dialog, app as unknown as App, () => null)
    expect(await choose('truora-accounts.json', 'json')).toBeUndefined()
    expect(dialog.asked).toEqual([
      [
        {
          defaultPath: join(DOWNLOADS, 'truora-accounts.json'),
          filters: [{ name: 'JSON', extensions: ['json'] }]
        }
      ]
    ])
  })
})
