// Looking for secrets and personal data where they must not be (DESIGN.md §1 promise 2, §4): in the
// bytes of files, log lines and IPC messages. A secret is looked for in every form code might have
// written it in; personal values in forms that cannot turn up by chance in base64 ciphertext.
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

/** A secret as it is, URL-encoded, base64, base64url and hex: how careless code would write it out. */
export function secretForms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8')
  return [
    ...new Set([
      secret,
      encodeURIComponent(secret),
      bytes.toString('base64'),
      bytes.toString('base64url'),
      bytes.toString('hex')
    ])
  ]
}

/** A data key (raw bytes, base64 in the keychain) in the text forms it could be written in. */
export function dataKeyForms(base64: string): string[] {
  const bytes = Buffer.from(base64, 'base64')
  return [...new Set([base64, bytes.toString('base64url'), bytes.toString('hex')])]
}

/**
 * Personal values as needles. Quoted as JSON always (a base64 file holds no quote inside its values);
 * bare too when that cannot match by chance: non-ASCII (base64 is ASCII) or at least 7 characters
 * (a given 7-character string turns up in 100 kB of random base64 about once in 10⁷ files).
 */
export function personalNeedles(values: Iterable<string>): string[] {
  const needles = new Set<string>()
  for (const value of values) {
    if (value === '') continue
    needles.add(JSON.stringify(value))
    if (/[^\p{ASCII}]/u.test(value) || value.length >= 7) needles.add(value)
  }
  return [...needles]
}

/** The needles that occur in `haystack`, looked for as UTF-8 and, for accented text, as Latin-1 too. */
export function found(haystack: Buffer | string, needles: readonly string[]): string[] {
  const bytes = typeof haystack === 'string' ? Buffer.from(haystack, 'utf8') : haystack
  return needles.filter((needle) =>
    [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'latin1')].some((encoded) => bytes.includes(encoded))
  )
}

/** Every file under `dir`, recursively, with its raw bytes. */
export async function filesUnder(dir: string): Promise<{ path: string; bytes: Buffer }[]> {
  const files: { path: string; bytes: Buffer }[] = []
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files.push({ path: relative(dir, path), bytes: await readFile(path) })
  }
  return files
}

/** `{ where, needle }` for each needle found in each place: an empty list is the pass. */
export function leaks(
  places: readonly { where: string; content: Buffer | string }[],
  needles: readonly string[]
): { where: string; needle: string }[] {
  return places.flatMap(({ where, content }) => found(content, needles).map((needle) => ({ where, needle })))
}
