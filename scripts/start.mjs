#!/usr/bin/env node
// `npm start`: build, make keytar loadable by Electron, open the app (electron-vite preview).
// Electron's binary is downloaded separately from its npm package and some machines cannot reach
// github.com; `require('electron')` would then try to download it and fail with a stack trace, so
// the binary is looked for here first, the way electron/index.js finds it, without requiring it.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureKeytarForElectron } from './native-abi.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const MISSING =
  'The Electron binary is not installed. Fetch it with: npx install-electron (needs access to github.com), then run npm start again.'

/** The Electron executable, or null when it is not installed (mirrors node_modules/electron/index.js). */
function electronBinary() {
  const electronDir = join(root, 'node_modules', 'electron')
  const pathFile = join(electronDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
    return existsSync(overridden) ? overridden : null
  }
  if (relative === '') return null
  const binary = join(electronDir, 'dist', relative)
  return existsSync(binary) ? binary : null
}

function run(args) {
  return spawnSync('npx', args, { cwd: root, stdio: 'inherit' }).status ?? 1
}

const electron = electronBinary()
if (electron === null) {
  console.error(MISSING)
  process.exit(1)
}
if (run(['electron-vite', 'build']) !== 0) {
  console.error('The build failed; see above.')
  process.exit(1)
}
if (!ensureKeytarForElectron(root, electron)) process.exit(1)
process.exit(run(['electron-vite', 'preview']))
