// ipc.ts registered on the stand-in `ipcMain` in front of a real Backend (temporary data folder,
// real keychain, Truora simulator on loopback): the app's IPC boundary minus the Electron runtime.
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { registerIpc } from '../../../src/main/electron/ipc'
import { isTrustedSender } from '../../../src/main/electron/security'
import { backendFixture, type BackendFixture } from '../backend-fixture'
import * as electron from './electron-stand-in'

export interface IpcHarness {
  fixture: BackendFixture
  /** Where forwarded events land, as the window's web contents would get them. */
  window: electron.StandInWebContents
  /** Lines ipc.ts logged. */
  logs: string[]
  invoke(frame: electron.StandInFrame | null, channel: string, ...args: unknown[]): Promise<unknown>
  unregister(): void
  close(): Promise<void>
}

export async function ipcHarness(): Promise<IpcHarness> {
  const fixture = await backendFixture()
  const window = new electron.StandInWebContents()
  const logs: string[] = []
  const unregister = registerIpc(electron.ipcMain, fixture.backend, {
    isTrustedSender: (url) => isTrustedSender(url),
    eventTarget: () => window,
    log: (line) => logs.push(line)
  })
  return {
    fixture,
    window,
    logs,
    invoke: electron.invokeFrom,
    unregister,
    async close() {
      unregister()
      await fixture.close()
    }
  }
}

/** Every file under `dir` with a hash of its bytes: equal snapshots mean nothing was written. */
export async function snapshotDir(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name)
    const key = relative(dir, path)
    files.set(
      key,
      entry.isFile()
        ? createHash('sha256')
            .update(await readFile(path))
            .digest('hex')
        : 'dir'
    )
  }
  return files
}
