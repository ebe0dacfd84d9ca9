// The crash tests' child processes (DESIGN.md §7 "SIGKILL of real writer processes"): a fixture in
// test/support/fixtures/ bundled once with Vite into one self-contained .mjs file and run by plain
// node — starting it through tsx costs ~2 s a spawn on a busy 2-core machine — then killed with
// SIGKILL at the moment under test. keytar is native, so a child that uses the keychain loads it
// from outside the bundle (KEYTAR_PATH names its entry file).
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const SHARED = fileURLToPath(new URL('../../src/shared', import.meta.url))
export const KEYTAR_PATH = createRequire(import.meta.url).resolve('keytar')

export interface BundledChild {
  /** The .mjs file to run with `process.execPath`. */
  file: string
  dispose(): Promise<void>
}

/** Bundles `test/support/fixtures/<name>.ts` and its dependencies (keytar left out when `keytar`). */
export async function bundleCrashChild(name: string, options: { keytar: boolean }): Promise<BundledChild> {
  const source = fileURLToPath(new URL(`./fixtures/${name}.ts`, import.meta.url))
  const outDir = await mkdtemp(join(tmpdir(), `${basename(name)}-`))
  const external = options.keytar ? ['keytar'] : []
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@shared': SHARED } },
    ssr: { noExternal: true, external },
    build: {
      ssr: source,
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: { external, output: { entryFileNames: `${name}.mjs` } }
    }
  })
  return {
    file: join(outDir, `${name}.mjs`),
    dispose: () => rm(outDir, { recursive: true, force: true })
  }
}

/** What a run's callbacks get: the child's SIGKILL, and whether it was sent. */
export interface Killable {
  kill: () => void
  readonly killed: boolean
}

export interface ChildRun {
  /** The bundled child and its arguments. */
  args: string[]
  env?: NodeJS.ProcessEnv
  /** For the error when the child ends by itself. */
  name: string
  /** Killed anyway after this long, so a child that never reaches its moment fails the run. */
  guardMs?: number
  /** The child is told to kill itself: its SIGKILL counts as expected. */
  killsItself?: boolean
  /** Once spawned. */
  onStart?: (child: Killable) => void
  /** Each whole line the child prints on stdout. */
  onLine: (line: string, child: Killable) => void
}

/**
 * Runs the child until it dies of SIGKILL (resolves) or ends any other way (rejects with its stderr).
 * 'close' waits for stdout to drain, so every line printed before the kill has been seen.
 */
export function runUntilKilled(run: ChildRun): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, run.args, { stdio: ['ignore', 'pipe', 'pipe'], env: run.env })
    let killed = run.killsItself === true
    const killable: Killable = {
      kill: () => {
        if (!killed) killed = child.kill('SIGKILL')
      },
      get killed() {
        return killed
      }
    }
    const guard = run.guardMs === undefined ? undefined : setTimeout(killable.kill, run.guardMs)
    let stdout = ''
    let stderr = ''
    run.onStart?.(killable)
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const lines = stdout.split('\n')
      stdout = lines.pop() ?? ''
      for (const line of lines) run.onLine(line, killable)
    })
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(guard)
      if (killed && signal === 'SIGKILL') resolve()
      else reject(new Error(`${run.name} ended by itself (code ${code}, signal ${signal}): ${stderr}`))
    })
  })
}
