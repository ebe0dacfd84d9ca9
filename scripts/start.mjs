#!/usr/bin/env node
// `npm start`: fetch Electron's binary if it is missing (scripts/electron-binary.mjs), build, make
// keytar loadable by Electron, open the app (electron-vite preview).
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { ensureElectronBinary } from './electron-binary.mjs'
import { ensureKeytarForElectron } from './native-abi.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))

function run(args) {
  return spawnSync('npx', args, { cwd: root, stdio: 'inherit' }).status ?? 1
}

const electron = ensureElectronBinary(root)
if (electron.problem !== undefined) {
  console.error(electron.problem)
  process.exit(1)
}
if (run(['electron-vite', 'build']) !== 0) {
  console.error('The build failed; see above.')
  process.exit(1)
}
if (!ensureKeytarForElectron(root, electron.binary)) process.exit(1)
process.exit(run(['electron-vite', 'preview']))
