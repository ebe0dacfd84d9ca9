// Section 6, create (README "Performance"): the p50 of the Backend's `accounts.create` against the simulator
// with no added latency, which is the app's own overhead, beside the floor of a bare `POST /v1/accounts`
// with fetch. The app first asks whether an account with that ID exists (GET, then POST: a creation is never
// repeated blindly, DESIGN.md §5), so a GET + POST with fetch is shown as a second floor. A fresh operator
// with an empty cache, the simulator in a child process; the three kinds alternate, each with its own unique
// account IDs.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Backend } from '../../src/main/backend/create-backend'
import { addBenchOperator, createBenchBackend } from '../bench-backend'
import { latencies, printTable, timed, type Figures, type Section } from '../report'
import { startSimProcess, type SimProcess } from '../sim-process'

const WARM_UP = 20
const SAMPLES = 200

/** What an operator fills in: a whole person, as the create form sends it. */
function person(id: string, n: number): Record<string, string> {
  return {
    account_id: id,
    first_name: 'María José',
    last_name: 'Fernández Gómez',
    email: `maria.fernandez.${n}@example.co`,
    country: 'CO',
    document_type: 'national-id',
    document_number: String(1_020_000_000 + n),
    phone_number: '+573001234567'
  }
}

type Kind = 'app' | 'post' | 'getPost'

function creator(sim: SimProcess, backend: Backend): Record<Kind, (id: string, n: number) => Promise<void>> {
  const headers = { 'Truora-API-Key': sim.key, Accept: 'application/json' }
  const post = async (fields: Record<string, string>): Promise<void> => {
    const response = await fetch(`${sim.endpoints.validations}/accounts`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString()
    })
    const body = JSON.parse(await response.text()) as { account_id?: string }
    if (!response.ok || body.account_id !== fields.account_id)
      throw new Error(`a bare POST was answered ${response.status}`)
  }
  return {
    async app(id, n) {
      const created = await backend.accounts.create(person(id, n))
      if (!created.ok || created.data.status !== 'created') {
        throw new Error(
          `accounts.create did not create: ${created.ok ? created.data.status : created.error.message}`
        )
      }
    },
    post: (id, n) => post(person(id, n)),
    async getPost(id, n) {
      const check = await fetch(`${sim.endpoints.validations}/accounts/${encodeURIComponent(id)}`, {
        headers
      })
      await check.text()
      if (check.status !== 404) throw new Error(`the existence check was answered ${check.status}`)
      await post(person(id, n))
    }
  }
}

export const createSection: Section = {
  name: 'create',
  title: 'Create',
  async run({ data }) {
    const sim = await startSimProcess({ accounts: data.accounts.length, seed: data.seed })
    const dataDir = await mkdtemp(join(tmpdir(), 'truora-bench-create-'))
    const backend = createBenchBackend({ dataDir, endpoints: sim.endpoints })
    const samples: Record<Kind, number[]> = { app: [], post: [], getPost: [] }
    try {
      await addBenchOperator(backend, sim.key)
      const create = creator(sim, backend)
      let n = 0
      for (let round = 0; round < WARM_UP + SAMPLES; round++) {
        for (const kind of ['app', 'post', 'getPost'] as const) {
          n += 1
          const ms = await timed(() => create[kind](`bench-create-${kind}-${n}`, n))
          if (round >= WARM_UP) samples[kind].push(ms)
        }
      }
    } finally {
      await backend.close()
      await sim.close()
      await rm(dataDir, { recursive: true, force: true })
    }
    const app = latencies(samples.app)
    const post = latencies(samples.post)
    const getPost = latencies(samples.getPost)
    const figures: Figures = {
      samples: SAMPLES,
      cache: 'empty (fresh operator)',
      simulator: 'child process',
      appP50Ms: app.p50,
      appP95Ms: app.p95,
      appMaxMs: app.max,
      postP50Ms: post.p50,
      postP95Ms: post.p95,
      getPostP50Ms: getPost.p50,
      getPostP95Ms: getPost.p95,
      appOverPostP50: app.p50 / post.p50,
      appOverGetPostP50: app.p50 / getPost.p50,
      appOwnP50Ms: app.p50 - getPost.p50
    }
    printTable(
      `Create: ${SAMPLES} creations each, unique IDs, simulator with no added latency in a child process (ms)`,
      ['way', 'p50', 'p95', 'max', 'p50 ÷ bare POST'],
      [
        ['bare POST with fetch (floor)', post.p50, post.p95, post.max, 1],
        ['GET (exists?) + POST with fetch', getPost.p50, getPost.p95, getPost.max, getPost.p50 / post.p50],
        ['accounts.create (Backend)', app.p50, app.p95, app.max, app.p50 / post.p50]
      ]
    )
    return figures
  }
}
