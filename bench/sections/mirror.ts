// Section 3, mirror (targets: the app's accounts phase ≤ 1.5× the floor of fetching the same pages
// without caching on bare loopback and ≤ 1.25× with 20 ms per answer, ≥ 20× faster than the naive lowdb way, never one file write per page). The simulator
// runs in a child process for all three, so each pays only for its own client side; the app's figure is
// the accounts phase until every page is cached and on disk and a search answers over all of it, not
// the throttled history that follows.
// Floor and app runs alternate, `repeats` of each, medians reported; the naive way runs once (it is
// quadratic: each write serializes everything so far).
// The target is checked on loopback with no delay: the strictest case, where the walk is bound by CPU
// and the simulator shares this machine's cores with the app. Then floor and app run once more against
// a simulator that answers after NETWORK_LATENCY_MS, as a network to Truora would: there the app's
// caching work overlaps the wait for each page.
import { appRun, floorRun, MIRROR_PAGE, naiveRun, type MirrorRun } from '../mirror-runs'
import { median, printTable, type Figures, type Section } from '../report'
import { startSimProcess } from '../sim-process'

/** A modest round trip to Truora's API; from Latin America it is usually more. */
const NETWORK_LATENCY_MS = 20

/** Floor and app runs, alternating, after one unmeasured walk (the simulator's and fetch's first use). */
async function walks(
  latencyMs: number,
  accounts: number,
  seed: number,
  repeats: number
): Promise<{ floors: MirrorRun[]; apps: MirrorRun[] }> {
  const sim = await startSimProcess({ accounts, seed, holdHistory: true, latencyMs })
  const floors: MirrorRun[] = []
  const apps: MirrorRun[] = []
  try {
    await floorRun(sim)
    for (let run = 0; run < repeats; run++) {
      floors.push(check('floor', await floorRun(sim), accounts))
      apps.push(check('app', await appRun(sim), accounts))
    }
  } finally {
    await sim.close()
  }
  return { floors, apps }
}

function check(name: string, run: MirrorRun, expected: number): MirrorRun {
  if (run.accounts !== expected)
    throw new Error(`the ${name} mirror got ${run.accounts} accounts, not ${expected}`)
  return run
}

export const mirrorSection: Section = {
  name: 'mirror',
  title: 'Mirror',
  async run({ data, options }) {
    const expected = data.accounts.length
    const { floors, apps } = await walks(0, expected, data.seed, options.repeats)
    const sim = await startSimProcess({ accounts: expected, seed: data.seed, holdHistory: true })
    let naive: MirrorRun
    try {
      naive = check('naive', await naiveRun(sim), expected)
    } finally {
      await sim.close()
    }
    const networked = await walks(NETWORK_LATENCY_MS, expected, data.seed, 1)
    const floorMs = median(floors.map((run) => run.ms))
    const appMs = median(apps.map((run) => run.ms))
    const floorCpuMs = median(floors.map((run) => run.cpuMs))
    const appCpuMs = median(apps.map((run) => run.cpuMs))
    const pages = apps[0]?.pages ?? 0
    const figures: Figures = {
      accounts: expected,
      pageSize: MIRROR_PAGE,
      pages,
      runs: options.repeats,
      simulator: 'child process',
      floorMs,
      floorCpuMs,
      appMs,
      appCpuMs,
      appWrites: Math.max(...apps.map((run) => run.writes)),
      appMaxLoopDelayMs: Math.max(...apps.map((run) => run.maxLoopDelayMs ?? 0)),
      naiveMs: naive.ms,
      naiveCpuMs: naive.cpuMs,
      naiveWrites: naive.writes,
      appOverFloor: appMs / floorMs,
      appCpuOverFloorCpu: appCpuMs / floorCpuMs,
      naiveOverApp: naive.ms / appMs,
      appAccountsPerSecond: expected / (appMs / 1000),
      networkLatencyMs: NETWORK_LATENCY_MS,
      networkFloorMs: median(networked.floors.map((run) => run.ms)),
      networkAppMs: median(networked.apps.map((run) => run.ms))
    }
    figures.networkAppOverFloor = (figures.networkAppMs as number) / (figures.networkFloorMs as number)
    printTable(
      `Mirror: ${expected} accounts in ${pages} pages of ${MIRROR_PAGE}, simulator in a child process (ms; median of ${options.repeats} runs, naive once)`,
      ['way', 'ms', 'cpu ms', '÷ floor', 'file writes', 'accounts/s'],
      [
        ['fetch + JSON.parse, nothing kept (floor)', floorMs, floorCpuMs, 1, 0, expected / (floorMs / 1000)],
        [
          'app: sync.mirror() accounts phase, on disk + searchable',
          appMs,
          appCpuMs,
          appMs / floorMs,
          figures.appWrites as number,
          expected / (appMs / 1000)
        ],
        [
          'naive lowdb: push + write() per page',
          naive.ms,
          naive.cpuMs,
          naive.ms / floorMs,
          naive.writes,
          expected / (naive.ms / 1000)
        ]
      ]
    )
    const networkFloor = networked.floors[0] as MirrorRun
    const networkApp = networked.apps[0] as MirrorRun
    printTable(
      `The same with ${NETWORK_LATENCY_MS} ms before each answer, as over a network (ms; one run each)`,
      ['way', 'ms', 'cpu ms', '÷ floor', 'file writes'],
      [
        ['fetch + JSON.parse, nothing kept (floor)', networkFloor.ms, networkFloor.cpuMs, 1, 0],
        [
          'app: sync.mirror() accounts phase, on disk + searchable',
          networkApp.ms,
          networkApp.cpuMs,
          networkApp.ms / networkFloor.ms,
          networkApp.writes
        ]
      ]
    )
    console.log(
      `Longest the app's event loop was held up during a mirror (loopback): ${Math.round(figures.appMaxLoopDelayMs as number)} ms`
    )
    printTable(
      'Targets',
      ['', 'value', 'target'],
      [
        ['app ÷ floor (loopback, no delay)', figures.appOverFloor as number, '≤ 1.5'],
        [`app ÷ floor (${NETWORK_LATENCY_MS} ms per answer)`, figures.networkAppOverFloor, '≤ 1.25'],
        ['naive ÷ app', figures.naiveOverApp as number, '≥ 20'],
        ['app file writes', figures.appWrites as number, `< ${pages} pages`]
      ]
    )
    return figures
  }
}
