// `operators.json`: the operator profiles (names, ids, dates — no secrets, DESIGN.md §4) and which
// one is active. Written atomically; a damaged file is moved aside rather than overwritten, and the
// profiles are then rebuilt from the operators' own folders (profile-copy.ts), so no operator's cache
// or outbox is stranded. Every id read is checked (DESIGN.md §6 "Bounds"): an entry with a crafted id
// is dropped, never turned into a path.
import { readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { Operator } from '@shared/domain/operators'
import { replaceFile } from '../fs/atomic-file'
import { errnoCode } from '../fs/errno-code'
import { ensureProfileCopies, recoverProfiles, storedOperatorSchema, withoutUndefined } from './profile-copy'

const profilesSchema = z.object({
  version: z.literal(1),
  activeId: z.string().nullable(),
  operators: z.array(z.unknown())
})

interface Profiles {
  activeId: string | null
  operators: Operator[]
}

export interface ProfilesFile {
  read(): Promise<Profiles>
  write(profiles: Profiles): Promise<void>
}

type Loaded = { state: 'ok'; profiles: Profiles } | { state: 'missing' | 'damaged'; profiles?: undefined }

export function profilesFile(
  dataDir: string,
  now: () => Date,
  log: (line: string) => void = () => {}
): ProfilesFile {
  const file = join(dataDir, 'operators.json')
  /** The first read of a run also takes in folders operators.json does not list (a crash during add). */
  let firstRead = true
  let recovering: Promise<Profiles> | undefined

  async function load(): Promise<Loaded> {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return { state: 'missing' }
      throw error
    }
    const parsed = profilesSchema.safeParse(safeJson(text))
    if (!parsed.success) return { state: 'damaged' }
    const operators: Operator[] = []
    for (const entry of parsed.data.operators) {
      const operator = storedOperatorSchema.safeParse(entry)
      if (!operator.success || operators.some((known) => known.id === operator.data.id)) {
        log('profiles: dropped an operator entry that is not valid')
        continue
      }
      operators.push(withoutUndefined(operator.data))
    }
    const { activeId } = parsed.data
    return { state: 'ok', profiles: { activeId: validActive(activeId, operators), operators } }
  }

  async function write(profiles: Profiles): Promise<void> {
    await replaceFile(file, Buffer.from(JSON.stringify({ version: 1, ...profiles }, null, 2)))
  }

  /** Rebuilds the profiles from the folders: after damage, without the file, or on a run's first read. */
  async function recover(): Promise<Profiles> {
    const loaded = await load()
    const first = firstRead
    firstRead = false
    if (loaded.state === 'ok' && !first) return loaded.profiles
    const listed = loaded.profiles?.operators ?? []
    if (loaded.state === 'damaged') {
      // Kept for inspection, never overwritten.
      await rename(file, `${file}.corrupt-${now().getTime()}`).catch((error: unknown) =>
        log(`profiles: could not move the damaged operators.json aside (${errnoCode(error)})`)
      )
    }
    const found = await recoverProfiles(dataDir, new Set(listed.map((op) => op.id)), now, log)
    if (loaded.state === 'ok') await ensureProfileCopies(dataDir, listed, log)
    if (found.length === 0) return loaded.profiles ?? { activeId: null, operators: [] }

    const operators = [...listed]
    for (const { operator } of found) operators.push(withFreeName(operator, operators))
    const lastUsed = found.reduce((best, next) => (next.lastUsed > best.lastUsed ? next : best))
    const profiles = {
      activeId: loaded.profiles?.activeId ?? lastUsed.operator.id,
      operators
    }
    log(`profiles: recovered ${found.length} operator(s) from their folders`)
    // Not written (a full disk): the next read recovers them again, nothing is lost meanwhile.
    await write(profiles).catch((error: unknown) =>
      log(`profiles: could not write the recovered operators.json (${errnoCode(error)})`)
    )
    return profiles
  }

  return {
    async read() {
      if (recovering) return recovering
      const loaded = firstRead ? undefined : await load()
      if (loaded?.state === 'ok') return loaded.profiles
      recovering ??= recover().finally(() => {
        recovering = undefined
      })
      return recovering
    },
    write
  }
}

function validActive(activeId: string | null, operators: Operator[]): string | null {
  if (activeId !== null && operators.some((op) => op.id === activeId)) return activeId
  return operators[0]?.id ?? null
}

/** A recovered name that is already taken gets the start of its id, so names stay unique. */
function withFreeName(operator: Operator, operators: readonly Operator[]): Operator {
  const taken = (name: string) => operators.some((op) => op.name.toLowerCase() === name.toLowerCase())
  return taken(operator.name)
    ? { ...operator, name: `${operator.name} (${operator.id.slice(0, 8)})` }
    : operator
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
