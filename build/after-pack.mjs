// electron-builder `afterPack` hook: flips Electron's fuses in the packaged binary before it is
// signed (DESIGN.md §6; Electron security checklist 19, "Check which fuses you can change"). The
// settings are data in build/fuses.json so a test can check them without packaging anything.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses'

/** build/fuses.json: fuse name (as in `FuseV1Options`) → on/off. */
export const FUSES = JSON.parse(readFileSync(new URL('./fuses.json', import.meta.url), 'utf8'))

/** The @electron/fuses config for `settings`; an unknown fuse name is an error, not a silent no-op. */
export function fuseConfig(settings = FUSES) {
  const config = { version: FuseVersion.V1 }
  for (const [name, enabled] of Object.entries(settings)) {
    const index = FuseV1Options[name]
    if (typeof index !== 'number' || typeof enabled !== 'boolean')
      throw new Error(`Unknown fuse setting ${name}`)
    config[index] = enabled
  }
  return config
}

/** Where electron-builder puts the Electron executable it packaged (as its own `addElectronFuses` does). */
export function packagedExecutable(context) {
  const { appOutDir, electronPlatformName, packager } = context
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return join(appOutDir, `${packager.appInfo.productFilename}.app`)
  }
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`)
  return join(appOutDir, packager.executableName)
}

export default async function afterPack(context) {
  const darwin = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas'
  // Changing the binary breaks macOS's ad-hoc signature; re-sign ad hoc so an unsigned build still starts.
  await flipFuses(packagedExecutable(context), { ...fuseConfig(), resetAdHocDarwinSignature: darwin })
}
