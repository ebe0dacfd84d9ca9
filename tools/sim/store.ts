// The simulator's data: the seeded accounts (generated page by page, never all at once) plus the
// accounts created through `POST /v1/accounts` during the run.
import type { Account, IdentityProcess, ProcessResult, Validation } from '@shared/domain/truora-records'
import { createRng } from './prng'
import { clientIdFor, indexOfIndexedId } from './ids'
import { generateAccount, generateHistory, indexOfAccountId, type AccountHistory } from './seed'

/** The eleven form fields of `POST /v1/accounts` (TRUORA_API.md "Validations API"). */
export const ACCOUNT_FIELDS = [
  'account_id',
  'email',
  'country',
  'document_number',
  'document_type',
  'document_issue_date',
  'first_name',
  'last_name',
  'phone_number',
  'facebook_user',
  'twitter_user'
] as const

const PROCESS_LIST_FIELDS = [
  'process_id',
  'account_id',
  'flow_id',
  'client_id',
  'status',
  'failure_status',
  'declined_reason',
  'created_via',
  'country',
  'creation_date',
  'update_date'
] as const

export class SimStore {
  private readonly created: Account[] = []
  private readonly createdById = new Map<string, Account>()
  private generatedIds = 0

  constructor(
    readonly seed: number,
    readonly seededCount: number
  ) {}

  total(): number {
    return this.seededCount + this.created.length
  }

  /** Accounts `offset` to `offset + limit - 1` in list order: seeded ones first, then created ones. */
  slice(offset: number, limit: number): Account[] {
    const out: Account[] = []
    for (let i = offset; i < Math.min(offset + limit, this.total()); i++) {
      out.push(
        i < this.seededCount ? generateAccount(i, this.seed) : (this.created[i - this.seededCount] as Account)
      )
    }
    return out
  }

  all(): Account[] {
    return this.slice(0, this.total())
  }

  account(id: string): Account | undefined {
    const created = this.createdById.get(id)
    if (created) return created
    const index = indexOfAccountId(id, this.seed, this.seededCount)
    return index === undefined ? undefined : generateAccount(index, this.seed)
  }

  /** Validations and processes of an account; a created account has none yet. */
  history(accountId: string): AccountHistory | undefined {
    if (this.createdById.has(accountId)) return { validations: [], processes: [] }
    const index = indexOfAccountId(accountId, this.seed, this.seededCount)
    return index === undefined
      ? undefined
      : generateHistory(generateAccount(index, this.seed), index, this.seed)
  }

  /** A validation or process ID names its account's index (ids.ts), so only that history is built. */
  private historyOf(itemId: string): AccountHistory | undefined {
    const index = indexOfIndexedId(itemId, this.seed)
    if (index === undefined || index >= this.seededCount) return undefined
    return generateHistory(generateAccount(index, this.seed), index, this.seed)
  }

  validation(id: string): Validation | undefined {
    return this.historyOf(id)?.validations.find((item) => item.validation_id === id)
  }

  processResult(id: string): ProcessResult | undefined {
    return this.historyOf(id)?.processes.find((item) => item.process_id === id)
  }

  /** `GET /v1/processes/?search=` matches the account ID exactly (the one documented use). */
  processesFor(accountId: string): IdentityProcess[] {
    const processes = this.history(accountId)?.processes ?? []
    return processes.map((result) => {
      const item: IdentityProcess = { process_id: result.process_id }
      for (const field of PROCESS_LIST_FIELDS) if (result[field] !== undefined) item[field] = result[field]
      return item
    })
  }

  /** Stores a new account; the caller has checked the fields and that the ID is free. */
  create(fields: Record<string, string>, now: Date): Account {
    const id = fields.account_id ?? `ACC${createRng(this.seed, 'created', this.generatedIds++).hex(32)}`
    const stamp = now.toISOString()
    const account: Account = {
      ...fields,
      account_id: id,
      client_id: clientIdFor(this.seed),
      creation_date: stamp,
      update_date: stamp
    }
    this.created.push(account)
    this.createdById.set(id, account)
    return account
  }
}
