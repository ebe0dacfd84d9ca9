// `npm start` on a machine without Electron's binary (scripts/start.mjs, scripts/electron-binary.mjs):
// it runs Electron's own installer to fetch the binary, and when that cannot work it says in one
// sentence what to do, exits 1, and never prints a stack trace.
import { spawn, spawnSync } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = resolve('.')
let scratch: string

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'no-electron-'))
})

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

/** A project folder whose node_modules/electron is the real package without its binary. */
async function projectWithoutBinary(): Promise<string> {
  const root = await mkdtemp(join(scratch, 'project-'))
  const electron = join(root, 'node_modules', 'electron')
  await mkdir(electron, { recursive: true })
  for (const file of ['package.json', 'install.js', 'checksums.json']) {
    await copyFile(join(ROOT, 'node_modules', 'electron', file), join(electron, file))
  }
  // The installer's own dependencies, as npm would have placed them.
  for (const scope of ['@electron', '@electron-internal']) {
    await symlink(join(ROOT, 'node_modules', scope), join(root, 'node_modules', scope))
  }
  return root
}

/** Runs ensureElectronBinary in a child process (the installer is spawned synchronously there). */
function ensureIn(
  root: string,
  nodeVersion: string,
  env: Record<string, string>
): Promise<{ result: { binary?: string; problem?: string }; stdout: string; stderr: string }> {
  const module = join(ROOT, 'scripts', 'electron-binary.mjs')
  const code = `const { ensureElectronBinary } = await import(${JSON.stringify(module)})
const result = ensureElectronBinary(${JSON.stringify(root)}, { nodeVersion: ${JSON.stringify(nodeVersion)}, log: (line) => console.error(line) })
console.log(JSON.stringify(result))`
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', () => {
      const last = stdout.trim().split('\n').pop() ?? '{}'
      done({ result: JSON.parse(last) as { binary?: string; problem?: string }, stdout, stderr })
    })
  })
}

describe('npm start without the Electron binary', () => {
  it('downloads it with Electron’s own installer, and says what to do when the download fails', async () => {
    const root = await projectWithoutBinary()
    // A mirror that has nothing: the installer asks it, is refused, and start.mjs explains.
    const asked: string[] = []
    const mirror: Server = createServer((request, response) => {
      asked.push(request.url ?? '')
      response.writeHead(404).end()
    })
    await new Promise<void>((ready) => mirror.listen(0, '127.0.0.1', ready))
    const { port } = mirror.address() as { port: number }
    try {
      const { result, stderr } = await ensureIn(root, 'v22.12.0', {
        ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
        electron_config_cache: await mkdtemp(join(scratch, 'cache-'))
      })
      expect(stderr).toMatch(/^Downloading Electron 45\.5\.0 \(first start only\)…$/m)
      expect(asked.some((url) => /electron-v45\.5\.0-[a-z0-9]+-[a-z0-9]+\.zip$/.test(url))).toBe(true)
      expect(result.binary).toBeUndefined()
      expect(result.problem).toBe(
        "Electron's binary could not be downloaded. It comes from github.com (or the mirror in ELECTRON_MIRROR); check the network or proxy, then run npm start again."
      )
    } finally {
      mirror.close()
    }
  })

  it('says that Electron’s installer needs Node.js 22.12 when this Node is older, and downloads nothing', async () => {
    const root = await projectWithoutBinary()
    const { result, stderr } = await ensureIn(root, 'v20.19.0', {})
    expect(stderr).not.toMatch(/Downloading/)
    expect(result.problem).toBe(
      "Electron's binary is not installed, and its installer needs Node.js 22.12.0 or newer (this is v20.19.0). Install a newer Node.js, then run npm install && npm start again."
    )
  })

  it('prints that one sentence from npm start and exits 1, without a stack trace', async () => {
    // Electron's own override pointed at an empty folder makes the binary missing on any machine.
    const empty = await mkdtemp(join(scratch, 'dist-'))
    const started = spawnSync(process.execPath, ['scripts/start.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty }
    })
    expect(started.status).toBe(1)
    expect(started.stdout).toBe('')
    expect(started.stderr.trim()).toBe(
      `There is no Electron binary in ELECTRON_OVERRIDE_DIST_PATH (${empty}). Point it at an unpacked Electron, or unset it so npm start can download Electron.`
    )
    expect(started.stderr).not.toMatch(/\n\s+at |Error:/)
  })
})
