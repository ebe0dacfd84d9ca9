// A queued creation is never sent twice and never lost, wherever a crash lands (DESIGN.md §1 "Nothing
// is lost, nothing is duplicated", §5 "its 'sending' mark is durable before the request leaves; an
// interrupted send is checked, never blindly repeated"). A child process runs the real Backend
// (fixtures/outbox-drainer.ts: real cache files, the real keychain) and drains an outbox queued
// offline; the simulator lives here, behind a tap that tells the exact moment a request reaches it
// and its answer is back. The child is killed with SIGKILL at that moment, or at a random one,
// restarted on the same folder, and so on; then a Backend here drains what is left, the operator's
// ways forward are taken for creations that cannot be checked, and every creation must exist at the
// simulator exactly once. The child is bundled and run by test/support/crash-child.ts.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { OutboxItem } from '@shared/domain/outbox'
import type { AccountCreateFields } from '@shared/schemas'
import { createRng, type Rng } from '../../tools/sim/prng'
import { startAnswerTap, type AnswerTap, type TapRequest } from '../support/answer-tap'
import { backendFixture, eventually, type BackendFixture } from '../support/backend-fixture'
import { bundleCrashChild, type BundledChild } from '../support/crash-child'
import { runBackendChild, type TapKillPlan } from '../support/tap-kill-plan'

const RANDOM_KILLS = 32
// Another seed replays or widens the search: OUTBOX_CRASH_SEED=7 npx vitest run test/backend/outbox-crash.test.ts
const SEED = Number(process.env.OUTBOX_CRASH_SEED ?? 0x0b_0c_5eed)

let drainer: BundledChild | undefined

/** One queued creation and how to find it at the simulator: by its ID, or by its unique e-mail. */
interface Creation {
  fields: AccountCreateFields
  label: string
}

function person(i: number, prefix: string): AccountCreateFields {
  return {
    first_name: `Persona ${i}`,
    last_name: 'Núñez Peña',
    email: `${prefix}.${i}@example.co`,
    country: 'CO'
  }
}

function creation(fields: AccountCreateFields): Creation {
  return { fields, label: fields.account_id ?? fields.email! }
}

/** Every third one without an ID (Truora generates it): those cannot be looked up after a lost answer. */
function creations(count: number, prefix: string): Creation[] {
  return Array.from({ length: count }, (_, i) =>
    creation(i % 3 === 2 ? person(i, prefix) : { account_id: `${prefix}-${i}`, ...person(i, prefix) })
  )
}

const ACCOUNT_PATH = /^\/validations\/v1\/accounts(\/|$)/
const isPost = (request: TapRequest) => request.method === 'POST' && ACCOUNT_PATH.test(request.path)

interface Run {
  /** The child reached a moment with nothing pending or being sent before the plan fired. */
  idle: boolean
  /** Items in the outbox as the child last announced it. */
  left?: number
}

async function runAndKill(f: BackendFixture, tap: AnswerTap, plan: TapKillPlan): Promise<Run> {
  const run: Run = { idle: false }
  await runBackendChild({
    file: drainer!.file,
    fixture: f,
    tap,
    plan,
    name: 'drainer',
    guardMs: 20_000,
    onLine: (line, child) => {
      if (line.startsWith('outbox ')) run.left = line.slice(7).split(',').filter(Boolean).length
      if (line === 'idle' && !child.killed) {
        run.idle = true
        child.kill()
      }
    }
  })
  return run
}

interface Tally {
  kills: number
  /** Kills that landed while something was still pending or being sent. */
  killsDuringDrain: number
  duplicates: number
  losses: number
  conflicts: number
  /** Interrupted creations without an ID, which the operator settled (found → discard, else retry). */
  discardedAsFound: number
  retriedAsMissing: number
}

describe('the outbox through SIGKILLs of the process that sends it', () => {
  let f: BackendFixture
  let tap: AnswerTap
  beforeAll(async () => {
    drainer = await bundleCrashChild('outbox-drainer', { keytar: true })
  }, 60_000)
  afterAll(async () => {
    await drainer?.dispose()
  })
  beforeEach(async () => {
    f = await backendFixture()
    await f.addOperator()
  })
  afterEach(async () => {
    await tap?.close()
    await f.close()
  })

  /** How many accounts at the simulator are this creation. */
  const atTruora = (creation: Pick<Creation, 'fields'>) =>
    f.sim
      .accounts()
      .filter((account) =>
        creation.fields.account_id === undefined
          ? account.email === creation.fields.email
          : account.account_id === creation.fields.account_id
      ).length

  async function queueOffline(list: Creation[]): Promise<void> {
    await f.sim.stop()
    await f.backend.accounts.get('ACCnotcached') // learns it is offline
    for (const creation of list) {
      const queued = await f.backend.accounts.create(creation.fields)
      expect(queued.ok && queued.data.status, creation.label).toBe('queued')
    }
  }

  /**
   * A Backend here drains what the kills left, then takes the operator's way forward for every
   * creation the app could not check (without an ID, its send interrupted): search Truora for the
   * person, discard when found, retry when not. Returns the tally for these creations.
   */
  async function settleAndCount(list: Creation[], tally: Omit<Tally, 'duplicates' | 'losses' | 'conflicts'>) {
    const backend = f.backend
    const settled = await eventually(async () => {
      const items = await backend.outbox.list()
      return items.ok && items.data.every((item) => item.state === 'failed') ? items.data : undefined
    }, 20_000)
    const conflicts = settled.filter((item) => item.error?.code === 'conflict')
    // Counted before the operator acts: a duplicate here is the app's own doing.
    const duplicates = list.reduce((sum, creation) => sum + Math.max(0, atTruora(creation) - 1), 0)
    let discardedAsFound = tally.discardedAsFound
    let retriedAsMissing = tally.retriedAsMissing
    for (const item of settled) {
      if (item.error?.code === 'conflict') continue
      expect(item, 'only a creation without an ID is left to the operator').toMatchObject({ uncertain: true })
      expect(item.input.account_id).toBeUndefined()
      if (atTruora({ fields: item.input }) > 0) {
        discardedAsFound++
        expect((await backend.outbox.discard(item.id)).ok).toBe(true)
      } else {
        retriedAsMissing++
        expect((await backend.outbox.retry(item.id)).ok).toBe(true)
      }
    }
    const left = await backend.outbox.list()
    const losses = list.filter((creation) => atTruora(creation) === 0).length
    const final: Tally = {
      ...tally,
      discardedAsFound,
      retriedAsMissing,
      duplicates,
      losses,
      conflicts: conflicts.length
    }
    console.log(`outbox crash tally: ${JSON.stringify(final)}`)
    expect({ duplicates, losses, conflicts: conflicts.map((item: OutboxItem) => item.input) }).toEqual({
      duplicates: 0,
      losses: 0,
      conflicts: []
    })
    expect(left.ok && left.data).toEqual([])
    for (const creation of list) expect(atTruora(creation), creation.label).toBe(1)
    // Those with an ID the app recorded itself: cached, searchable.
    for (const creation of list.filter((c) => c.fields.account_id !== undefined)) {
      const id = creation.fields.account_id!
      const found = await backend.accounts.search({ text: id })
      const hits = found.ok ? found.data.hits.filter((hit) => hit.account.account_id === id) : []
      expect(hits, creation.label).toHaveLength(1)
    }
    return final
  }

  it('creates each queued creation exactly once when killed at each moment around its POST', async () => {
    // One creation per moment, with and without an ID, each killed at its own request: the POST
    // left but never arrived; it arrived and its answer was lost; the answer came back and the app
    // died before writing it down; and (with an ID) the check before the POST was answered, the
    // mark already on disk, the POST not yet sent.
    const withId = (i: number) => creation({ account_id: `moment-${i}`, ...person(i, 'moment') })
    const list = [0, 1, 2].map(withId).concat(
      [3, 4, 5].map((i) => creation(person(i, 'moment'))),
      withId(6)
    )
    await queueOffline(list)
    tap = await startAnswerTap(f.sim.url)
    const postOf = (creation: Creation) => (request: TapRequest) =>
      isPost(request) && new URLSearchParams(request.body).get('email') === creation.fields.email
    const checkOf = (creation: Creation) => (request: TapRequest) =>
      request.method === 'GET' && request.path === `/validations/v1/accounts/${creation.fields.account_id}`
    const moments = [0, 1, 2, 0, 1, 2]
    const plans: TapKillPlan[] = list.map((creation, i) => {
      if (i === 6) return { stage: 'answer', pick: checkOf(creation), label: 'check answered, POST not sent' }
      const pick = postOf(creation)
      if (moments[i] === 0) return { stage: 'request', pick, label: 'POST sent, never arrived' }
      if (moments[i] === 1) return { stage: 'answer', pick, label: 'POST answered, answer lost' }
      return { stage: 'answer', pick, deliverMs: 0, label: 'POST answered and delivered' }
    })
    let kills = 0
    await f.restart(async () => {
      await f.sim.start()
      for (const plan of plans) {
        const run = await runAndKill(f, tap, plan)
        kills++
        expect(run.idle, `${plan.label}: the drain ended before the moment came`).toBe(false)
      }
    })
    const tally = await settleAndCount(list, {
      kills,
      killsDuringDrain: kills,
      discardedAsFound: 0,
      retriedAsMissing: 0
    })
    // Without an ID: the one that never arrived is retried, the two that did are found (the one
    // whose answer was delivered may also have been written down before the kill).
    expect(tally.retriedAsMissing).toBe(1)
    expect(tally.discardedAsFound).toBeGreaterThanOrEqual(1)
  }, 120_000)

  it(`creates each queued creation exactly once through ${RANDOM_KILLS} SIGKILLs at random moments (seed ${SEED})`, async () => {
    // More than the kills can get through, so every kill lands while something is still to send.
    const list = creations(72, 'random')
    await queueOffline(list)
    tap = await startAnswerTap(f.sim.url)
    const random: Rng = createRng(SEED, 'outbox-crash')
    const plans: string[] = []
    let kills = 0
    let killsDuringDrain = 0
    let left: number | undefined
    await f.restart(async () => {
      await f.sim.start()
      while (killsDuringDrain < RANDOM_KILLS) {
        const plan = randomPlan(random)
        plans.push(plan.label)
        const run = await runAndKill(f, tap, plan)
        kills++
        if (run.idle) break
        killsDuringDrain++
        left = run.left
      }
    })
    // Replay a failure from this list and the seed.
    console.log(`outbox crash kill moments: ${plans.join('; ')}; ${left ?? '?'} of ${list.length} left`)
    expect(killsDuringDrain).toBe(RANDOM_KILLS)
    await settleAndCount(list, { kills, killsDuringDrain, discardedAsFound: 0, retriedAsMissing: 0 })
  }, 240_000)
})

/** A kill moment: during open or the first sends (time), or at the k-th request or answer of a run. */
function randomPlan(random: Rng): TapKillPlan {
  const k = random.int(1, 4)
  const nth = (request: TapRequest) => request.n >= k && ACCOUNT_PATH.test(request.path)
  switch (random.int(0, 3)) {
    case 0: {
      const ms = random.int(0, 200)
      return { stage: 'time', ms, label: `${ms} ms after start` }
    }
    case 1:
      return { stage: 'request', pick: nth, label: `request ${k} held` }
    case 2:
      return { stage: 'answer', pick: nth, label: `answer ${k} lost` }
    default: {
      const deliverMs = random.int(0, 15)
      return {
        stage: 'answer',
        pick: nth,
        deliverMs,
        label: `answer ${k} delivered, killed ${deliverMs} ms later`
      }
    }
  }
}
