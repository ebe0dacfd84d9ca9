// Killing a child that runs the real Backend at the moment a test names (DESIGN.md §5: "its 'sending'
// mark is durable before the request leaves; an interrupted send is checked, never blindly
// repeated"): some ms after it is ready, as a request reaches the answer tap in front of the
// simulator, or as the simulator's answer is back. The child is one of test/support/fixtures/, which
// unlock the active operator with the passphrase in TAL_PASSPHRASE and print `ready` once unlocked.
import type { AnswerTap, TapRequest } from './answer-tap'
import { FIXTURE_PASSPHRASE, type BackendFixture } from './backend-fixture'
import { KEYTAR_PATH, runUntilKilled, type Killable } from './crash-child'

export type TapPick = (request: TapRequest) => boolean

/** Where a run is killed: at a request or an answer that `pick` chooses, or some ms after `ready`. */
export type TapKillPlan =
  | { stage: 'time'; ms: number; label: string }
  /** The request never reaches the simulator: it left the app, then the app died. */
  | { stage: 'request'; pick: TapPick; label: string }
  /** The simulator answered; `deliverMs` undefined: the app never gets the answer; else it does, and dies that much later. */
  | { stage: 'answer'; pick: TapPick; deliverMs?: number; label: string }

export interface BackendChildRun {
  /** The bundled child. */
  file: string
  /** Its arguments after `<dataDir> <keychainService> <truoraUrl> <clockStartIso>`. */
  extraArgs?: string[]
  /** The Backend here, whose data folder, keychain and clock the child takes over. */
  fixture: BackendFixture
  tap: AnswerTap
  /** undefined: the test kills it from `onLine`. */
  plan: TapKillPlan | undefined
  name: string
  guardMs: number
  onLine: (line: string, child: Killable) => void
}

function armTap(tap: AnswerTap, plan: TapKillPlan | undefined, child: Killable): void {
  if (plan?.stage === 'request') {
    tap.onRequest = (request) => {
      if (child.killed || !plan.pick(request)) return 'forward'
      child.kill()
      return 'hold'
    }
  }
  if (plan?.stage === 'answer') {
    tap.onAnswer = (answer) => {
      if (child.killed || !plan.pick(answer)) return 'forward'
      if (plan.deliverMs === undefined) {
        child.kill()
        return 'hold'
      }
      setTimeout(child.kill, plan.deliverMs)
      return 'forward'
    }
  }
}

/** Runs the child on the fixture's folder and Truora behind the tap until the plan's SIGKILL. */
export async function runBackendChild(run: BackendChildRun): Promise<void> {
  const { fixture, tap, plan } = run
  try {
    await runUntilKilled({
      args: [
        run.file,
        fixture.dataDir,
        fixture.keychain.service,
        tap.url,
        fixture.clock.now.toISOString(),
        ...(run.extraArgs ?? [])
      ],
      // The operator's passphrase in the environment, not the arguments, which other users can list.
      env: { ...process.env, KEYTAR_PATH, TAL_PASSPHRASE: FIXTURE_PASSPHRASE },
      name: run.name,
      guardMs: run.guardMs,
      onStart: (child) => {
        tap.restartCount()
        armTap(tap, plan, child)
      },
      onLine: (line, child) => {
        if (line === 'ready' && plan?.stage === 'time') setTimeout(child.kill, plan.ms)
        run.onLine(line, child)
      }
    })
  } finally {
    tap.onRequest = undefined
    tap.onAnswer = undefined
  }
}
