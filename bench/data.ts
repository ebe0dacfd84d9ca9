// The benchmark's data set, the same on every run: the simulator's seeded accounts (realistic Spanish
// and Portuguese names with accents, emails, documents, phones; tools/sim/seed.ts), each with three
// validations and one identity process drawn from the seed's own history generator.
import type { Account, IdentityProcess, Validation } from '@shared/domain/truora-records'
import { generateAccounts, generateHistory } from '../tools/sim/seed'
import { latestStatus } from '../src/main/accounts/latest-status'
import type { IndexedAccount } from '../src/main/search/types'

const VALIDATIONS_PER_ACCOUNT = 3
const PROCESSES_PER_ACCOUNT = 1

interface AccountHistory {
  validations: Validation[]
  processes: IdentityProcess[]
}

export interface BenchData {
  seed: number
  accounts: Account[]
  /** What the Backend indexes: each account with the latest status of its history. */
  entries: IndexedAccount[]
  /** Regenerated on demand, so 100 000 histories never sit in memory at once. */
  historyOf(index: number): AccountHistory
}

export function createBenchData(count: number, seed: number): BenchData {
  const accounts = generateAccounts(count, seed)
  const historyOf = (index: number): AccountHistory =>
    historyFor(accounts[index] as Account, index, count, seed)
  const entries = accounts.map((account, index) => {
    const history = historyOf(index)
    const status = latestStatus(history.validations, history.processes)
    return status === undefined ? { account } : { account, latestStatus: status }
  })
  return { seed, accounts, entries, historyOf }
}

/**
 * The seed gives each account one to four validations and zero to two processes; the benchmark wants
 * exactly three and one, so it draws more from the generator at indexes past the data set (their IDs
 * cannot collide with another account's).
 */
function historyFor(account: Account, index: number, count: number, seed: number): AccountHistory {
  const validations: Validation[] = []
  const processes: IdentityProcess[] = []
  for (
    let round = 0;
    validations.length < VALIDATIONS_PER_ACCOUNT || processes.length < PROCESSES_PER_ACCOUNT;
    round++
  ) {
    const history = generateHistory(account, index + round * count, seed)
    validations.push(...history.validations.slice(0, VALIDATIONS_PER_ACCOUNT - validations.length))
    for (const result of history.processes.slice(0, PROCESSES_PER_ACCOUNT - processes.length)) {
      // A process as `GET /v1/processes/?search=` lists it: the result without its validations.
      const { validations: _nested, ...listed } = result
      processes.push(listed)
    }
  }
  return { validations, processes }
}
