// lowdb's adapter for the operator's cache file: lowdb keeps the data in memory, this adapter turns it
// into an encrypted envelope and back (DESIGN.md §4) and replaces the file atomically.
import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { replaceFile } from '../fs/atomic-file'
import { openEnvelope, sealEnvelope } from './envelope'
import type { CacheCorruptReason } from './types'

/** Thrown by `read()` when the file exists but cannot be used; the caller moves it aside. */
export class CacheCorruptError extends Error {
  readonly reason: CacheCorruptReason
  constructor(reason: CacheCorruptReason) {
    super(`The cache file cannot be used (${reason}).`)
    this.reason = reason
  }
}

export type Decoded<T> = { ok: true; data: T } | { ok: false; reason: CacheCorruptReason }

export interface EncryptedFileAdapterOptions<T> {
  file: string
  key: Buffer
  /** Migrates and validates what was decrypted (schema version, shape). */
  decode: (value: unknown) => Decoded<T>
  onWrite?: (info: { bytes: number; ms: number }) => void
}

export class EncryptedFileAdapter<T> implements Adapter<T> {
  readonly #options: EncryptedFileAdapterOptions<T>
  #bytesOnDisk = 0

  constructor(options: EncryptedFileAdapterOptions<T>) {
    this.#options = options
  }

  /** Size of the file as last read or written; 0 when there is none yet. */
  get bytesOnDisk(): number {
    return this.#bytesOnDisk
  }

  /** The data, or null when there is no file yet (a first start is not a corrupt cache). */
  async read(): Promise<T | null> {
    let bytes: Buffer
    try {
      bytes = await readFile(this.#options.file)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      // Unreadable is not corrupt (permissions, I/O): the file may be fine, so it is neither moved
      // nor replaced; the open fails and the operator is told.
      throw ioError('read', error)
    }
    const unsealed = await openEnvelope(bytes, this.#options.key)
    if (!unsealed.ok) throw new CacheCorruptError(unsealed.reason)
    let value: unknown
    try {
      value = JSON.parse(unsealed.json)
    } catch {
      throw new CacheCorruptError('invalid-content')
    }
    const decoded = this.#options.decode(value)
    if (!decoded.ok) throw new CacheCorruptError(decoded.reason)
    this.#bytesOnDisk = bytes.length
    return decoded.data
  }

  write(data: T): Promise<void> {
    const started = performance.now()
    // Serialized here, before anything awaits: the write queue counts on the file holding exactly the
    // state at the moment write() was called. Compact JSON: pretty-printing 100,000 accounts costs
    // time and space for nobody to read (the file is encrypted).
    const json = JSON.stringify(data)
    return this.#persist(json, started)
  }

  async #persist(json: string, started: number): Promise<void> {
    let bytes: Buffer
    try {
      bytes = await sealEnvelope(json, this.#options.key)
      await replaceFile(this.#options.file, bytes)
    } catch (error) {
      throw ioError('write', error)
    }
    this.#bytesOnDisk = bytes.length
    this.#options.onWrite?.({ bytes: bytes.length, ms: performance.now() - started })
  }
}

/**
 * Node's fs errors name the path, which holds the user's name and the operator's id: only the code
 * is kept, so the error can go into a log line or a notice as it is.
 */
function ioError(action: 'read' | 'write', error: unknown): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown'
  return Object.assign(new Error(`Could not ${action} the cache file (${code}).`), { code })
}
