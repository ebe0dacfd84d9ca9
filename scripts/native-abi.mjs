// keytar is the one native module: `npm start` needs it loadable by Electron, `npm test` by Node.
// keytar 7 is an N-API addon, so one build normally loads in both, and a rebuild is only a fallback;
// what decides is a real `require('keytar')` in the target runtime (a probe), not a guess. A marker
// next to the binary records the runtime keytar was last built for or verified in, so the next run
// skips the probe, and so does a human wondering which build is on disk. A rebuild (node-gyp) wipes
// build/, and the marker with it: a stale marker cannot survive the binary it describes.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** `<root>/node_modules/keytar/build/Release/.built-for.json` */
export function markerPath(root) {
  return join(root, 'node_modules', 'keytar', 'build', 'Release', '.built-for.json')
}

/** The recorded runtime: `{ runtime: 'node' | 'electron', version, modules, how: 'built' | 'verified' }`, or null. */
export function readKeytarMarker(root) {
  try {
    const marker = JSON.parse(readFileSync(markerPath(root), 'utf8'))
    return typeof marker?.runtime === 'string' && typeof marker?.modules === 'string' ? marker : null
  } catch {
    return null
  }
}

function writeMarker(root, marker) {
  if (existsSync(join(root, 'node_modules', 'keytar', 'build', 'Release'))) {
    writeFileSync(markerPath(root), `${JSON.stringify(marker, null, 2)}\n`)
  }
}

function loads(command, env, root) {
  const probe = spawnSync(command, ['-e', "require('keytar')"], { cwd: root, env, stdio: 'ignore' })
  return probe.status === 0
}

function run(command, args, root) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status === 0
}

/** Makes keytar loadable by this Node (the one running the tests). Returns whether it is. */
export function ensureKeytarForNode(root) {
  const node = { runtime: 'node', version: process.versions.node, modules: process.versions.modules }
  const marker = readKeytarMarker(root)
  if (marker?.runtime === node.runtime && marker.modules === node.modules) return true
  if (loads(process.execPath, process.env, root)) {
    writeMarker(root, { ...node, how: 'verified' })
    return true
  }
  console.error('keytar does not load in this Node; rebuilding it (npm rebuild keytar)…')
  if (run('npm', ['rebuild', 'keytar'], root) && loads(process.execPath, process.env, root)) {
    writeMarker(root, { ...node, how: 'built' })
    return true
  }
  console.error('keytar could not be rebuilt for Node: see the build prerequisites in README.md.')
  return false
}

/**
 * Makes keytar loadable by the Electron binary at `electronPath` (probed as Node with
 * ELECTRON_RUN_AS_NODE, which the development binary allows; packaged apps have that fuse off).
 */
export function ensureKeytarForElectron(root, electronPath) {
  const modules = readFileSync(join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim()
  const version = JSON.parse(
    readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')
  ).version
  const electron = { runtime: 'electron', version, modules }
  const marker = readKeytarMarker(root)
  if (marker?.runtime === electron.runtime && marker.modules === electron.modules) return true
  const env = { ...process.env, ELECTRON_RUN_AS_NODE: '1' }
  if (loads(electronPath, env, root)) {
    writeMarker(root, { ...electron, how: 'verified' })
    return true
  }
  console.error("keytar does not load in Electron; rebuilding it for Electron's ABI…")
  if (run('npx', ['electron-builder', 'install-app-deps'], root) && loads(electronPath, env, root)) {
    writeMarker(root, { ...electron, how: 'built' })
    return true
  }
  console.error('keytar could not be rebuilt for Electron: see the build prerequisites in README.md.')
  return false
}
