// Reads the simulator's own answers over HTTP, as Truora would give them, to pick test subjects and
// check what the page shows against what "Truora" holds.
import type { IdentityProcess, Validation } from '@shared/domain/truora-records'
import type { Simulator } from '../../tools/sim/index'

async function getJson<T>(sim: Simulator, url: string): Promise<T> {
  const response = await fetch(url, { headers: { 'Truora-API-Key': sim.key } })
  if (!response.ok) throw new Error(`simulator answered ${response.status} for ${url}`)
  return (await response.json()) as T
}

export async function historyOf(
  sim: Simulator,
  accountId: string
): Promise<{ validations: Validation[]; processes: IdentityProcess[] }> {
  const id = encodeURIComponent(accountId)
  const validations = await getJson<{ validations: Validation[] }>(
    sim,
    `${sim.endpoints.validations}/accounts/${id}/validations`
  )
  const processes = await getJson<{ processes: IdentityProcess[] }>(
    sim,
    `${sim.endpoints.identity}/processes/?search=${id}`
  )
  return { validations: validations.validations, processes: processes.processes }
}

/** The first seeded account that has both validations and identity processes. */
export async function accountWithHistory(sim: Simulator): Promise<{
  accountId: string
  validations: Validation[]
  processes: IdentityProcess[]
}> {
  for (const account of sim.accounts()) {
    const history = await historyOf(sim, account.account_id)
    if (history.validations.length > 0 && history.processes.length > 0)
      return { accountId: account.account_id, ...history }
  }
  throw new Error('no seeded account has both validations and processes')
}

/** The first seeded process with this status, and its account. */
export async function processWithStatus(
  sim: Simulator,
  status: 'success' | 'pending' | 'failure'
): Promise<{ accountId: string; process: IdentityProcess }> {
  for (const account of sim.accounts()) {
    const { processes } = await historyOf(sim, account.account_id)
    const process = processes.find((item) => item.status === status)
    if (process) return { accountId: account.account_id, process }
  }
  throw new Error(`no seeded process is ${status}`)
}
