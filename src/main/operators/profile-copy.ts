// Each operator's folder keeps a small non-secret copy of its profile (`operators/<id>/profile.json`:
// id, name, dates, the key's client — what operators.json holds for it). When operators.json is
// damaged or gone, the folders and these copies bring the operators back, with their cache and the
// creations queued in it (DESIGN.md §1 promise 1), instead of stranding them.
import { lstat, mkdir, readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { Operator } from '@shared/domain/operators'
import { replaceFile } from '../fs/atomic-file'
import { errnoCode } from '../fs/errno-code'
import { isOperatorId, operatorFolderOf, operatorsFolderOf, profileCopyOf } from '../workspace/operator-paths'

/** An operator profile as read from a file: every field bounded, the id checked (operator-paths.ts). */
export const storedOperatorSchema = z.object({
  id: z.string().refine(isOperatorId),
  name: z.string().trim().min(1).max(200),
  createdAt: z.string().max(64),
  clientId: z.string().max(200).optional(),
  keyName: z.string().max(200).optional(),
  keyExpiresAt: z.string().max(64).optional(),
  recoveredAt: z.string().max(64).optional(),
  wrappedAt: z.string().max(64).optional()
})

const copySchema = storedOperatorSchema.extend({ version: z.literal(1) })

export async function writeProfileCopy(dataDir: string, operator: Operator): Promise<void> {
  const copy = { version: 1, ...operator }
  // One level at a time: a recursive mkdir reports a read-only disk as ENOENT, and the operator is
  // told which refusal it was. Private folders (0700), as the cache's.
  for (const folder of [operatorsFolderOf(dataDir), operatorFolderOf(dataDir, operator.id)]) {
    await mkdir(folder, { mode: 0o700 }).catch((error: unknown) => {
      if (errnoCode(error) !== 'EEXIST') throw error
    })
  }
  await replaceFile(profileCopyOf(dataDir, operator.id), Buffer.from(JSON.stringify(copy, null, 2)))
}

/** Writes the copy of each operator that has none yet (profiles made before copies were kept). */
export async function ensureProfileCopies(
  dataDir: string,
  operators: readonly Operator[],
  log: (line: string) => void
): Promise<void> {
  for (const operator of operators) {
    try {
      await stat(profileCopyOf(dataDir, operator.id))
    } catch {
      await writeProfileCopy(dataDir, operator).catch((error: unknown) =>
        log(`profiles: could not write a profile copy (${errnoCode(error)})`)
      )
    }
  }
}

export interface RecoveredOperator {
  operator: Operator
  /** When its cache was last written (ms), 0 without one: the most recent becomes active. */
  lastUsed: number
}

/**
 * The operators whose folders exist but who are not in `known`: from their profile copy, or, for a
 * folder without one that holds a cache, under a name made from the id. Folders whose name is not an
 * operator id, links and plain files are passed over (never followed out of the data folder).
 */
export async function recoverProfiles(
  dataDir: string,
  known: ReadonlySet<string>,
  now: () => Date,
  log: (line: string) => void
): Promise<RecoveredOperator[]> {
  let names: string[]
  try {
    names = await readdir(operatorsFolderOf(dataDir))
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') log(`profiles: could not list operator folders (${errnoCode(error)})`)
    return []
  }
  const recovered: RecoveredOperator[] = []
  for (const name of names.sort()) {
    if (known.has(name)) continue
    if (!isOperatorId(name)) {
      log('profiles: passed over a folder whose name is not an operator id')
      continue
    }
    const folder = operatorFolderOf(dataDir, name)
    // lstat: a link named like an operator is not followed anywhere.
    if (!(await lstat(folder).catch(() => undefined))?.isDirectory()) continue
    const copy = await readCopy(dataDir, name)
    // The cache's manifest (or, from an earlier build, its one file) says an operator lived here.
    const cache =
      (await lstat(join(folder, 'cache', 'manifest')).catch(() => undefined)) ??
      (await lstat(join(folder, 'cache.json')).catch(() => undefined))
    if (copy === undefined && !cache?.isFile()) continue
    const recoveredAt = now().toISOString()
    const operator: Operator = copy
      ? { ...copy, recoveredAt }
      : { id: name, name: name.slice(0, 8), createdAt: (cache?.mtime ?? now()).toISOString(), recoveredAt }
    recovered.push({ operator, lastUsed: cache?.isFile() ? cache.mtimeMs : 0 })
  }
  return recovered
}

async function readCopy(dataDir: string, operatorId: string): Promise<Operator | undefined> {
  try {
    const parsed = copySchema.safeParse(
      JSON.parse(await readFile(profileCopyOf(dataDir, operatorId), 'utf8'))
    )
    if (!parsed.success || parsed.data.id !== operatorId) return undefined
    const { version: _version, recoveredAt: _recoveredAt, ...operator } = parsed.data
    return withoutUndefined(operator)
  } catch {
    return undefined
  }
}

/** zod keeps absent optional keys absent; this also drops any set to undefined (exactOptionalPropertyTypes). */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}
