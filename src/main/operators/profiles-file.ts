// `operators.json`: the operator profiles (names, ids, dates — no secrets, DESIGN.md §4) and which
// one is active. Written atomically; a damaged file is moved aside rather than overwritten.
import { readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { Operator } from '@shared/domain'
import { replaceFile } from '../fs/atomic-file'

const profilesSchema = z.object({
  version: z.literal(1),
  activeId: z.string().nullable(),
  operators: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      createdAt: z.string(),
      clientId: z.string().optional(),
      keyName: z.string().optional(),
      keyExpiresAt: z.string().optional()
    })
  )
})

interface Profiles {
  activeId: string | null
  operators: Operator[]
}

export interface ProfilesFile {
  read(): Promise<Profiles>
  write(profiles: Profiles): Promise<void>
}

export function profilesFile(dataDir: string, now: () => Date): ProfilesFile {
  const file = join(dataDir, 'operators.json')
  return {
    async read() {
      let text: string
      try {
        text = await readFile(file, 'utf8')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { activeId: null, operators: [] }
        throw error
      }
      const parsed = profilesSchema.safeParse(safeJson(text))
      if (!parsed.success) {
        // Keep the damaged file for inspection; the keys stay in the keychain, so re-adding an
        // operator is all that is needed.
        await rename(file, `${file}.corrupt-${now().getTime()}`)
        return { activeId: null, operators: [] }
      }
      return { activeId: parsed.data.activeId, operators: parsed.data.operators }
    },
    async write(profiles) {
      await replaceFile(file, Buffer.from(JSON.stringify({ version: 1, ...profiles }, null, 2)))
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
