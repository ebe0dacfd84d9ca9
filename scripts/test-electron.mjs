#!/usr/bin/env node
// `npm run test:electron`: the same app as `npm start`, in the real Electron runtime, driven by
// Playwright's _electron against the Truora simulator (test/electron-app/). Where Electron's binary
// is missing (it cannot be downloaded everywhere) it says so in one line and exits 0: the rest of the
// app is tested by `npm test` with an Electron stand-in.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { electronBinary } from './electron-binary.mjs'
import { ensureKeytarForElectron } from './native-abi.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const binary = electronBinary(root)
if (binary === null) {
  console.log(
    "Skipped: Electron's binary is not installed here (npm start downloads it), so the Electron specs did not run."
  )
  process.exit(0)
}
const run = (command, args, options = {}) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options }).status ?? 1
if (run('npx', ['electron-vite', 'build']) !== 0) process.exit(1)
if (!ensureKeytarForElectron(root, binary)) process.exit(1)
// A private, unlocked keyring as for `npm test`, never the developer's own.
const keyringHome = mkdtempSync(join(tmpdir(), 'tal-electron-keyring-'))
const vitest = `npx vitest run --config vitest.electron.config.ts`
const status = run(
  'dbus-run-session',
  [
    '--',
    'bash',
    '-c',
    `echo ci-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec ${vitest}`
  ],
  {
    env: { ...process.env, XDG_DATA_HOME: keyringHome, TAL_ELECTRON_BINARY: binary }
  }
)
rmSync(keyringHome, { recursive: true, force: true })
process.exit(status)
