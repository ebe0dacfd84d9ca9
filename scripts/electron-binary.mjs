// Electron's binary, fetched on the first `npm start` (README "The two commands"). npm 11 runs no
// install script it was not told to allow, so Electron's own postinstall (install.js, which downloads
// the binary) does not run during `npm install`; `npm start` runs that same installer when the binary
// is missing, and only when it cannot says plainly what to do.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Electron 45's installer (its package.json "engines") needs this Node.js or newer. */
export const INSTALLER_NODE = [22, 12, 0]

/** The Electron executable, or null when it is not installed (mirrors node_modules/electron/index.js). */
export function electronBinary(root, env = process.env) {
  const electronDir = join(root, 'node_modules', 'electron')
  const pathFile = join(electronDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
    return existsSync(overridden) ? overridden : null
  }
  if (relative === '') return null
  const binary = join(electronDir, 'dist', relative)
  return existsSync(binary) ? binary : null
}

function atLeast(version, minimum) {
  const parts = version.replace(/^v/, '').split('.').map(Number)
  for (let i = 0; i < minimum.length; i++) {
    if ((parts[i] ?? 0) !== minimum[i]) return (parts[i] ?? 0) > minimum[i]
  }
  return true
}

/**
 * The binary, downloading it first if it is missing. Resolves `{ binary }`, or `{ problem }`: one
 * sentence that says what to do (never a stack trace).
 */
export function ensureElectronBinary(
  root,
  { env = process.env, nodeVersion = process.version, log = console.log } = {}
) {
  const found = electronBinary(root, env)
  if (found !== null) return { binary: found }
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    return {
      problem: `There is no Electron binary in ELECTRON_OVERRIDE_DIST_PATH (${env.ELECTRON_OVERRIDE_DIST_PATH}). Point it at an unpacked Electron, or unset it so npm start can download Electron.`
    }
  }
  if (!atLeast(nodeVersion, INSTALLER_NODE)) {
    return {
      problem: `Electron's binary is not installed, and its installer needs Node.js ${INSTALLER_NODE.join('.')} or newer (this is ${nodeVersion}). Install a newer Node.js, then run npm install && npm start again.`
    }
  }
  const version = JSON.parse(
    readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')
  ).version
  log(`Downloading Electron ${version} (first start only)…`)
  const installed = spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], {
    cwd: root,
    env,
    stdio: 'inherit'
  })
  const binary = installed.status === 0 ? electronBinary(root, env) : null
  if (binary !== null) return { binary }
  return {
    problem:
      "Electron's binary could not be downloaded. It comes from github.com (or the mirror in ELECTRON_MIRROR); " +
      'check the network or proxy, then run npm start again.'
  }
}
