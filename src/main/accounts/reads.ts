// Reads of accounts and their history, each cache first (see cached-read.ts). The history is read
// from the cache on demand: only the account's own history part (docs/architecture.md "The operator's
// cache"). The local search is accounts/search.ts.
import type { Calls } from '@shared/contract'
import type { Account, IdentityProcess, Validation } from '@shared/domain/truora-records'
import type { RequestOptions } from '@shared/schemas'
import type { BackendContext } from '../backend/context'
import { cachedRead } from './cached-read'
import { reindexAccount } from '../workspace/workspace'

type Reads = Pick<Calls['accounts'], 'get' | 'validations' | 'processes'> & {
  validation: Calls['validations']['get']
  processResult: Calls['processes']['result']
}

export function accountReads(ctx: BackendContext): Reads {
  return {
    get: (id: string, options?: RequestOptions) =>
      cachedRead<Account>(
        ctx,
        {
          kind: 'account',
          id,
          read: (ws) => ws.cache.accounts.get(id),
          fetch: (call) => ctx.client.accounts.get(call, id),
          write: (ws, account, at) => ws.cache.accounts.put(account, at),
          offlineMessage:
            "You're offline and this account isn't cached yet. Look it up again when you're back online."
        },
        options
      ),

    validations: (accountId: string, options?: RequestOptions) =>
      cachedRead<Validation[]>(
        ctx,
        {
          kind: 'validations',
          id: accountId,
          read: (ws) => ws.cache.validations.forAccount(accountId),
          fetch: (call) => ctx.client.accounts.validations(call, accountId),
          write: (ws, list, at) => {
            ws.cache.validations.putForAccount(accountId, list, at)
            reindexAccount(ws, accountId)
          },
          offlineMessage: "You're offline and this account's validations aren't cached yet."
        },
        options
      ),

    processes: (accountId: string, options?: RequestOptions) =>
      cachedRead<IdentityProcess[]>(
        ctx,
        {
          kind: 'processes',
          id: accountId,
          read: (ws) => ws.cache.processes.forAccount(accountId),
          fetch: (call) => ctx.client.identity.processes(call, accountId),
          write: (ws, list, at) => {
            ws.cache.processes.putForAccount(accountId, list, at)
            reindexAccount(ws, accountId)
          },
          offlineMessage: "You're offline and this account's identity processes aren't cached yet."
        },
        options
      ),

    validation: (validationId: string, options?: RequestOptions) =>
      cachedRead(
        ctx,
        {
          kind: 'validation',
          id: validationId,
          read: (ws) => ws.cache.validations.get(validationId),
          fetch: (call) => ctx.client.validations.get(call, validationId),
          write: (ws, validation, at) => ws.cache.validations.put(validation, at),
          offlineMessage: "You're offline and this validation isn't cached yet."
        },
        options
      ),

    processResult: (processId: string, options?: RequestOptions) =>
      cachedRead(
        ctx,
        {
          kind: 'process-result',
          id: processId,
          read: (ws) => ws.cache.processes.result(processId),
          fetch: (call) => ctx.client.identity.result(call, processId),
          write: (ws, result, at) => {
            ws.cache.processes.putResult(result, at)
            // A process looked up by its ID (search, online): its ID now finds its account offline.
            if (typeof result.account_id === 'string') {
              ws.directory.addProcess(
                result.process_id,
                result.account_id,
                typeof result.flow_id === 'string' ? result.flow_id : undefined
              )
            }
          },
          offlineMessage: "You're offline and this process result isn't cached yet."
        },
        options
      )
  }
}
