// Section 3, mirror (issue 4 targets: the app's full mirror ≤ 1.25× the floor of fetching the same pages
// without caching, ≥ 20× faster than the naive lowdb way, never one file write per page). The simulator
// runs in a child process for all three, so each pays only for its own client side; the app's figure is
// the accounts phase until every page is cached and on disk and a search answers over all of it, not
// the throttled history that follows.
// Floor and app runs alternate, `repeats` of each, medians reported; the naive way runs once (it is
// quadratic: each write serializes everything so far).
import { appRun, floorRun, MIRROR_PAGE, naiveRun, type MirrorRun } from '../mirror-runs'
import { median, printTable, type Figures, type Section } from '../report'
import { startSimProcess } from '../sim-process'

function check(name: string, run: MirrorRun, expected: number): MirrorRun {
  if (run.accounts !== expected) throw new Error(`the ${name} mirror got ${run.accounts} accounts, not ${expected}`)
  return run
}

export const mirrorSection: Section = {
  name: 'mirror',
  title: 'Mirror',
  async run({ data, options }) {
    const expected = data.accounts.length
    const sim = await startSimProcess({ accounts: expected, seed: data.seed, holdHistory: true })
    const floors: MirrorRun[] = []
    const apps: MirrorRun[] = []
    let naive: MirrorRun
    try {
      // One unmeasured walk, so neither side pays for the simulator's or fetch's first use.
      await floorRun(sim)
      for (let run = 0; run < options.repeats; run++) {
        floors.push(check('floor', await floorRun(sim), expected))
        apps.push(check('app', await appRun(sim), expected))
      }
      naive = check('naive', await naiveRun(sim), expected)
    } finally {
      await sim.close()
    }
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
      naiveMs: naive.ms,
      naiveCpuMs: naive.cpuMs,
      naiveWrites: naive.writes,
      appOverFloor: appMs / floorMs,
      appCpuOverFloorCpu: appCpuMs / floorCpuMs,
      naiveOverApp: naive.ms / appMs,
      appAccountsPerSecond: expected / (appMs / 1000)
    }
    printTable(
      `Mirror: ${expected} accounts in ${pages} pages of ${MIRROR_PAGE}, simulator in a child process (ms; median of ${options.repeats} runs, naive once)`,
      ['way', 'ms', 'cpu ms', '÷ floor', 'file writes', 'accounts/s'],
      [
        ['fetch + JSON.parse, nothing kept (floor)', floorMs, floorCpuMs, 1, 0, expected / (floorMs / 1000)],
        ['app: sync.mirror() accounts phase, on disk + searchable', appMs, appCpuMs, appMs / floorMs, figures.appWrites as number, expected / (appMs / 1000)],
        ['naive lowdb: push + write() per page', naive.ms, naive.cpuMs, naive.ms / floorMs, naive.writes, expected / (naive.ms / 1000)]
      ]
    )
    printTable('Targets', ['', 'value', 'target'], [
      ['app ÷ floor', figures.appOverFloor as number, '≤ 1.25'],
      ['naive ÷ app', figures.naiveOverApp as number, '≥ 20'],
      ['app file writes', figures.appWrites as number, `< ${pages} pages`]
    ])
    return figures
  }
}
