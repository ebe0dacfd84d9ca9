// An on-site validation is never lost and its images never go to two validations, wherever a crash
// lands between the capture and the end of the send (DESIGN.md §1, §5). A child process runs the real
// Backend (fixtures/onsite-capturer.ts: real files, the real keychain), captures a person's images and
// sends them through a tap in front of the simulator, which tells the exact moment each request
// reaches the simulator and each answer is back (the simulator's upload links point at the tap too).
// The child is killed with SIGKILL at that moment, or at a random one; a fresh child then drains what
// is left until nothing is. Per capture: if it resolved, exactly one validation at Truora holds its
// images, byte for byte; any other one made for it (an interrupted creation) holds none; no sealed image
// is left, and none was ever written in plaintext. The child is bundled and run by
// test/support/crash-child.ts, killed where test/support/tap-kill-plan.ts says.
import { readdir } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { capturesFolderOf } from '../../src/main/workspace/operator-paths'
import { createRng } from '../../tools/sim/prng'
import { startAnswerTap, type AnswerTap } from '../support/answer-tap'
import { backendFixture, type BackendFixture } from '../support/backend-fixture'
import { bundleCrashChild, type BundledChild } from '../support/crash-child'
import { captureInput, plaintextImages, sha256 } from '../support/onsite-images'
import { runBackendChild, type TapKillPlan, type TapPick as Pick } from '../support/tap-kill-plan'

const RANDOM_KILLS = 8
const SEED = Number(process.env.ONSITE_CRASH_SEED ?? 0x0c_a9_7e)

let child: BundledChild | undefined

/** Besides the tap's moments, at `captured`: the capture resolved, and the send may have just begun. */
type KillPlan = TapKillPlan | { stage: 'captured'; label: string }

interface Capture {
  accountId: string
  kind: 'face' | 'document'
  marker: string
}

interface Run {
  captured: boolean
  idle: boolean
  /** What the child said, for a failure's message. */
  said: string[]
}

let f: BackendFixture
let tap: AnswerTap
let operatorId = ''

async function run(mode: 'drain' | Capture, plan: KillPlan | 'idle'): Promise<Run> {
  const state: Run = { captured: false, idle: false, said: [] }
  await runBackendChild({
    file: child!.file,
    extraArgs: mode === 'drain' ? ['drain'] : ['capture', mode.accountId, mode.marker, mode.kind],
    fixture: f,
    tap,
    plan: plan === 'idle' || plan.stage === 'captured' ? undefined : plan,
    name: 'child',
    guardMs: 30_000,
    onLine: (line, proc) => {
      state.said.push(line)
      if (line.startsWith('captured ')) {
        state.captured = true
        if (plan !== 'idle' && plan.stage === 'captured') proc.kill()
      }
      // In capture mode the first "idle" is the empty list before the capture.
      if (line === 'idle' && (mode === 'drain' || state.captured)) {
        state.idle = true
        proc.kill()
      }
    }
  })
  return state
}

const postOf =
  (capture: Capture): Pick =>
  (request) =>
    request.method === 'POST' &&
    request.path === '/validations/v1/validations' &&
    new URLSearchParams(request.body).get('account_id') === capture.accountId
const listOf =
  (capture: Capture): Pick =>
  (request) =>
    request.method === 'GET' &&
    request.path.startsWith(`/validations/v1/accounts/${capture.accountId}/validations`)
const putOf =
  (capture: Capture, side: string): Pick =>
  (request) =>
    request.method === 'PUT' && request.body.includes(`${capture.marker}-${side}`)
const resultOf = (): Pick => (request) =>
  request.method === 'GET' && /\/v1\/validations\/VLD/.test(request.path)

/** What Truora holds of this capture: the validations made for its account, with their images. */
function atTruora(capture: Capture) {
  const input = captureInput(capture.accountId, capture.kind, capture.marker)
  const expected = input.images.map((image) => [image.side, sha256(image.bytes)])
  const made = f.sim.createdValidations().filter((v) => v.validation.account_id === capture.accountId)
  const complete = made.filter(
    (v) => JSON.stringify(v.uploads.map((u) => [u.side, u.sha256]).sort()) === JSON.stringify(expected.sort())
  )
  const partial = made.filter((v) => v.uploads.length > 0 && !complete.includes(v))
  return { made: made.length, complete: complete.length, partial: partial.length }
}

describe('on-site validation through SIGKILLs between capture and send', () => {
  beforeAll(async () => {
    child = await bundleCrashChild('onsite-capturer', { keytar: true })
    f = await backendFixture({ sim: { onsite: { resultAfterPolls: 1 } } })
    operatorId = await f.addOperator()
    tap = await startAnswerTap(f.sim.url)
    f.sim.configureOnsite({ uploadOrigin: tap.url })
    // The children run the Backend: this one steps aside, as the app would be closed.
    await f.restart(undefined, { unlock: false })
  }, 60_000)
  afterAll(async () => {
    await tap?.close()
    await f?.close()
    await child?.dispose()
  })

  const results: { label: string; captured: boolean; truora: ReturnType<typeof atTruora> }[] = []

  /**
   * A kill at a request or an answer comes after the capture was queued (only queued items are
   * sent), so its images must be at Truora whether or not the "captured" line got out first.
   */
  async function killThenDrain(capture: Capture, plan: KillPlan): Promise<void> {
    const first = await run(capture, plan)
    // A fresh process takes over and sends whatever is left, until nothing is.
    const second = await run('drain', 'idle')
    expect(
      second.idle,
      `${plan.label}: the drain after the kill did not finish: ${second.said.join(' | ')}`
    ).toBe(true)
    const truora = atTruora(capture)
    results.push({ label: plan.label, captured: first.captured, truora })
    if (first.captured || plan.stage !== 'time')
      expect(truora.complete, `${plan.label}: the images at Truora`).toBe(1)
    else expect(truora.complete, `${plan.label}: a capture that never resolved`).toBeLessThanOrEqual(1)
    expect(truora.partial, `${plan.label}: a validation with only some images`).toBe(0)
    expect(await readdir(capturesFolderOf(f.dataDir, operatorId)).catch(() => [])).toEqual([])
  }

  it('sends each capture’s images to exactly one validation, killed at each moment around its send', async () => {
    let n = 0
    const next = (kind: Capture['kind']): Capture => {
      n++
      return { accountId: `crash-onsite-${n}`, kind, marker: `CRASH-${n}-PERSON` }
    }
    const moments: [Capture['kind'], (c: Capture) => KillPlan][] = [
      ['face', () => ({ stage: 'captured', label: 'capture resolved, send not begun' })],
      ['face', (c) => ({ stage: 'answer', pick: listOf(c), label: 'list answered, mark not yet written' })],
      ['face', (c) => ({ stage: 'request', pick: postOf(c), label: 'POST sent, never arrived' })],
      ['face', (c) => ({ stage: 'answer', pick: postOf(c), label: 'POST answered, answer lost' })],
      [
        'face',
        (c) => ({ stage: 'answer', pick: postOf(c), deliverMs: 0, label: 'POST answered and delivered' })
      ],
      ['document', (c) => ({ stage: 'request', pick: putOf(c, 'front'), label: 'first PUT never arrived' })],
      [
        'document',
        (c) => ({ stage: 'answer', pick: putOf(c, 'front'), label: 'first PUT arrived, answer lost' })
      ],
      [
        'document',
        (c) => ({ stage: 'answer', pick: putOf(c, 'reverse'), deliverMs: 0, label: 'last PUT delivered' })
      ],
      ['face', () => ({ stage: 'answer', pick: resultOf(), label: 'result read, not written down' })]
    ]
    for (const [kind, plan] of moments) {
      const capture = next(kind)
      await killThenDrain(capture, plan(capture))
    }
    const random = createRng(SEED, 'onsite-crash')
    for (let i = 0; i < RANDOM_KILLS; i++) {
      const capture = next(random.chance(0.5) ? 'face' : 'document')
      await killThenDrain(capture, { stage: 'time', ms: random.int(0, 200), label: `random kill ${i + 1}` })
    }
    console.log(`onsite crash results: ${JSON.stringify(results)}`)
    // Interrupted creations left shells without images (recorded as replaced), never a second copy.
    expect(results.some((result) => result.truora.made > 1)).toBe(true)
    const markers = results.map((_, i) => `CRASH-${i + 1}-PERSON`)
    expect(await plaintextImages(f.dataDir, markers)).toEqual([])
  }, 600_000)
})
