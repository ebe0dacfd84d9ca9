// Connectivity noticed in seconds, not at the next failure (DESIGN.md §5): a keyless probe while idle
// sees the network go and come back, the platform's and the renderer's hints are used, and however
// many hints arrive the probes stay bounded. The network is the simulator over loopback, stopped and
// started for real.
import { afterEach, describe, expect, it } from 'vitest'
import type { ConnectivityState } from '@shared/domain/sync'
import { backendFixture, eventually, type BackendFixture } from '../support/backend-fixture'

const probes = (f: BackendFixture) =>
  f.sim.requests.filter((request) => request.path === '/v1/accounts' && request.query.limit === '1')

describe('connectivity: probes while idle, platform and renderer hints', () => {
  let f: BackendFixture | undefined
  afterEach(async () => {
    await f?.close()
    f = undefined
  })

  it('notices the network going away and coming back with no request of its own, and never sends the key', async () => {
    f = await backendFixture({ backend: { idleProbeMs: 50, probeIntervalMs: 50 } })
    // Adding the operator checks its key with Truora: from here on the app asks nothing itself.
    await f.addOperator()
    const fromHere = f.sim.requests.length
    const states: ConnectivityState[] = []
    f.backend.events.on('evt:connectivity', (state) => states.push(state))
    await eventually(() => f!.sim.requests.length > fromHere)

    await f.sim.stop()
    await eventually(() => states.at(-1) === 'offline')
    await f.sim.start()
    await eventually(() => states.at(-1) === 'online')

    expect(states).toEqual(['offline', 'online'])
    const background = f.sim.requests.slice(fromHere)
    expect(background.length).toBeGreaterThan(0)
    for (const probe of background) {
      expect(probe).toMatchObject({ method: 'GET', path: '/v1/accounts', query: { limit: '1' } })
      expect(probe.headers['truora-api-key']).toBeUndefined()
    }
  })

  it('believes an "offline" hint at once and checks an "online" one with a probe', async () => {
    f = await backendFixture({ backend: { probeIntervalMs: 60_000 } })
    await f.addOperator()
    expect((await f.backend.accounts.get(f.sim.accounts()[1]!.account_id)).ok).toBe(true)
    expect(await f.backend.connectivity.status()).toEqual({ ok: true, data: 'online' })

    await f.sim.stop()
    const hinted = await f.backend.connectivity.hint('offline')
    expect(hinted).toEqual({ ok: true, data: 'offline' })
    // A cached read now answers from the cache without waiting on a request that would fail.
    const before = f.sim.count()
    const read = await f.backend.accounts.get(f.sim.accounts()[1]!.account_id)
    expect(read.ok && read.data.freshness.stale).toBe(true)
    expect(f.sim.count()).toBe(before)

    await f.sim.start()
    await f.backend.connectivity.hint('online')
    await eventually(async () => {
      const status = await f!.backend.connectivity.status()
      return status.ok && status.data === 'online'
    })
  })

  it('tries once more soon when the first probe after an "online" hint meets a reset', async () => {
    f = await backendFixture({ backend: { probeIntervalMs: 60_000 } })
    await f.backend.connectivity.hint('offline')
    // The first probe meets a connection closed by the outage; the network is back all the same.
    f.sim.faults.next(1, { reset: true }, { method: 'GET', pathPrefix: '/v1/accounts' })
    const before = probes(f).length
    await f.backend.connectivity.hint('online')
    await eventually(async () => {
      const status = await f!.backend.connectivity.status()
      return status.ok && status.data === 'online'
    })
    // Online long before the next offline probe (60 s): the hint's own retry did it.
    expect(probes(f).length - before).toBe(2)
  })

  it('sends at most one probe for a burst of "online" hints', async () => {
    f = await backendFixture({ backend: { probeIntervalMs: 60_000 } })
    const before = probes(f).length
    await Promise.all(Array.from({ length: 200 }, () => f!.backend.connectivity.hint('online')))
    await eventually(async () => {
      const status = await f!.backend.connectivity.status()
      return status.ok && status.data === 'online'
    })
    expect(probes(f).length - before).toBe(1)
  })

  it("follows the platform's own view of the network", async () => {
    let platformOnline = true
    f = await backendFixture({
      backend: { probeIntervalMs: 60_000, platformOnline: () => platformOnline }
    })
    await f.addOperator()
    expect((await f.backend.accounts.get(f.sim.accounts()[2]!.account_id)).ok).toBe(true)
    const states: ConnectivityState[] = []
    f.backend.events.on('evt:connectivity', (state) => states.push(state))

    // The cable is pulled: Chromium knows at once, and so does the badge, without a failed request.
    const before = f.sim.count()
    platformOnline = false
    await eventually(() => states.at(-1) === 'offline')
    // And it stays so: with no network interface there is nothing to probe with.
    await new Promise((resolve) => setTimeout(resolve, 1_200))
    expect(states).toEqual(['offline'])
    expect(f.sim.count()).toBe(before)

    // Back: the platform only says a network is there; a probe checks Truora answers.
    platformOnline = true
    await eventually(() => states.at(-1) === 'online')
    expect(probes(f).length).toBeGreaterThan(0)
    expect(states).toEqual(['offline', 'online'])
  })

  it('refuses a hint that is not "online" or "offline"', async () => {
    f = await backendFixture()
    for (const bad of ['maybe', '', true, null, { online: true }]) {
      const result = await f.backend.connectivity.hint(bad as 'online')
      expect(result.ok ? 'accepted' : result.error.code).toBe('invalid_input')
    }
  })
})
