// Starts bench/child/simulator.ts (the Truora simulator in a child process) and waits for the line
// that says where it listens. Its requests, page generation and JSON serialization are then not
// counted against the app in this process's event loop: the app pays only for the client side, as it
// would against Truora.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import type { Endpoints } from '../src/main/truora/endpoints'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

export interface SimProcess {
  url: string
  endpoints: Endpoints
  key: string
  close(): Promise<void>
}

export interface SimProcessOptions {
  accounts: number
  seed: number
  holdHistory?: boolean
  /** Delay before every answer, as a network between the app and Truora adds (default 0). */
  latencyMs?: number
}

export async function startSimProcess(options: SimProcessOptions): Promise<SimProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/child/simulator.ts',
      String(options.accounts),
      String(options.seed),
      String(options.latencyMs ?? 0),
      ...(options.holdHistory ? ['hold-history'] : [])
    ],
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] }
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const lines = createInterface({ input: child.stdout })
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve)
    child.once('exit', (code) =>
      reject(new Error(`the simulator process ended before listening (exit ${code})`))
    )
  })
  lines.close()
  const started = JSON.parse(first) as Omit<SimProcess, 'close'>
  return {
    ...started,
    async close() {
      // Closing its stdin is the signal to stop (see simulator.ts).
      child.stdin.end()
      await exited
    }
  }
}
