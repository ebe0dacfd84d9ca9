// How many creations wait in an operator's outbox, noted beside their cache whenever it changes (not
// secret: a number and a time). A locked operator's cache cannot be read without their passphrase, yet
// removing them — the only way back from a forgotten passphrase — must first say how many queued
// creations it deletes (DESIGN.md §1 promise 1). The note is rewritten when the workspace opens, at
// each outbox change and when it closes, so it is off only after a crash between a change and its note.
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { replaceFile } from '../fs/atomic-file'
import { errnoCode } from '../fs/errno-code'
import { outboxNoteOf } from '../workspace/operator-paths'

const noteSchema = z.strictObject({
  version: z.literal(1),
  queued: z.number().int().min(0).max(1_000_000),
  at: z.string().max(64)
})

export interface OutboxNotes {
  /** Notes the count; writes for the same operator follow one another, the last one wins. */
  write(operatorId: string, queued: number): Promise<void>
  /** The noted count, or undefined when there is none (or it cannot be read). */
  read(operatorId: string): Promise<number | undefined>
  /** Waits for the writes under way, so a removed operator's folder is not written again after it goes. */
  forget(operatorId: string): Promise<void>
}

export function outboxNotes(dataDir: string, now: () => Date, log: (line: string) => void): OutboxNotes {
  const written = new Map<string, number>()
  let chain: Promise<void> = Promise.resolve()
  return {
    write(operatorId, queued) {
      if (written.get(operatorId) === queued) return chain
      written.set(operatorId, queued)
      const note = { version: 1, queued, at: now().toISOString() }
      chain = chain
        .then(() => replaceFile(outboxNoteOf(dataDir, operatorId), Buffer.from(JSON.stringify(note))))
        .catch((error: unknown) => {
          // Written again at the next change; until then the count may be one behind.
          written.delete(operatorId)
          log(`outbox note: could not be written (${errnoCode(error)})`)
        })
      return chain
    },
    async read(operatorId) {
      await chain
      try {
        const parsed = noteSchema.safeParse(
          JSON.parse(await readFile(outboxNoteOf(dataDir, operatorId), 'utf8'))
        )
        return parsed.success ? parsed.data.queued : undefined
      } catch {
        return undefined
      }
    },
    async forget(operatorId) {
      await chain
      written.delete(operatorId)
    }
  }
}
