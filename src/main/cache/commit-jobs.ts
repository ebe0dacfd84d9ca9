// The part files one commit writes (committer.ts): each captured at once — its maps copied, since
// records are replaced and never changed in place, so later changes do not leak into a write whose
// manifest describes this moment — and written later through a `Low` over its part's adapter.
import { Low } from 'lowdb'
import type { PartEntry } from './manifest'
import {
  copyAccounts,
  copyHistory,
  countHistory,
  encodeJson,
  type AccountsContent,
  type HistoryContent
} from './part-content'
import { partAad, partFileName, partPathOf } from './part-names'
import type { AccountSlot, HistorySlot, PartTable } from './part-table'
import { PartAdapter } from './sealed-file'
import type { PartKey } from './sealed-part'
import { encodeSnapshotPart, type SnapshotDirectory } from './snapshot-part'

export interface PartJob {
  name: string
  write: () => Promise<Omit<PartEntry, 'name'>>
  done: (entry: PartEntry) => void
}

export interface JobContext {
  folder: string
  operatorId: string
  key: Promise<PartKey>
  table: PartTable
}

function adapterOf<T>(context: JobContext, name: string, encode: (data: T) => Uint8Array): PartAdapter<T> {
  return new PartAdapter<T>({
    path: partPathOf(context.folder, name),
    aad: partAad(context.operatorId, name),
    key: context.key,
    encode,
    decode: () => undefined
  })
}

/** Writes `data` through a `Low` over the part's adapter; resolves to what the adapter wrote. */
async function writeLow<T>(adapter: PartAdapter<T>, data: T): Promise<Omit<PartEntry, 'name'>> {
  const low = new Low<T>(adapter, data)
  await low.write()
  return adapter.written as Omit<PartEntry, 'name'>
}

export function accountsJob(context: JobContext, slot: AccountSlot, generation: number): PartJob {
  const name = partFileName('accounts', slot.slot, generation)
  const content = copyAccounts(slot.content as AccountsContent)
  const accounts = slot.accountCount
  return {
    name,
    write: () => writeLow(adapterOf<AccountsContent>(context, name, encodeJson), content),
    done: (entry) => {
      slot.pendingEntry = { ...entry, accounts }
    }
  }
}

export function historyJob(context: JobContext, slot: HistorySlot, generation: number): PartJob {
  const name = partFileName('history', slot.slot, generation)
  const content = slot.content as HistoryContent
  const copy = copyHistory(content)
  const counts = countHistory(content)
  slot.validations = counts.validations
  slot.processes = counts.processes
  return {
    name,
    write: () => writeLow(adapterOf<Partial<HistoryContent>>(context, name, encodeJson), copy),
    done: (entry) => {
      slot.pendingEntry = { ...entry, ...counts }
    }
  }
}

/**
 * The index as it is now (the source first takes in every pending change) and the directory of the
 * accounts parts it covers: those in memory, and those not read yet that the snapshot on disk
 * already covered. Parts not read yet and not covered (out of date at open) are left out.
 */
export function snapshotJob(
  context: JobContext,
  source: () => Uint8Array,
  generation: number,
  /** The accounts parts this same commit writes (under new names). */
  written: ReadonlySet<AccountSlot>
): { job: PartJob; covers: string[]; entry: () => PartEntry | undefined } {
  const index = source()
  const directory: SnapshotDirectory = { slots: [] }
  const covers: string[] = []
  for (const slot of context.table.accounts) {
    if (slot.groups === undefined || (!slot.loaded && !slot.covered)) continue
    const name = written.has(slot) ? partFileName('accounts', slot.slot, generation) : slot.entry?.name
    if (name === undefined) continue
    directory.slots.push([slot.slot, name, slot.groups.slice()])
    covers.push(name)
  }
  const name = partFileName('index', 0, generation)
  let entry: PartEntry | undefined
  return {
    covers,
    entry: () => entry,
    job: {
      name,
      write: () =>
        writeLow(
          adapterOf<Uint8Array>(context, name, (bytes) => bytes),
          encodeSnapshotPart({ directory, index })
        ),
      done: (written) => {
        entry = written
      }
    }
  }
}
