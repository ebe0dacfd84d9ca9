// The contract's `accounts.*`, `validations.*` and `processes.*` calls (src/shared/contract.ts), each
// answered by its own piece of this folder: reads (cache first, then revalidate), search, duplicates,
// creation through the outbox, process links and PDFs.
import type { Calls } from '@shared/contract'
import type { BackendContext } from '../backend/context'
import type { Outbox } from '../sync/outbox'
import { accountCreate } from './create'
import { accountDuplicates } from './duplicates'
import type { processPdfService } from './process-pdf'
import { processLink } from './process-link'
import { accountReads } from './reads'
import { accountSearch } from './search'

export function accountCalls(
  ctx: BackendContext,
  outbox: Outbox,
  pdfs: Pick<ReturnType<typeof processPdfService>, 'pdf' | 'savePdf' | 'openPdf'>
): Pick<Calls, 'accounts' | 'validations' | 'processes'> {
  const reads = accountReads(ctx)
  return {
    accounts: {
      get: reads.get,
      search: accountSearch(ctx),
      duplicates: accountDuplicates(ctx),
      validations: reads.validations,
      processes: reads.processes,
      create: accountCreate(ctx, outbox),
      processLink: processLink(ctx)
    },
    validations: { get: reads.validation },
    processes: {
      result: reads.processResult,
      pdf: pdfs.pdf,
      savePdf: pdfs.savePdf,
      openPdf: pdfs.openPdf
    }
  }
}
