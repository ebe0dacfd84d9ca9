// Section 7, vault (README "Security", threat model): what a passphrase costs with the app's KDF
// parameters — each wrap (adding an operator) and unwrap (every unlock, and every offline guess at a
// copied keychain entry) derives a key with scrypt, N = 2^17, r = 8, p = 1 — and a whole
// `session.unlock` through the Backend. The brief's floor is 100 ms per derivation on this machine.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_SCRYPT_COST, unwrapSecrets, wrapSecrets } from '../../src/main/session/vault-crypto'
import { generateDataKey } from '../../src/main/cache/open-cache'
import { addBenchOperator, BENCH_PASSPHRASE, createBenchBackend } from '../bench-backend'
import { latencies, printTable, timed, type Figures, type Section } from '../report'
import { startSimulator } from '../../tools/sim/index'

const SAMPLES = 7

export const vaultSection: Section = {
  name: 'vault',
  title: 'Vault',
  async run() {
    const secrets = { apiKey: 'a-truora-key-of-some-length-0123456789', dataKey: generateDataKey() }
    const wraps: number[] = []
    const unwraps: number[] = []
    let blob = ''
    for (let n = 0; n < SAMPLES; n++) {
      wraps.push(
        await timed(async () => {
          blob = await wrapSecrets('bench-operator', BENCH_PASSPHRASE, secrets)
        })
      )
      unwraps.push(await timed(() => unwrapSecrets('bench-operator', BENCH_PASSPHRASE, blob)))
    }

    const sim = await startSimulator({ accounts: 1 })
    const dataDir = await mkdtemp(join(tmpdir(), 'truora-bench-vault-'))
    const backend = createBenchBackend({ dataDir, endpoints: sim.endpoints })
    const unlocks: number[] = []
    try {
      const operatorId = await addBenchOperator(backend, sim.key)
      for (let n = 0; n < SAMPLES; n++) {
        await backend.session.lock()
        unlocks.push(
          await timed(async () => {
            const unlocked = await backend.session.unlock({ operatorId, passphrase: BENCH_PASSPHRASE })
            if (!unlocked.ok) throw new Error(`unlock failed: ${unlocked.error.message}`)
          })
        )
      }
    } finally {
      await backend.close()
      await sim.close()
      await rm(dataDir, { recursive: true, force: true })
    }

    const wrap = latencies(wraps)
    const unwrap = latencies(unwraps)
    const unlock = latencies(unlocks)
    const memoryMiB = (128 * DEFAULT_SCRYPT_COST.N * DEFAULT_SCRYPT_COST.r) / 2 ** 20
    const figures: Figures = {
      samples: SAMPLES,
      kdf: `scrypt N=2^${Math.log2(DEFAULT_SCRYPT_COST.N)} r=${DEFAULT_SCRYPT_COST.r} p=${DEFAULT_SCRYPT_COST.p}`,
      memoryPerGuessMiB: memoryMiB,
      wrapP50Ms: wrap.p50,
      unwrapP50Ms: unwrap.p50,
      unwrapMinMs: Math.min(...unwraps),
      unlockP50Ms: unlock.p50,
      unlockP95Ms: unlock.p95,
      guessesPerCoreSecond: 1000 / Math.min(...unwraps)
    }
    printTable(
      `Vault: ${SAMPLES} samples each, scrypt N=2^17 r=8 p=1 (${memoryMiB} MiB per derivation) (ms)`,
      ['what', 'p50', 'p95', 'max'],
      [
        ['wrap (add an operator)', wrap.p50, wrap.p95, wrap.max],
        ['unwrap (an unlock, or one offline guess)', unwrap.p50, unwrap.p95, unwrap.max],
        ['session.unlock through the Backend', unlock.p50, unlock.p95, unlock.max]
      ]
    )
    return figures
  }
}
