// The Truora simulator in its own process, for the sections that measure the app's side of HTTP
// (mirror, renderer, create): the simulator's CPU (generating and serializing pages) then runs on the
// other core instead of in the event loop being measured. Prints one line of JSON ({ url, endpoints,
// key }) once listening; stops when its stdin closes (the benchmark ended, or died) or on SIGTERM.
//   simulator.ts <accounts> <seed> <latency-ms> [hold-history]
// `hold-history` leaves every request for an account's history unanswered (they time out or are
// cancelled), so a mirror's accounts phase can be measured alone, with no history write after it.
import { startSimulator } from '../../tools/sim/index'

async function main(): Promise<void> {
  const [accounts, seed, latencyMs, mode] = process.argv.slice(2)
  const sim = await startSimulator({
    accounts: Number(accounts),
    seed: Number(seed),
    latencyMs: Number(latencyMs)
  })
  if (mode === 'hold-history') {
    // `/v1/accounts/<id>/validations` (validations API) and `/v1/processes/?search=` (identity API).
    sim.faults.share(1, { hang: true }, { pathPrefix: '/v1/accounts/' })
    sim.faults.share(1, { hang: true }, { api: 'identity' })
  }
  let stopping = false
  const stop = (): void => {
    if (stopping) return
    stopping = true
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  process.stdin.on('end', stop)
  process.stdin.on('error', stop)
  process.stdin.resume()
  process.once('SIGTERM', stop)
  console.log(JSON.stringify({ url: sim.url, endpoints: sim.endpoints, key: sim.key }))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
