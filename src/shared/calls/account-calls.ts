// The calls that read and create Truora accounts and their histories (DESIGN.md §3 "Reads carry
// freshness"), the identity-process link and PDF, and the cancelling of a read.
import { z } from 'zod'
import { CHANNEL_NAMES } from '../channels'
import type { Cached } from '../domain/freshness'
import type { CreateOutcome } from '../domain/outbox'
import type { ProcessLink, ProcessPdf, SavedFile } from '../domain/processes'
import type { DuplicateMatch, SearchPage, SearchQuery } from '../domain/search'
import type { Account, IdentityProcess, ProcessResult, Validation } from '../domain/truora-records'
import {
  accountCreateSchema,
  accountIdSchema,
  duplicateQuerySchema,
  processLinkSchema,
  searchQuerySchema,
  truoraIdSchema,
  type AccountCreateInput,
  type DuplicateQuery,
  type ProcessLinkInput,
  type RequestOptions
} from '../schemas'
import { id, idWithOptions, type Call, type ChannelTable } from './channel-row'

export interface AccountCalls {
  accounts: {
    get: Call<[id: string, options?: RequestOptions], Cached<Account>>
    search: Call<[query: SearchQuery], SearchPage>
    create: Call<[input: AccountCreateInput], CreateOutcome>
    /**
     * Cached accounts and queued creations with the same document number (normalized), phone (E.164,
     * read with the country) or e-mail (case-folded) as the create form's input, at most 20.
     */
    duplicates: Call<[input: DuplicateQuery], DuplicateMatch[]>
    validations: Call<[accountId: string, options?: RequestOptions], Cached<Validation[]>>
    processes: Call<[accountId: string, options?: RequestOptions], Cached<IdentityProcess[]>>
    processLink: Call<[input: ProcessLinkInput], ProcessLink>
  }
  validations: {
    get: Call<[validationId: string, options?: RequestOptions], Cached<Validation>>
  }
  processes: {
    result: Call<[processId: string, options?: RequestOptions], Cached<ProcessResult>>
    /**
     * The process PDF: the one kept in the cache (offline too), or made by Truora now — polled with
     * `evt:pdf-progress`, fetched, kept sealed. `refresh` asks Truora again. Only completed processes:
     * a pending one is `conflict` with `details.reason: 'process_not_completed'`.
     */
    pdf: Call<[processId: string, options?: RequestOptions], ProcessPdf>
    /** Writes the kept PDF where the operator chooses in the save dialog; `cancelled` if they do not. */
    savePdf: Call<[processId: string], SavedFile>
    /** Opens the kept PDF in the system's PDF viewer. */
    openPdf: Call<[processId: string], null>
  }
  requests: {
    /** Cancels a read started with this `requestId`; resolves `true` if one was running. */
    cancel: Call<[requestId: string], boolean>
  }
}

export const ACCOUNT_CHANNELS = {
  accounts: {
    get: { channel: CHANNEL_NAMES.accounts.get, args: idWithOptions(accountIdSchema) },
    search: { channel: CHANNEL_NAMES.accounts.search, args: id(searchQuerySchema) },
    create: { channel: CHANNEL_NAMES.accounts.create, args: id(accountCreateSchema) },
    duplicates: { channel: CHANNEL_NAMES.accounts.duplicates, args: id(duplicateQuerySchema) },
    validations: { channel: CHANNEL_NAMES.accounts.validations, args: idWithOptions(accountIdSchema) },
    processes: { channel: CHANNEL_NAMES.accounts.processes, args: idWithOptions(accountIdSchema) },
    processLink: { channel: CHANNEL_NAMES.accounts.processLink, args: id(processLinkSchema) }
  },
  validations: {
    get: { channel: CHANNEL_NAMES.validations.get, args: idWithOptions(truoraIdSchema) }
  },
  processes: {
    result: { channel: CHANNEL_NAMES.processes.result, args: idWithOptions(truoraIdSchema) },
    pdf: { channel: CHANNEL_NAMES.processes.pdf, args: idWithOptions(truoraIdSchema) },
    savePdf: { channel: CHANNEL_NAMES.processes.savePdf, args: id(truoraIdSchema) },
    openPdf: { channel: CHANNEL_NAMES.processes.openPdf, args: id(truoraIdSchema) }
  },
  requests: {
    cancel: { channel: CHANNEL_NAMES.requests.cancel, args: id(z.string().max(64)) }
  }
} as const satisfies ChannelTable<AccountCalls>
