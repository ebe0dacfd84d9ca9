// A locked keychain is not a lost key. gnome-keyring locked answers "no such item" for an entry it
// holds, exactly as for one it does not: the app must still say "locked, try again", never "missing,
// remove the operator" (which deletes the cache and the queued creations in it). A real Secret Service
// is locked here: a child shell in a D-Bus session of its own stores an operator with the keyring
// unlocked, restarts gnome-keyring without unlocking it (as after a reboot), runs the Backend, then
// unlocks it and runs the Backend again.
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startSimulator, type Simulator } from '../../tools/sim/index'
import { truoraStyleKey } from '../support/jwt'

const execFileAsync = promisify(execFile)

/** Runs the three steps in one private D-Bus session; returns each step's printed answers. */
async function lockedKeyringStory(sim: Simulator, dataDir: string, home: string) {
  const step = (name: string) =>
    [
      'node --import tsx test/support/fixtures/keyring-step.ts',
      name,
      `"$DATA_DIR" "$SERVICE" "$ENDPOINTS" "$API_KEY"`
    ].join(' ')
  const script = [
    'set -e',
    'echo ci-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null',
    step('setup'),
    // The same keyring files, a new daemon that was not given the password: locked.
    'gnome-keyring-daemon --replace --daemonize --components=secrets >/dev/null 2>&1',
    step('locked'),
    'echo ci-pass | gnome-keyring-daemon --replace --unlock --components=secrets >/dev/null 2>&1',
    step('unlocked')
  ].join('\n')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // A keyring of its own, with its control socket in a folder of its own.
    XDG_DATA_HOME: join(home, 'data'),
    XDG_RUNTIME_DIR: join(home, 'run'),
    DATA_DIR: dataDir,
    SERVICE: 'Truora Account Lookup Test locked',
    ENDPOINTS: JSON.stringify(sim.endpoints),
    API_KEY: sim.key
  }
  delete env.DBUS_SESSION_BUS_ADDRESS
  delete env.GNOME_KEYRING_CONTROL
  delete env.DISPLAY
  await execFileAsync('mkdir', ['-m', '700', '-p', env.XDG_DATA_HOME!, env.XDG_RUNTIME_DIR!])
  // Asynchronously: the simulator answering the child runs in this very process.
  const child = await execFileAsync('dbus-run-session', ['--', 'bash', '-c', script], {
    env,
    encoding: 'utf8',
    timeout: 90_000
  })
  const steps: Record<string, Record<string, any>> = {}
  for (const line of child.stdout.split('\n')) {
    const match = /^STEP (\w+) (.*)$/.exec(line)
    if (match) steps[match[1]!] = JSON.parse(match[2]!)
  }
  return { steps, output: child.stdout + child.stderr }
}

describe('operators: a locked keychain (real gnome-keyring, locked)', () => {
  let sim: Simulator
  let dataDir: string
  let home: string
  beforeEach(async () => {
    sim = await startSimulator({ accounts: 5, key: truoraStyleKey() })
    dataDir = await mkdtemp(join(tmpdir(), 'tal-locked-data-'))
    home = await mkdtemp(join(tmpdir(), 'tal-locked-home-'))
  })
  afterEach(async () => {
    await sim.close()
    await rm(dataDir, { recursive: true, force: true })
    await rm(home, { recursive: true, force: true })
  })

  it('says locked (never missing), deletes and writes nothing, and sends the queued creation once unlocked', async () => {
    const { steps, output } = await lockedKeyringStory(sim, dataDir, home)
    const { setup, locked, unlocked } = steps
    expect(setup?.unlocked).toMatchObject({ ok: true, data: { state: 'unlocked' } })
    expect(setup?.created).toMatchObject({ ok: true, data: { status: 'queued' } })
    const operatorId = setup!.operatorId as string

    const lockedError = { ok: false, error: { code: 'keychain_unavailable', details: { reason: 'locked' } } }
    expect(locked).toBeDefined()
    // The wrapped entry cannot be read: the unlock says the keychain is locked, never that it is missing.
    expect(locked!.unlock).toMatchObject(lockedError)
    expect(locked!.unlock.error.message).not.toMatch(/remove the operator and add it again/i)
    for (const answer of ['search', 'lookup', 'outbox'] as const) {
      expect(locked![answer]).toMatchObject({ ok: false, error: { code: 'locked' } })
    }
    expect(locked!.check).toEqual({ ok: true, data: { operatorId, keychain: 'locked', queued: null } })
    // Removing now could not delete the keys (a locked keyring deletes nothing): it is refused.
    expect(locked!.remove).toMatchObject(lockedError)
    expect(locked!.addAnother).toMatchObject(lockedError)
    expect(locked!.listAfter).toMatchObject({ ok: true, data: { operators: [{ id: operatorId }] } })
    // The cache file (with its outbox) is exactly as the setup left it.
    expect(locked!.cacheDigest).toBe(setup!.cacheDigest)

    // Unlocked: the wrapped entry reads again, the passphrase opens it, the queued creation is counted
    // and then sent.
    expect(unlocked?.unlock).toMatchObject({ ok: true, data: { state: 'unlocked', operatorId } })
    expect(unlocked?.check).toMatchObject({ ok: true, data: { operatorId, keychain: 'ok' } })
    expect([0, 1]).toContain(unlocked?.check.data.queued)
    expect(unlocked?.outboxEmptied).toBe(true)
    expect(sim.accounts().filter((account) => account.account_id === 'locked-keyring-1')).toHaveLength(1)
    expect(output).not.toContain(sim.key)
  }, 120_000)
})
