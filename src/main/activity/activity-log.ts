// An operator's activity log on this laptop (DESIGN.md §4 "an activity log per operator, sealed like
// the cache"): who did what while offline too — Truora's own audit trail sees only what reached it.
// One text file per operator: a header line, then one line per entry, each entry sealed on its own with
// AES-256-GCM (fresh 96-bit IV) under a key derived from the operator's data key with HKDF, so the log
// and the cache never share a key. The additional authenticated data names the operator and the
// entry's line number: an entry cannot be moved to another place or another operator's log, and one
// taken out of the middle makes every later one fail to open — a cut at the end is the one change this
// cannot see. Appending writes one line (no rewrite of the file); the log keeps its newest entries.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { appendFile, readFile, truncate } from 'node:fs/promises'
import { z } from 'zod'
import { ACTIVITY_ACTIONS, type ActivityEntry } from '@shared/domain/activity'
import { replaceFile } from '../fs/atomic-file'
import { errnoCode } from '../fs/errno-code'

const HEADER = 'TALLOG 1'
const IV_BYTES = 12
const TAG_BYTES = 16
/** About a year of a busy operator's lookups; past it the oldest go, in one rewrite down to KEEP. */
const MAX_ENTRIES = 20_000
const KEEP_ENTRIES = 16_000

const detailValue = z.union([z.string().max(200), z.number(), z.boolean()])
const entrySchema = z.strictObject({
  at: z.string().max(64),
  action: z.enum(ACTIVITY_ACTIONS),
  accountId: z.string().max(200).optional(),
  detail: z.record(z.string().max(40), detailValue).optional(),
  atLockScreen: z.literal(true).optional()
})

export interface ActivityLog {
  /** Adds an entry; appends run one after another, in the order asked. */
  append(entry: ActivityEntry): Promise<void>
  /** Every readable entry, oldest first, and how many could not be read. */
  entries(): { entries: readonly ActivityEntry[]; unreadable: number }
  /** Waits for the appends under way and forgets the key. */
  close(): Promise<void>
}

export async function openActivityLog(options: {
  file: string
  operatorId: string
  dataKey: Buffer
  now: () => Date
  log: (line: string) => void
}): Promise<ActivityLog> {
  const { file, operatorId, log } = options
  const key = Buffer.from(
    hkdfSync('sha256', options.dataKey, Buffer.alloc(0), 'truora-account-lookup/activity/v1', 32)
  )
  const aadOf = (line: number) => Buffer.from(`truora-account-lookup/activity/v1/${operatorId}/${line}`)
  const entries: ActivityEntry[] = []
  let unreadable = 0
  /** Entry lines in the file, readable or not: the next entry's line number. */
  let lines = 0
  let chain: Promise<void> = Promise.resolve()
  let closed = false

  function seal(entry: ActivityEntry, line: number): string {
    const iv = randomBytes(IV_BYTES)
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES })
    cipher.setAAD(aadOf(line))
    const sealed = Buffer.concat([cipher.update(JSON.stringify(entry), 'utf8'), cipher.final()])
    return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64')
  }

  function open(text: string, line: number): ActivityEntry | undefined {
    const bytes = Buffer.from(text, 'base64')
    if (bytes.length < IV_BYTES + TAG_BYTES) return undefined
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES), {
        authTagLength: TAG_BYTES
      })
      decipher.setAAD(aadOf(line))
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES))
      const plain = Buffer.concat([
        decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
        decipher.final()
      ])
      const parsed = entrySchema.safeParse(JSON.parse(plain.toString('utf8')))
      return parsed.success ? parsed.data : undefined
    } catch {
      return undefined
    }
  }

  let text = ''
  /** Whether the file starts with its header line (a new or empty file gets one with the first entry). */
  let headed = false
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error
  }
  if (text !== '') {
    const end = text.lastIndexOf('\n')
    // A line cut short by a crash mid-append is dropped, so the next append starts on a line of its own.
    if (end + 1 < text.length) {
      await truncate(file, Buffer.byteLength(text.slice(0, end + 1)))
      log('activity: dropped an entry cut short by a crash')
    }
    const [header, ...rest] = text.slice(0, end + 1).split('\n')
    if (header !== HEADER) {
      // Not a log this app wrote: kept aside, a new log starts.
      await replaceFile(`${file}.unreadable-${options.now().getTime()}`, Buffer.from(text)).catch(
        () => undefined
      )
      await replaceFile(file, Buffer.from(`${HEADER}\n`))
      headed = true
      log('activity: a log that is not one was set aside')
    } else {
      headed = true
      for (const line of rest.slice(0, -1)) {
        const entry = open(line, lines)
        lines += 1
        if (entry) entries.push(entry)
        else unreadable += 1
      }
    }
  }

  /** Keeps the newest entries, sealed again at their new line numbers, in one atomic rewrite. */
  async function compact(): Promise<void> {
    entries.splice(0, entries.length - KEEP_ENTRIES)
    const body = entries.map((entry, line) => seal(entry, line))
    await replaceFile(file, Buffer.from(`${HEADER}\n${body.map((line) => `${line}\n`).join('')}`))
    lines = entries.length
    unreadable = 0
  }

  async function write(entry: ActivityEntry): Promise<void> {
    const line = seal(entry, lines)
    await appendFile(file, `${headed ? '' : `${HEADER}\n`}${line}\n`, { mode: 0o600 })
    headed = true
    lines += 1
    entries.push(entry)
    if (lines > MAX_ENTRIES) await compact()
  }

  return {
    append(entry) {
      if (closed) return Promise.resolve()
      chain = chain
        .then(() => write(entry))
        .catch((error: unknown) => log(`activity: an entry could not be written (${errnoCode(error)})`))
      return chain
    },
    entries: () => ({ entries, unreadable }),
    async close() {
      closed = true
      await chain
      key.fill(0)
      entries.length = 0
    }
  }
}
