// `npm start` without Electron's binary: one clear sentence and exit 1, never a stack trace or a
// download attempt.
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const MESSAGE =
  'The Electron binary is not installed. Fetch it with: npx install-electron (needs access to github.com), then run npm start again.'

let emptyDist: string

beforeAll(async () => {
  emptyDist = await mkdtemp(join(tmpdir(), 'no-electron-'))
})

afterAll(async () => {
  await rm(emptyDist, { recursive: true, force: true })
})

describe('scripts/start.mjs', () => {
  it('says how to fetch a missing Electron binary and exits 1', () => {
    // Pointing Electron's own override at an empty folder makes the binary missing on any machine.
    const result = spawnSync(process.execPath, ['scripts/start.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: emptyDist }
    })
    expect(result.status).toBe(1)
    expect(result.stderr.trim()).toBe(MESSAGE)
    expect(result.stdout).toBe('')
    expect(result.stderr).not.toMatch(/\n\s+at |Error:|Downloading/)
  })
})
