#!/usr/bin/env node
// `npm test`: everything the suite needs, in one command, on a fresh machine (README "Tests").
//  1. the static checks, each counted as one test: typecheck (vue-tsc, tsc), lint (ESLint, zero
//     warnings), format (Prettier) and knip (unused files, exports, dependencies);
//  2. keytar built for this Node (npm start may have rebuilt it for Electron's ABI);
//  3. the app built (`electron-vite build`): the end-to-end specs load the built renderer and the
//     bundle smoke test loads out/main;
//  4. vitest inside a private D-Bus session with gnome-keyring unlocked, so keychain tests use a
//     real Secret Service and never the operator's own keyring;
//  5. last line: `N passed, N failed`: the static checks plus vitest's JSON report.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureKeytarForNode } from './native-abi.mjs'

const root = new URL('..', import.meta.url).pathname
const report = `${root}test-results/vitest.json`
const extraArgs = process.argv.slice(2)

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options })
  return result.status ?? 1
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
}

/** Static checks: each passes or fails as a whole, and a failure does not stop the tests. */
const CHECKS = [
  ['typecheck', ['npm', ['run', '--silent', 'typecheck']]],
  ['lint', ['npm', ['run', '--silent', 'lint']]],
  ['format', ['npm', ['run', '--silent', 'format:check']]],
  ['knip', ['npm', ['run', '--silent', 'knip']]]
]
let checksPassed = 0
const checksFailed = []
for (const [name, [command, args]] of CHECKS) {
  console.log(`\n> ${name}`)
  if (run(command, args) === 0) checksPassed += 1
  else checksFailed.push(name)
}
if (checksFailed.length > 0) console.error(`Static checks failed: ${checksFailed.join(', ')}`)

ensureKeytarForNode(root)

if (run('npx', ['electron-vite', 'build']) !== 0) {
  console.error('The build failed; see above.')
  console.log(`${checksPassed} passed, ${checksFailed.length + 1} failed`)
  process.exit(1)
}

mkdirSync(`${root}test-results`, { recursive: true })
// A report left by an earlier run must never be read as this run's.
rmSync(report, { force: true })
const vitest = [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${report}`,
  ...extraArgs
]
let status
if (onPath('dbus-run-session') && onPath('gnome-keyring-daemon')) {
  // The password only unlocks this throwaway keyring; it must be non-empty for gnome-keyring.
  const inner = `echo ci-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec npx ${vitest.map((a) => `'${a}'`).join(' ')}`
  // A keyring folder of its own: gnome-keyring keeps its files under XDG_DATA_HOME, and without this
  // the throwaway keyring would open the developer's real login keyring — or another run's.
  const keyringHome = mkdtempSync(join(tmpdir(), 'tal-test-keyring-'))
  try {
    status = run('dbus-run-session', ['--', 'bash', '-c', inner], {
      env: { ...process.env, XDG_DATA_HOME: keyringHome, TAL_TEST_KEYRING: '1' }
    })
  } finally {
    rmSync(keyringHome, { recursive: true, force: true })
  }
} else {
  console.error(
    'No private keyring for the keychain tests: install dbus and gnome-keyring ' +
      '(Debian/Ubuntu: sudo apt install dbus gnome-keyring libsecret-1-dev). Those tests will fail.'
  )
  status = run('npx', vitest)
}

if (!existsSync(report)) {
  console.log(`${checksPassed} passed, ${checksFailed.length + 1} failed`)
  process.exit(1)
}
const summary = JSON.parse(readFileSync(report, 'utf8'))
// A test file that fails to load has no failed test in it, but it is a failure all the same.
const brokenFiles = summary.testResults.filter(
  (file) => file.status === 'failed' && file.assertionResults.length === 0
).length
const failed = summary.numFailedTests + brokenFiles + checksFailed.length
console.log(`${summary.numPassedTests + checksPassed} passed, ${failed} failed`)
process.exit(failed > 0 || status !== 0 ? 1 : 0)
